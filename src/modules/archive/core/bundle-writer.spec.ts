import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BundleWriteError,
  csvField,
  escapeHtml,
  writeBundle,
  type BundleEntry,
  type WriteBundleInput,
} from './bundle-writer';
import { generateSigner, signCheckpoint } from './checkpoint';
import { sealJson, type DataKey } from '../../subjects/core';
import { buildEntry, type BuiltEntry, type EntryInput } from './entry';
import { MemoryMerkleTree } from './merkle';
import { verifyBundle } from './verifier';

/** Builds an entry, sealing its sensitive part (if any) as the archive does. */
function sealedEntry(input: EntryInput, key: DataKey): BuiltEntry {
  return buildEntry(
    input,
    input.sensitive === undefined
      ? {}
      : { sealed: sealJson(input.sensitive, key, { kind: 'archive.entry', id: input.entryId }) },
  );
}

const ORIGIN = 'countersign.test/writer';
const signer = generateSigner(ORIGIN);
let root: string;
let n = 0;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'countersign-writer-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const built = Array.from({ length: 7 }, (_, i) =>
  sealedEntry(
    {
      stream: 'replies',
      entryId: `w-${i}`,
      kind: 'reply.sent',
      recordedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)),
      occurredAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)),
      actor: { id: i === 2 ? '=HYPERLINK("http://evil")' : `agent-${i}`, roles: ['agent'] },
      refs: { conversation: `c,"${i}"` },
      clear: { text: i === 3 ? '<script>alert(1)</script> & more' : `reply ${i}` },
      ...(i === 4 ? { sensitive: { text: 'secret original' } } : {}),
    },
    { subjectKeyId: 'sk-9', dataKey: Buffer.alloc(32, 3) },
  ),
);
const tree = MemoryMerkleTree.fromLeafData(built.map((b) => b.canonical));

function entry(i: number, erased = false): BundleEntry {
  const b = built[i];
  return {
    seq: i,
    canonical: b.canonical,
    recordedAt: b.envelope.recordedAt,
    kind: b.envelope.kind,
    stream: b.envelope.stream,
    actor: b.envelope.actor,
    refs: b.envelope.refs,
    erased,
  };
}

async function* stream(from: number, to: number): AsyncGenerator<BundleEntry> {
  for (let i = from; i < to; i++) {
    await Promise.resolve();
    yield entry(i, i === 4);
  }
}

function input(overrides: Partial<WriteBundleInput> = {}): WriteBundleInput {
  return {
    dir: join(root, `w${++n}`),
    origin: ORIGIN,
    range: { from: 0, to: 7 },
    entries: stream(0, 7),
    checkpoints: [
      { size: 7, note: signCheckpoint({ origin: ORIGIN, size: 7, root: tree.root(7) }, signer) },
    ],
    proofs: [],
    keys: [{ vkey: signer.vkey, validFrom: '2024-01-01T00:00:00.000Z' }],
    query: { kind: 'reply.sent' },
    exporter: { id: 'auditor-1', roles: ['auditor'] },
    exportedAt: new Date('2024-02-01T00:00:00.000Z'),
    pageSize: 3,
    ...overrides,
  };
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    [42, '42'],
  ])('encodes %j as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
  });
});

describe('writeBundle', () => {
  it('writes every file the format lists, hashed in the manifest, and the bundle verifies', async () => {
    const inp = input();
    const manifest = await writeBundle(inp);
    const dir = inp.dir;
    const listed = manifest.files.map((f) => f.path);
    expect(listed).toEqual([
      'checkpoints.txt',
      'entries.jsonl',
      'index.csv',
      `keys/${signer.fingerprint}.pub`,
      'keys/keys.json',
      'proofs.jsonl',
      'render/entries-000001.html',
      'render/entries-000002.html',
      'render/entries-000003.html',
      'render/index.html',
    ]);
    for (const f of manifest.files) {
      const data = readFileSync(join(dir, f.path));
      expect(f.size).toBe(data.length);
      expect(f.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    }
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest);
    expect(manifest).toMatchObject({
      formatVersion: 1,
      origin: ORIGIN,
      range: { from: 0, to: 7 },
      frontier: [],
    });
    expect(readFileSync(join(dir, 'entries.jsonl'))).toEqual(
      Buffer.concat(built.flatMap((b) => [b.canonical, Buffer.from('\n')])),
    );
    expect(readFileSync(join(dir, `keys/${signer.fingerprint}.pub`), 'utf8')).toBe(
      `${signer.vkey}\n`,
    );
    expect(readFileSync(join(dir, 'checkpoints.txt'), 'utf8')).toBe(`${inp.checkpoints[0].note}\n`);
    const result = await verifyBundle(dir, { keys: [signer.fingerprint] });
    expect(result.ok).toBe(true);
  });

  it('writes a formula-safe RFC 4180 index.csv', async () => {
    const inp = input();
    await writeBundle(inp);
    const csv = readFileSync(join(inp.dir, 'index.csv'), 'utf8');
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('seq,recordedAt,kind,stream,actorId,actorRoles,refs');
    expect(rows[1]).toBe(
      '0,2024-01-01T00:00:00.000Z,reply.sent,replies,agent-0,agent,"{""conversation"":""c,\\""0\\""""}"',
    );
    expect(rows[3]).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(rows).toHaveLength(9);
  });

  it('renders escaped HTML pages and shows erased payloads as [erased]', async () => {
    const inp = input();
    await writeBundle(inp);
    const page2 = readFileSync(join(inp.dir, 'render/entries-000002.html'), 'utf8');
    expect(page2).not.toContain('<script>');
    expect(page2).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; more');
    expect(page2).toContain('[erased]');
    expect(page2).not.toContain('secret original');
    const index = readFileSync(join(inp.dir, 'render/index.html'), 'utf8');
    expect(index).toContain('entries-000003.html');
    expect(index).toContain(signer.fingerprint);
  });

  it('writes a partial range with the frontier at `from`', async () => {
    const inp = input({
      range: { from: 3, to: 7 },
      entries: stream(3, 7),
      frontier: tree.frontierAt(3),
    });
    const manifest = await writeBundle(inp);
    expect(manifest.frontier).toEqual(tree.frontierAt(3).hashes.map((h) => h.toString('base64')));
    expect((await verifyBundle(inp.dir, { keys: [signer.fingerprint] })).ok).toBe(true);
  });

  it('refuses inputs that would make a broken bundle', async () => {
    await expect(
      writeBundle(input({ range: { from: 3, to: 7 }, entries: stream(3, 7) })),
    ).rejects.toThrow('frontier');
    await expect(writeBundle(input({ entries: stream(1, 7) }))).rejects.toThrow('expected seq 0');
    await expect(writeBundle(input({ entries: stream(0, 6) }))).rejects.toThrow('stopped at 6');
    await expect(writeBundle(input({ range: { from: 0, to: 6 } }))).rejects.toThrow('more entries');
    await expect(writeBundle(input({ checkpoints: [] }))).rejects.toThrow(BundleWriteError);
    const wrongSize = input();
    await expect(
      writeBundle({ ...wrongSize, checkpoints: [{ ...wrongSize.checkpoints[0], size: 6 }] }),
    ).rejects.toThrow('not 6');
    const busy = join(root, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'x'), 'x');
    await expect(writeBundle(input({ dir: busy }))).rejects.toThrow('not empty');
    expect(readdirSync(busy)).toEqual(['x']);
  });
});
