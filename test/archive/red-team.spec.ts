import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ArchiveExportService } from '../../src/modules/archive/archive-export.service';
import { ArchiveService } from '../../src/modules/archive/archive.service';
import { generateSigner, signCheckpoint } from '../../src/modules/archive/core/checkpoint';
import { canonicalJson } from '../../src/modules/archive/core/canonical-json';
import {
  verifyBundle,
  type VerifyCheck,
  type VerifyFailure,
  type VerifyResult,
} from '../../src/modules/archive/core/verifier';
import { TransactionRunner } from '../../src/platform/database/transaction-runner';
import { startTestApp, TestApp } from '../support/test-app';

const actor = { id: 'tester', roles: ['system'] };
/** With the policy load at seq 0, `original` entry i is at seq i + 1; checkpoints at 6, 11, 16, 21. */
const CHECKPOINT_EVERY = 5;
const LOG_TABLES = [
  'archive_entry',
  'archive_sequence',
  'archive_node',
  'archive_tree_head',
  'archive_checkpoint',
];

/** What an attacker with write access does after editing files: make the manifest agree. */
function refreshManifest(dir: string): void {
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    files: { path: string; sha256: string; size: number }[];
  };
  for (const f of manifest.files) {
    const data = readFileSync(join(dir, f.path));
    f.sha256 = createHash('sha256').update(data).digest('hex');
    f.size = data.length;
  }
  writeFileSync(file, `${canonicalJson(manifest)}\n`);
}

/** The failure, which must be of this check (and at this seq / in this file, when given). */
function expectFailure(
  result: VerifyResult,
  expected: Partial<VerifyFailure> & { check: VerifyCheck },
): VerifyFailure {
  if (result.ok) throw new Error(`expected ${expected.check} to fail, but the bundle verified`);
  expect(result.failure).toMatchObject(expected);
  if (!('seq' in expected)) expect(result.failure.seq).toBeUndefined();
  return result.failure;
}

/**
 * Attacks by someone who controls the database (or the files of an export);
 * each must be caught by the offline verifier, by the check that should catch
 * it and at the entry where it starts.
 */
describe('archive red team', () => {
  let t: TestApp;
  let archive: ArchiveService;
  let checkpointDir: string;
  let work: string;

  async function privileged(sql: string[]): Promise<void> {
    const c = new Client({ connectionString: t.db.url });
    await c.connect();
    try {
      await c.query('RESET ROLE');
      for (const table of LOG_TABLES) await c.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      for (const s of sql) await c.query(s);
      for (const table of LOG_TABLES) await c.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    } finally {
      await c.end();
    }
  }

  /** Appends n entries, one per transaction, with a checkpoint after every 5th and at the end. */
  async function write(n: number, tag: string): Promise<void> {
    const txr = t.app.get(TransactionRunner);
    for (let i = 0; i < n; i++) {
      await txr.run((tx) =>
        archive.append(
          [{ stream: 'test', kind: 'test.event', actor, refs: { tag }, clear: { i, tag } }],
          tx,
        ),
      );
      if ((i + 1) % CHECKPOINT_EVERY === 0) await archive.checkpointOnce();
    }
    await archive.checkpointOnce();
  }

  async function exportBundle(): Promise<string> {
    const out = join(work, `b-${Math.random().toString(36).slice(2)}`);
    await t.app.get(ArchiveExportService).export({ exporter: actor, out });
    return out;
  }

  function oldestCheckpointFile(): string {
    const [first] = readdirSync(checkpointDir).sort();
    return readFileSync(join(checkpointDir, first), 'utf8');
  }

  beforeEach(async () => {
    checkpointDir = mkdtempSync(join(tmpdir(), 'countersign-rt-cp-'));
    work = mkdtempSync(join(tmpdir(), 'countersign-rt-'));
    t = await startTestApp({ WORKERS: 'false', CHECKPOINT_DIR: checkpointDir });
    archive = t.app.get(ArchiveService);
    await write(20, 'original');
  });
  afterEach(async () => {
    await t.close();
    rmSync(checkpointDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('the untouched log verifies', async () => {
    const result = await verifyBundle(await exportBundle(), {
      trustedCheckpoint: oldestCheckpointFile(),
    });
    expect(result).toMatchObject({ ok: true });
  });

  it('catches a privileged UPDATE with triggers disabled, at the first checkpoint after it', async () => {
    // Entry i = 7 is seq 8: the checkpoint of size 6 still holds, the one of size 11 fails.
    await privileged([
      `UPDATE archive_entry SET canonical = convert_to(replace(convert_from(canonical, 'UTF8'), '"i":7', '"i":8'), 'UTF8')
        WHERE canonical::text <> '' AND convert_from(canonical, 'UTF8') LIKE '%"i":7,%'`,
    ]);
    const f = expectFailure(await verifyBundle(await exportBundle()), {
      check: 'checkpoint-root',
      seq: 10,
      file: 'entries.jsonl',
    });
    expect(f.message).toContain('at size 11');
  });

  it('catches a privileged DELETE with triggers disabled, where the hole is', async () => {
    // Seq 5 removed: what the export numbers 5 is the old seq 6, so the root at size 6 differs.
    await privileged([`DELETE FROM archive_sequence WHERE seq = 5`]);
    const f = expectFailure(await verifyBundle(await exportBundle()), {
      check: 'checkpoint-root',
      seq: 5,
      file: 'entries.jsonl',
    });
    expect(f.message).toContain('at size 6');
  });

  it('catches a privileged TRUNCATE and a rewritten, re-signed log with the checkpoint kept outside the database', async () => {
    const trusted = oldestCheckpointFile();
    await privileged([`TRUNCATE ${LOG_TABLES.join(', ')}`]);
    await write(25, 'forged');
    const bundle = await exportBundle();
    // The rewritten log is internally consistent and signed by the service's own key...
    expect((await verifyBundle(bundle)).ok).toBe(true);
    // ...but not consistent with what the auditor kept: its entries give another root at size 6.
    expectFailure(await verifyBundle(bundle, { trustedCheckpoint: trusted }), {
      check: 'trusted-checkpoint',
      seq: 5,
      file: 'entries.jsonl',
    });
  });

  it('catches a split view: another history of the same size, against the checkpoint an auditor kept', async () => {
    const kept = readdirSync(checkpointDir).sort().pop()!;
    const trusted = readFileSync(join(checkpointDir, kept), 'utf8');
    const size = await archive.treeSize();
    await privileged([`TRUNCATE ${LOG_TABLES.join(', ')}`]);
    await write(size, 'other-history');
    expect(await archive.treeSize()).toBe(size);
    const f = expectFailure(
      await verifyBundle(await exportBundle(), { trustedCheckpoint: trusted }),
      { check: 'trusted-checkpoint', file: 'checkpoints.txt' },
    );
    expect(f.message).toContain(`split view: bundle checkpoint of size ${size}`);
  });

  describe('tampered export files', () => {
    const lines = (dir: string) =>
      readFileSync(join(dir, 'entries.jsonl'), 'utf8').split('\n').filter(Boolean);
    const writeLines = (dir: string, l: string[]) =>
      writeFileSync(join(dir, 'entries.jsonl'), l.map((x) => `${x}\n`).join(''));

    /** [attack, tamper, the failure expected]. Entry-file attacks also make the manifest agree. */
    const attacks: [
      string,
      (dir: string) => void,
      Partial<VerifyFailure> & { check: VerifyCheck },
    ][] = [
      [
        'a byte flip in an entry',
        (dir) => {
          const f = join(dir, 'entries.jsonl');
          const b = readFileSync(f);
          const i = b.indexOf('"tag":"original"') + 8; // in seq 1, the first original entry
          b[i] = b[i] ^ 0x01;
          writeFileSync(f, b);
          refreshManifest(dir);
        },
        { check: 'checkpoint-root', seq: 5, file: 'entries.jsonl' },
      ],
      [
        'two entries swapped',
        (dir) => {
          const l = lines(dir);
          [l[2], l[3]] = [l[3], l[2]];
          writeLines(dir, l);
          refreshManifest(dir);
        },
        { check: 'checkpoint-root', seq: 5, file: 'entries.jsonl' },
      ],
      [
        'an entry inserted in the middle',
        (dir) => {
          const l = lines(dir);
          const forged = JSON.parse(l[4]) as { entryId: string; clear: { i: number } };
          forged.entryId = '00000000-0000-4000-8000-000000000099';
          forged.clear.i = 99;
          l.splice(4, 0, canonicalJson(forged));
          writeLines(dir, l);
          refreshManifest(dir);
        },
        { check: 'checkpoint-root', seq: 5, file: 'entries.jsonl' },
      ],
      [
        'the tail truncated',
        (dir) => {
          writeLines(dir, lines(dir).slice(0, -3));
          refreshManifest(dir);
        },
        // 18 of 21 entries: the checkpoints up to 16 hold, then entries are missing.
        { check: 'seq', seq: 18, file: 'entries.jsonl' },
      ],
      [
        'a duplicated entry',
        (dir) => {
          const l = lines(dir);
          l.splice(7, 0, l[6]);
          writeLines(dir, l.slice(0, -1));
          refreshManifest(dir);
        },
        { check: 'entry', seq: 7, file: 'entries.jsonl' },
      ],
      [
        'a tampered manifest (a file hash replaced to cover an edited index)',
        (dir) => {
          const index = join(dir, 'index.csv');
          writeFileSync(index, readFileSync(index, 'utf8').replace('test.event', 'test.evenT'));
          const f = join(dir, 'manifest.json');
          const m = JSON.parse(readFileSync(f, 'utf8'));
          m.files.find((x: { path: string }) => x.path === 'entries.jsonl').sha256 = 'f'.repeat(64);
          writeFileSync(f, JSON.stringify(m));
        },
        { check: 'manifest', file: 'index.csv' },
      ],
      [
        'a tampered manifest (range shortened)',
        (dir) => {
          const f = join(dir, 'manifest.json');
          const m = JSON.parse(readFileSync(f, 'utf8'));
          m.range.to -= 2;
          writeFileSync(f, JSON.stringify(m));
        },
        { check: 'seq', seq: 19, file: 'entries.jsonl' },
      ],
      [
        'a checkpoint signed by an unknown key',
        (dir) => {
          const f = join(dir, 'checkpoints.txt');
          const text = readFileSync(f, 'utf8');
          const [origin, size, root] = text.split('\n');
          const forged = signCheckpoint(
            { origin, size: Number(size), root: Buffer.from(root, 'base64') },
            generateSigner(origin),
          );
          writeFileSync(f, text.replace(/^[\s\S]*?\n\n[^\n]*\n/, forged));
          refreshManifest(dir);
        },
        { check: 'checkpoint-signature', file: 'checkpoints.txt', offset: 0 },
      ],
    ];

    it.each(attacks)('catches %s', async (_name, tamper, expected) => {
      const original = await exportBundle();
      expect((await verifyBundle(original)).ok).toBe(true);
      const copy = join(work, 'tampered');
      cpSync(original, copy, { recursive: true });
      tamper(copy);
      expectFailure(await verifyBundle(copy), expected);
    });

    it('catches a stale export replayed as new', async () => {
      const stale = await exportBundle();
      await write(5, 'later');
      const latest = readdirSync(checkpointDir).sort().pop()!;
      const f = expectFailure(
        await verifyBundle(stale, {
          trustedCheckpoint: readFileSync(join(checkpointDir, latest), 'utf8'),
        }),
        { check: 'stale-bundle' },
      );
      // 21 entries, the stale export's own record and 5 later ones.
      expect(f.message).toContain('trusted size 27, newest checkpoint in bundle 21');
    });
  });
});
