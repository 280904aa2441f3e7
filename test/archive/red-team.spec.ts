import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ArchiveExportService } from '../../src/modules/archive/archive-export.service';
import { ArchiveService } from '../../src/modules/archive/archive.service';
import { generateSigner, signCheckpoint } from '../../src/modules/archive/core/checkpoint';
import { verifyBundle } from '../../src/modules/archive/core/verifier';
import { TransactionRunner } from '../../src/platform/database/transaction-runner';
import { startTestApp, TestApp } from '../support/test-app';

const actor = { id: 'tester', roles: ['system'] };
const LOG_TABLES = [
  'archive_entry',
  'archive_sequence',
  'archive_node',
  'archive_tree_head',
  'archive_checkpoint',
];

/**
 * Attacks by someone who controls the database (or the files of an export);
 * each must be caught by the offline verifier.
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

  async function write(n: number, tag: string): Promise<void> {
    const txr = t.app.get(TransactionRunner);
    for (let i = 0; i < n; i++) {
      await txr.run((tx) =>
        archive.append(
          [{ stream: 'test', kind: 'test.event', actor, refs: { tag }, clear: { i, tag } }],
          tx,
        ),
      );
    }
    await archive.integrateAll();
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

  it('catches a privileged UPDATE with triggers disabled', async () => {
    await privileged([
      `UPDATE archive_entry SET canonical = convert_to(replace(convert_from(canonical, 'UTF8'), '"i":7', '"i":8'), 'UTF8')
        WHERE canonical::text <> '' AND convert_from(canonical, 'UTF8') LIKE '%"i":7,%'`,
    ]);
    const result = await verifyBundle(await exportBundle());
    expect(result.ok).toBe(false);
  });

  it('catches a privileged DELETE with triggers disabled', async () => {
    await privileged([`DELETE FROM archive_sequence WHERE seq = 5`]);
    const result = await verifyBundle(await exportBundle());
    expect(result.ok).toBe(false);
  });

  it('catches a privileged TRUNCATE and a rewritten, re-signed log with the checkpoint kept outside the database', async () => {
    const trusted = oldestCheckpointFile();
    await privileged([`TRUNCATE ${LOG_TABLES.join(', ')}`]);
    await write(25, 'forged');
    const bundle = await exportBundle();
    // The rewritten log is internally consistent and signed by the service's own key...
    expect((await verifyBundle(bundle)).ok).toBe(true);
    // ...but not consistent with what the auditor kept.
    const result = await verifyBundle(bundle, { trustedCheckpoint: trusted });
    expect(result.ok).toBe(false);
  });

  it('catches a split view: another history of the same size, against the checkpoint an auditor kept', async () => {
    const kept = readdirSync(checkpointDir).sort().pop()!;
    const trusted = readFileSync(join(checkpointDir, kept), 'utf8');
    const size = await archive.treeSize();
    await privileged([`TRUNCATE ${LOG_TABLES.join(', ')}`]);
    await write(size, 'other-history');
    expect(await archive.treeSize()).toBe(size);
    const result = await verifyBundle(await exportBundle(), { trustedCheckpoint: trusted });
    expect(result.ok).toBe(false);
  });

  describe('tampered export files', () => {
    const attacks: [string, (dir: string) => void][] = [
      [
        'a byte flip in an entry',
        (dir) => {
          const f = join(dir, 'entries.jsonl');
          const b = readFileSync(f);
          const i = b.indexOf('"tag":"original"') + 8;
          b[i] = b[i] ^ 0x01;
          writeFileSync(f, b);
        },
      ],
      [
        'two entries swapped',
        (dir) => {
          const f = join(dir, 'entries.jsonl');
          const lines = readFileSync(f, 'utf8').split('\n');
          [lines[2], lines[3]] = [lines[3], lines[2]];
          writeFileSync(f, lines.join('\n'));
        },
      ],
      [
        'an entry inserted in the middle',
        (dir) => {
          const f = join(dir, 'entries.jsonl');
          const lines = readFileSync(f, 'utf8').split('\n');
          lines.splice(4, 0, lines[4].replace('"i":4', '"i":99'));
          writeFileSync(f, lines.join('\n'));
        },
      ],
      [
        'the tail truncated',
        (dir) => {
          const f = join(dir, 'entries.jsonl');
          const lines = readFileSync(f, 'utf8').split('\n').filter(Boolean);
          writeFileSync(f, lines.slice(0, -3).join('\n') + '\n');
        },
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
      ],
      [
        'a tampered manifest (range shortened)',
        (dir) => {
          const f = join(dir, 'manifest.json');
          const m = JSON.parse(readFileSync(f, 'utf8'));
          m.range.to -= 2;
          writeFileSync(f, JSON.stringify(m));
        },
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
        },
      ],
    ];

    it.each(attacks)('catches %s', async (_name, tamper) => {
      const original = await exportBundle();
      expect((await verifyBundle(original)).ok).toBe(true);
      const copy = join(work, 'tampered');
      cpSync(original, copy, { recursive: true });
      tamper(copy);
      const result = await verifyBundle(copy);
      expect(result.ok).toBe(false);
    });

    it('catches a stale export replayed as new', async () => {
      const stale = await exportBundle();
      await write(5, 'later');
      const latest = readdirSync(checkpointDir).sort().pop()!;
      const result = await verifyBundle(stale, {
        trustedCheckpoint: readFileSync(join(checkpointDir, latest), 'utf8'),
      });
      expect(result.ok).toBe(false);
    });
  });
});
