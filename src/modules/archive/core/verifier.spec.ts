import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { writeBundle, type BundleEntry, type BundleKey } from './bundle-writer';
import { canonicalJson } from './canonical-json';
import { generateSigner, signCheckpoint, type CheckpointSigner } from './checkpoint';
import { buildEntry, type BuiltEntry, type EntryInput } from './entry';
import { MemoryMerkleTree } from './merkle';
import { sealJson } from '../../subjects/core';
import {
  verifyBundle,
  type VerifyBundleOptions,
  type VerifyCheck,
  type VerifyResult,
} from './verifier';

const ORIGIN = 'countersign.test/archive';
const T0 = Date.parse('2024-03-01T09:00:00.000Z');
const DATA_KEY = Buffer.alloc(32, 7);
const logKey = generateSigner(ORIGIN);
const attackerKey = generateSigner(ORIGIN);

let root: string;
let counter = 0;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'countersign-verifier-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Log {
  entries: BuiltEntry[];
  tree: MemoryMerkleTree;
}

function makeLog(
  n: number,
  opts: {
    prefix?: string;
    withSeq?: boolean;
    tweak?: (i: number, input: EntryInput) => EntryInput;
  } = {},
): Log {
  const prefix = opts.prefix ?? 'e';
  const entries: BuiltEntry[] = [];
  for (let i = 0; i < n; i++) {
    let input: EntryInput = {
      ...(opts.withSeq ? { seq: i } : {}),
      stream: i % 3 === 0 ? 'inbound' : 'replies',
      entryId: `${prefix}-${i}`,
      kind: i % 3 === 0 ? 'message.received' : 'reply.approved',
      recordedAt: new Date(T0 + i * 1000),
      occurredAt: new Date(T0 + i * 1000 - 500),
      actor: { id: `agent-${i % 4}`, roles: ['agent'] },
      refs:
        i >= 10 && i % 10 === 0
          ? { conversation: `c-${i % 7}`, supersedes: `${prefix}-${i - 5}` }
          : { conversation: `c-${i % 7}` },
      policyVersion: 'sha256:' + '0f'.repeat(32),
      ruleIds: ['R-1'],
      clear: { text: `message ${i} about [CARD_NUMBER]`, channel: 'x' },
      ...(i % 4 === 0
        ? { sensitive: { text: `message ${i} about 4111 1111 1111 ${String(1000 + i)}` } }
        : {}),
    };
    if (opts.tweak) input = opts.tweak(i, input);
    entries.push(
      buildEntry(
        input,
        input.sensitive === undefined
          ? {}
          : {
              sealed: sealJson(
                input.sensitive,
                { subjectKeyId: `sk-${i % 5}`, dataKey: DATA_KEY },
                { kind: 'archive.entry', id: input.entryId },
              ),
            },
      ),
    );
  }
  return { entries, tree: MemoryMerkleTree.fromLeafData(entries.map((e) => e.canonical)) };
}

function toBundleEntry(b: BuiltEntry, seq: number): BundleEntry {
  return {
    seq,
    canonical: b.canonical,
    recordedAt: b.envelope.recordedAt,
    kind: b.envelope.kind,
    stream: b.envelope.stream,
    actor: b.envelope.actor,
    refs: b.envelope.refs,
  };
}

function checkpointNote(log: Log, size: number, signer: CheckpointSigner = logKey): string {
  return signCheckpoint({ origin: ORIGIN, size, root: log.tree.root(size) }, signer);
}

interface ExportOptions {
  from?: number;
  to?: number;
  checkpoints: number[];
  signer?: CheckpointSigner;
  keys?: BundleKey[];
  /** extra consistency proofs from these sizes to the newest checkpoint */
  proofsFrom?: number[];
  /** leave out the proof from `to` to a later checkpoint */
  noCoverageProof?: boolean;
}

async function exportBundle(log: Log, opts: ExportOptions): Promise<string> {
  const dir = join(root, `b${++counter}`);
  const from = opts.from ?? 0;
  const to = opts.to ?? log.entries.length;
  const signer = opts.signer ?? logKey;
  const sizes = [...new Set(opts.checkpoints)].sort((a, b) => a - b);
  const last = sizes[sizes.length - 1];
  const pairs = new Set<string>();
  sizes.forEach((s, i) => {
    if (i > 0 && sizes[i - 1] > 0) pairs.add(`${sizes[i - 1]}:${s}`);
    if (s > 0 && s < last) pairs.add(`${s}:${last}`);
  });
  if (!opts.noCoverageProof && !sizes.includes(to) && to > 0)
    pairs.add(`${to}:${sizes.find((s) => s > to) ?? last}`);
  for (const m of opts.proofsFrom ?? []) pairs.add(`${m}:${last}`);
  await writeBundle({
    dir,
    origin: ORIGIN,
    range: { from, to },
    frontier: log.tree.frontierAt(from),
    entries: log.entries.slice(from, to).map((e, i) => toBundleEntry(e, from + i)),
    checkpoints: sizes.map((size) => ({ size, note: checkpointNote(log, size, signer) })),
    proofs: [...pairs].map((p) => {
      const [m, n] = p.split(':').map(Number);
      return { m, n, proof: log.tree.consistencyProof(m, n) };
    }),
    keys: opts.keys ?? [{ vkey: signer.vkey, validFrom: '2024-01-01T00:00:00.000Z' }],
    query: { from, to },
    exporter: { id: 'auditor-1', roles: ['auditor'] },
    exportedAt: '2024-03-02T00:00:00.000Z',
  });
  return dir;
}

const entriesPath = (dir: string): string => join(dir, 'entries.jsonl');

function readLines(dir: string): string[] {
  return readFileSync(entriesPath(dir), 'utf8').split('\n').slice(0, -1);
}

/** What an attacker with write access does after editing files: make the manifest agree. */
function refreshManifest(dir: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    files: { path: string; sha256: string; size: number }[];
  };
  for (const f of manifest.files) {
    const data = readFileSync(join(dir, f.path));
    f.sha256 = createHash('sha256').update(data).digest('hex');
    f.size = data.length;
  }
  writeFileSync(join(dir, 'manifest.json'), `${canonicalJson(manifest)}\n`);
}

function writeLines(dir: string, lines: string[], refresh = true): void {
  writeFileSync(entriesPath(dir), lines.map((l) => `${l}\n`).join(''));
  if (refresh) refreshManifest(dir);
}

function expectFailure(
  result: VerifyResult,
  check: VerifyCheck,
): Extract<VerifyResult, { ok: false }>['failure'] {
  if (result.ok) throw new Error(`expected ${check} to fail, but the bundle verified`);
  expect(result.failure.check).toBe(check);
  return result.failure;
}

function expectOk(result: VerifyResult): Extract<VerifyResult, { ok: true }>['summary'] {
  if (!result.ok)
    throw new Error(`expected success, got [${result.failure.check}] ${result.failure.message}`);
  return result.summary;
}

const pinned: VerifyBundleOptions = { keys: [logKey.fingerprint] };
const log = makeLog(100);

describe('verifyBundle: bundles that hold', () => {
  it('verifies a full export against the pinned key', async () => {
    const dir = await exportBundle(log, { checkpoints: [25, 50, 100] });
    const s = expectOk(await verifyBundle(dir, pinned));
    expect(s).toMatchObject({
      origin: ORIGIN,
      range: { from: 0, to: 100 },
      entries: 100,
      root: log.tree.root(100).toString('base64'),
      checkpointsChecked: 3,
      checkpointsRecomputed: 3,
      proofsChecked: 3,
      keySource: 'pinned',
      warnings: [],
    });
    expect(s.keys).toEqual([expect.objectContaining({ fingerprint: logKey.fingerprint })]);
  });

  it('accepts the pinned key as a verifier-key string', async () => {
    const dir = await exportBundle(log, { checkpoints: [100] });
    expectOk(await verifyBundle(dir, { keys: [logKey.vkey] }));
  });

  it('says so when the key was taken from the bundle, unpinned', async () => {
    const dir = await exportBundle(log, { checkpoints: [100] });
    const s = expectOk(await verifyBundle(dir));
    expect(s.keySource).toBe('bundle-unpinned');
    expect(s.warnings.join(' ')).toMatch(/unpinned/);
  });

  it('verifies a partial range from the frontier at `from`, with checkpoints inside and around it', async () => {
    const dir = await exportBundle(log, { from: 37, to: 90, checkpoints: [20, 40, 80, 100] });
    const s = expectOk(await verifyBundle(dir, pinned));
    expect(s).toMatchObject({
      range: { from: 37, to: 90 },
      entries: 53,
      checkpointsChecked: 4,
      checkpointsRecomputed: 2,
    });
    expect(s.root).toBe(log.tree.root(90).toString('base64'));
    // entry 40 supersedes entry 35, which lies before the range
    expect(s.refsBeforeRange).toBeGreaterThan(0);
  });

  it('verifies a partial range that ends on a checkpoint, and an empty range', async () => {
    expectOk(
      await verifyBundle(await exportBundle(log, { from: 30, to: 80, checkpoints: [80] }), pinned),
    );
    expectOk(
      await verifyBundle(
        await exportBundle(log, { from: 50, to: 50, checkpoints: [50, 100] }),
        pinned,
      ),
    );
  });

  it('relates an older trusted checkpoint by recomputation, by equality and by proof', async () => {
    const dir = await exportBundle(log, {
      from: 40,
      to: 100,
      checkpoints: [50, 100],
      proofsFrom: [30],
    });
    const recomputed = expectOk(
      await verifyBundle(dir, { trustedCheckpoint: checkpointNote(log, 70) }),
    );
    expect(recomputed.keySource).toBe('trusted-checkpoint');
    expect(recomputed.trustedCheckpoint?.relation).toMatch(/recomputed/);
    const equal = expectOk(
      await verifyBundle(dir, { ...pinned, trustedCheckpoint: checkpointNote(log, 50) }),
    );
    expect(equal.trustedCheckpoint?.size).toBe(50);
    const proven = expectOk(
      await verifyBundle(dir, { ...pinned, trustedCheckpoint: checkpointNote(log, 30) }),
    );
    expect(proven.trustedCheckpoint?.relation).toMatch(/consistency proof/);
  });
});

describe('verifyBundle: red team', () => {
  it('catches a byte flipped in an entry (manifest recomputed by the attacker)', async () => {
    const dir = await exportBundle(log, { checkpoints: [25, 50, 100] });
    const lines = readLines(dir);
    lines[30] = lines[30].replace('message 30 about', 'message 31 about');
    writeLines(dir, lines);
    const f = expectFailure(await verifyBundle(dir, pinned), 'checkpoint-root');
    expect(f.seq).toBe(49);
    expect(f.file).toBe('entries.jsonl');
  });

  it('catches an entry inserted in the middle', async () => {
    const dir = await exportBundle(log, { checkpoints: [25, 50, 100] });
    const lines = readLines(dir);
    const forged = makeLog(1, { prefix: 'forged' }).entries[0].canonical.toString('utf8');
    writeLines(dir, [...lines.slice(0, 30), forged, ...lines.slice(30)]);
    expectFailure(await verifyBundle(dir, pinned), 'checkpoint-root');

    const withSeq = makeLog(60, { withSeq: true });
    const dir2 = await exportBundle(withSeq, { checkpoints: [60] });
    const l2 = readLines(dir2);
    writeLines(dir2, [...l2.slice(0, 30), l2[29], ...l2.slice(30)]);
    const f = expectFailure(await verifyBundle(dir2, pinned), 'seq');
    expect(f.seq).toBe(30);
    expect(f.offset).toBe(l2.slice(0, 30).reduce((n, l) => n + Buffer.byteLength(l) + 1, 0));
  });

  it('catches two entries swapped', async () => {
    const dir = await exportBundle(log, { checkpoints: [100] });
    const lines = readLines(dir);
    [lines[60], lines[61]] = [lines[61], lines[60]];
    writeLines(dir, lines);
    expectFailure(await verifyBundle(dir, pinned), 'checkpoint-root');

    const withSeq = makeLog(80, { withSeq: true });
    const dir2 = await exportBundle(withSeq, { checkpoints: [80] });
    const l2 = readLines(dir2);
    [l2[60], l2[61]] = [l2[61], l2[60]];
    writeLines(dir2, l2);
    expect(expectFailure(await verifyBundle(dir2, pinned), 'seq').seq).toBe(60);
  });

  it('catches the tail truncated', async () => {
    const dir = await exportBundle(log, { checkpoints: [50, 100] });
    writeLines(dir, readLines(dir).slice(0, 95));
    const f = expectFailure(await verifyBundle(dir, pinned), 'seq');
    expect(f.message).toMatch(/truncated/);
    expect(f.seq).toBe(95);
  });

  it('catches a rewritten history re-signed with another key — when the key is pinned or a checkpoint trusted', async () => {
    const rewritten = makeLog(100, {
      tweak: (i, input) =>
        i === 10 ? { ...input, clear: { text: 'nothing to see here' } } : input,
    });
    const dir = await exportBundle(rewritten, { checkpoints: [25, 50, 100], signer: attackerKey });
    expectFailure(await verifyBundle(dir, { keys: [logKey.vkey] }), 'checkpoint-signature');
    expectFailure(await verifyBundle(dir, pinned), 'key');
    expectFailure(
      await verifyBundle(dir, { trustedCheckpoint: checkpointNote(log, 20) }),
      'trusted-checkpoint',
    );
    // Unpinned, a self-consistent forgery verifies: that is why the summary flags it.
    expect(expectOk(await verifyBundle(dir)).keySource).toBe('bundle-unpinned');
  });

  it('catches a split view: export B disagrees with a checkpoint kept from export A', async () => {
    const other = makeLog(100, {
      tweak: (i, input) => (i === 55 ? { ...input, clear: { text: 'a different story' } } : input),
    });
    const dirB = await exportBundle(other, { checkpoints: [25, 50, 100] });
    expectOk(await verifyBundle(dirB, pinned));
    const atSixty = expectFailure(
      await verifyBundle(dirB, { ...pinned, trustedCheckpoint: checkpointNote(log, 60) }),
      'trusted-checkpoint',
    );
    expect(atSixty.message).toMatch(/split view/);
    expect(atSixty.seq).toBe(59);
    expectFailure(
      await verifyBundle(dirB, { ...pinned, trustedCheckpoint: checkpointNote(log, 100) }),
      'trusted-checkpoint',
    );
  });

  it('catches a checkpoint signed by an unknown key', async () => {
    const dir = await exportBundle(log, { checkpoints: [50, 100] });
    const text = readFileSync(join(dir, 'checkpoints.txt'), 'utf8');
    writeFileSync(
      join(dir, 'checkpoints.txt'),
      text.replace(
        checkpointNote(log, 50),
        checkpointNote(log, 50, generateSigner('someone-else')),
      ),
    );
    refreshManifest(dir);
    const f = expectFailure(await verifyBundle(dir, pinned), 'checkpoint-signature');
    expect(f.file).toBe('checkpoints.txt');
    expect(f.offset).toBe(0);
  });

  it('catches a stale export replayed as new', async () => {
    const longer = makeLog(150);
    const dir = await exportBundle(longer, { to: 100, checkpoints: [50, 100] });
    const f = expectFailure(
      await verifyBundle(dir, { ...pinned, trustedCheckpoint: checkpointNote(longer, 150) }),
      'stale-bundle',
    );
    expect(f.message).toMatch(/^stale bundle: older than trusted checkpoint/);
  });

  it('catches a tampered manifest or a file that disagrees with it', async () => {
    const dir = await exportBundle(log, { checkpoints: [100] });
    const manifestPath = join(dir, 'manifest.json');
    const original = readFileSync(manifestPath, 'utf8');

    writeFileSync(manifestPath, original.replace(/("path":"index.csv","sha256":")[0-9a-f]/, '$1x'));
    expectFailure(await verifyBundle(dir, pinned), 'manifest');

    const m = JSON.parse(original) as { files: { path: string; sha256: string }[] };
    m.files.find((f) => f.path === 'index.csv')!.sha256 = '0'.repeat(64);
    writeFileSync(manifestPath, canonicalJson(m));
    expect(expectFailure(await verifyBundle(dir, pinned), 'manifest').file).toBe('index.csv');

    writeFileSync(manifestPath, original);
    const csv = readFileSync(join(dir, 'index.csv'), 'utf8');
    writeFileSync(join(dir, 'index.csv'), csv.replace('agent-1', 'agent-9'));
    expectFailure(await verifyBundle(dir, pinned), 'manifest');

    writeFileSync(join(dir, 'index.csv'), csv);
    expectOk(await verifyBundle(dir, pinned));
    writeFileSync(join(dir, 'notes.txt'), 'smuggled');
    expect(expectFailure(await verifyBundle(dir, pinned), 'manifest').message).toMatch(
      /not listed/,
    );
    rmSync(join(dir, 'notes.txt'));
    const changedRange = JSON.parse(original) as { range: { to: number } };
    changedRange.range.to = 99;
    writeFileSync(manifestPath, canonicalJson(changedRange));
    expectFailure(await verifyBundle(dir, pinned), 'seq');
  });

  it('catches a non-canonical line and names its seq and byte offset', async () => {
    const dir = await exportBundle(log, { checkpoints: [100] });
    const lines = readLines(dir);
    lines[42] = lines[42].replace('{"actor":', '{ "actor":');
    writeLines(dir, lines);
    const f = expectFailure(await verifyBundle(dir, pinned), 'canonical');
    expect(f).toMatchObject({ seq: 42, file: 'entries.jsonl' });
    expect(f.offset).toBe(lines.slice(0, 42).reduce((n, l) => n + Buffer.byteLength(l) + 1, 0));
  });

  it('catches a dangling supersedes', async () => {
    const dangling = makeLog(40, {
      tweak: (i, input) => (i === 33 ? { ...input, refs: { supersedes: 'e-999' } } : input),
    });
    const dir = await exportBundle(dangling, { checkpoints: [40] });
    const f = expectFailure(await verifyBundle(dir, pinned), 'refs');
    expect(f.seq).toBe(33);
    const forward = makeLog(40, {
      tweak: (i, input) => (i === 12 ? { ...input, refs: { redacts: 'e-20' } } : input),
    });
    expect(
      expectFailure(
        await verifyBundle(await exportBundle(forward, { checkpoints: [40] }), pinned),
        'refs',
      ).seq,
    ).toBe(12);
  });

  it('catches entries not covered by any checkpoint', async () => {
    const dir = await exportBundle(log, { to: 90, checkpoints: [50, 100], noCoverageProof: true });
    expectFailure(await verifyBundle(dir, pinned), 'coverage');
  });

  it('catches a bad or missing consistency proof between checkpoints', async () => {
    const dir = await exportBundle(log, { checkpoints: [20, 40, 100] });
    const proofs = readFileSync(join(dir, 'proofs.jsonl'), 'utf8').split('\n');
    const first = JSON.parse(proofs[0]) as { m: number; n: number; proof: string[] };
    first.proof[0] = Buffer.alloc(32, 1).toString('base64');
    writeFileSync(join(dir, 'proofs.jsonl'), [canonicalJson(first), ...proofs.slice(1)].join('\n'));
    refreshManifest(dir);
    expect(expectFailure(await verifyBundle(dir, pinned), 'consistency').file).toBe('proofs.jsonl');
    writeFileSync(join(dir, 'proofs.jsonl'), proofs.slice(1).join('\n'));
    refreshManifest(dir);
    expect(expectFailure(await verifyBundle(dir, pinned), 'consistency').message).toMatch(
      /no consistency proof/,
    );
  });

  it('catches a trusted checkpoint the bundle cannot relate to, and a forged one', async () => {
    const dir = await exportBundle(log, { from: 40, to: 100, checkpoints: [50, 100] });
    expectFailure(
      await verifyBundle(dir, { ...pinned, trustedCheckpoint: checkpointNote(log, 30) }),
      'trusted-checkpoint',
    );
    const forged = checkpointNote(log, 60, attackerKey);
    expectFailure(
      await verifyBundle(dir, { ...pinned, trustedCheckpoint: forged }),
      'trusted-checkpoint',
    );
    const notEmpty = signCheckpoint({ origin: ORIGIN, size: 0, root: log.tree.root(1) }, logKey);
    expectFailure(
      await verifyBundle(dir, { ...pinned, trustedCheckpoint: notEmpty }),
      'trusted-checkpoint',
    );
    const empty = signCheckpoint({ origin: ORIGIN, size: 0, root: log.tree.root(0) }, logKey);
    const s = expectOk(await verifyBundle(dir, { ...pinned, trustedCheckpoint: empty }));
    expect(s.trustedCheckpoint?.relation).toBe('empty tree');
  });

  it('catches a checkpoint signed with a key after its validity window', async () => {
    const dir = await exportBundle(log, {
      checkpoints: [50, 100],
      keys: [
        {
          vkey: logKey.vkey,
          validFrom: '2024-01-01T00:00:00.000Z',
          validUntil: '2024-03-01T09:00:30.000Z',
        },
      ],
    });
    const f = expectFailure(await verifyBundle(dir, pinned), 'key-validity');
    expect(f.seq).toBe(49);
  });
});

describe('the verifier stands alone', () => {
  const source = readFileSync(join(__dirname, 'verifier.ts'), 'utf8');

  it('imports nothing but node: built-ins', () => {
    const file = ts.createSourceFile('verifier.ts', source, ts.ScriptTarget.ES2022, true);
    const specifiers: string[] = [];
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
        specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
      }
      if (ts.isImportEqualsDeclaration(node)) specifiers.push(node.moduleReference.getText());
      if (
        ts.isCallExpression(node) &&
        (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
          (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
      ) {
        specifiers.push(node.arguments[0]?.getText() ?? '<dynamic>');
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((s) => !s.startsWith('node:'))).toEqual([]);
  });

  it('runs as a plain node script from a folder with no node_modules', async () => {
    const js = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
    }).outputText;
    const bin = mkdtempSync(join(root, 'bin-'));
    writeFileSync(join(bin, 'verifier.js'), js);
    const dir = await exportBundle(log, { checkpoints: [50, 100] });
    const trusted = join(bin, 'trusted.checkpoint');
    writeFileSync(trusted, checkpointNote(log, 50));

    const ok = spawnSync(
      process.execPath,
      ['verifier.js', dir, '--key', logKey.fingerprint, '--trusted-checkpoint', trusted],
      {
        cwd: bin,
        encoding: 'utf8',
      },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('OK: bundle verified');
    expect(ok.stdout).toContain(log.tree.root(100).toString('base64'));
    expect(ok.stdout).toContain(logKey.fingerprint);

    const lines = readLines(dir);
    lines[7] = `${lines[7]} `;
    writeLines(dir, lines);
    const bad = spawnSync(process.execPath, ['verifier.js', dir], { cwd: bin, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(
      /^FAIL \[canonical\] .*\n {2}at seq 7, entries\.jsonl byte offset \d+/,
    );

    const usage = spawnSync(process.execPath, ['verifier.js'], { cwd: bin, encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
