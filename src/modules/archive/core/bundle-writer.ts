/**
 * Writes an export bundle (docs/archive-format.md) for the range [from, to) of
 * the log. Streams: memory stays constant whatever the entry count.
 * The bundle is checked offline by verifier.ts.
 */
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { canonicalJson, type JsonValue } from './canonical-json';
import type { EntryActor } from './entry';
import {
  BUNDLE_FILES,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  HASH_SIZE,
  isTreeSize,
  keyIdHex,
  parseCheckpointText,
  parseSignedNote,
  parseVerifierKey,
  popcount,
} from './verifier';

export interface BundleEntry {
  seq: number;
  /** the exact canonical bytes stored in the log (the Merkle leaf data) */
  canonical: Buffer;
  recordedAt: string;
  kind: string;
  stream: string;
  actor: EntryActor;
  refs: { [name: string]: string | undefined };
  /** the data key of this entry's sealed payload was destroyed (crypto-shredding) */
  erased?: boolean;
}

export interface BundleCheckpoint {
  size: number;
  /** the signed note, exactly as signed */
  note: string;
}

export interface BundleProof {
  m: number;
  n: number;
  proof: readonly Uint8Array[];
}

export interface BundleKey {
  /** note verifier key `<name>+<hex8>+<base64(0x01 || pubkey)>` */
  vkey: string;
  validFrom: string;
  validUntil?: string | null;
}

export interface WriteBundleInput {
  /** output directory; created, and must be empty if it exists */
  dir: string;
  /** the log origin (first line of its checkpoints) */
  origin: string;
  range: { from: number; to: number };
  /**
   * The perfect-subtree hashes of [0, range.from), left to right — e.g. a
   * MerkleFrontier at size `from`, or the nodes at compactRangeNodes(from).
   * Required when from > 0.
   */
  frontier?: { size: number; hashes: readonly Uint8Array[] };
  /** the entries of [from, to) in seq order */
  entries: AsyncIterable<BundleEntry> | Iterable<BundleEntry>;
  /** signed checkpoints; at least one must have size >= to (see docs: coverage) */
  checkpoints: readonly BundleCheckpoint[];
  /** consistency proofs: between consecutive checkpoints, from each to the last, from `to` if needed */
  proofs: readonly BundleProof[];
  keys: readonly BundleKey[];
  query: JsonValue;
  exporter: EntryActor;
  exportedAt: string | Date;
  /** entries per render/entries-NNNNNN.html page (default 1000) */
  pageSize?: number;
}

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  formatVersion: typeof BUNDLE_FORMAT_VERSION;
  origin: string;
  range: { from: number; to: number };
  frontier: string[];
  query: JsonValue;
  exporter: EntryActor;
  exportedAt: string;
  files: ManifestFile[];
}

export class BundleWriteError extends Error {}

const FLUSH_BYTES = 1 << 20;

/** A write-only file that hashes what it writes and batches writes to ~1 MiB. */
class FileSink {
  private chunks: Buffer[] = [];
  private pending = 0;
  private readonly hash = createHash('sha256');
  private size = 0;

  private constructor(
    readonly rel: string,
    private readonly fh: FileHandle,
    private readonly openSinks: Set<FileSink>,
  ) {
    openSinks.add(this);
  }

  /** Opens `dir/rel`; the sink stays in `openSinks` until closed, so a failed write can abort it. */
  static async open(dir: string, rel: string, openSinks: Set<FileSink>): Promise<FileSink> {
    const abs = path.join(dir, rel);
    await fsp.mkdir(path.dirname(abs), { recursive: true });
    return new FileSink(rel, await fsp.open(abs, 'wx'), openSinks);
  }

  async write(data: string | Buffer): Promise<void> {
    const b = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    this.hash.update(b);
    this.size += b.length;
    this.chunks.push(b);
    this.pending += b.length;
    if (this.pending >= FLUSH_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending === 0) return;
    const buf = Buffer.concat(this.chunks, this.pending);
    this.chunks = [];
    this.pending = 0;
    let off = 0;
    while (off < buf.length) off += (await this.fh.write(buf, off)).bytesWritten;
  }

  async close(): Promise<ManifestFile> {
    await this.flush();
    this.openSinks.delete(this);
    await this.fh.close();
    return { path: this.rel, sha256: this.hash.digest('hex'), size: this.size };
  }

  /** Closes the file without finishing it (the bundle failed). */
  async abort(): Promise<void> {
    this.openSinks.delete(this);
    await this.fh.close().catch(() => undefined);
  }
}

/** RFC 4180 field; cells that a spreadsheet would run as a formula are prefixed with a quote. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const PAGE_STYLE =
  'body{font-family:system-ui,sans-serif;margin:1rem}table{border-collapse:collapse;font-size:.85rem}' +
  'td,th{border:1px solid #ccc;padding:.25rem;vertical-align:top;text-align:left}' +
  'td.json{font-family:monospace;white-space:pre-wrap;word-break:break-all;max-width:40rem}';

function htmlHead(title: string): string {
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>${PAGE_STYLE}</style></head><body>\n`
  );
}

function pageName(page: number): string {
  return `render/entries-${String(page).padStart(6, '0')}.html`;
}

function renderRow(entry: BundleEntry): string {
  let env: Record<string, unknown> = {};
  try {
    const v = JSON.parse(entry.canonical.toString('utf8')) as unknown;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      env = v as Record<string, unknown>;
    }
  } catch {
    // rendered from the row metadata alone
  }
  const json = (v: unknown): string => (v === undefined ? '' : escapeHtml(canonicalJson(v)));
  const sealed = entry.erased
    ? '[erased]'
    : typeof env.sealed === 'object' && env.sealed !== null
      ? `[sealed under ${escapeHtml(String((env.sealed as { subjectKeyId?: unknown }).subjectKeyId))}]`
      : '';
  const cells = [
    String(entry.seq),
    escapeHtml(typeof env.entryId === 'string' ? env.entryId : ''),
    escapeHtml(entry.recordedAt),
    escapeHtml(typeof env.occurredAt === 'string' ? env.occurredAt : ''),
    escapeHtml(entry.kind),
    `${escapeHtml(entry.actor.id)} (${escapeHtml(entry.actor.roles.join(', '))})`,
  ];
  return (
    `<tr id="seq-${entry.seq}">${cells.map((c) => `<td>${c}</td>`).join('')}` +
    `<td class="json">${json(entry.refs)}</td>` +
    `<td class="json">${json(env.policyVersion)} ${json(env.ruleIds)}</td>` +
    `<td class="json">${json(env.clear)}</td><td>${sealed}</td></tr>\n`
  );
}

const PAGE_HEADER =
  '<table><thead><tr><th>seq</th><th>entryId</th><th>recorded</th><th>occurred</th><th>kind</th>' +
  '<th>actor</th><th>refs</th><th>policy, rules</th><th>clear</th><th>sealed</th></tr></thead><tbody>\n';

function assertInput(input: WriteBundleInput): void {
  const { from, to } = input.range;
  if (!isTreeSize(from) || !isTreeSize(to) || from > to) {
    throw new BundleWriteError('invalid range');
  }
  if (input.origin.length === 0 || /[\n\r]/.test(input.origin)) {
    throw new BundleWriteError('invalid origin');
  }
  if (from > 0 || input.frontier !== undefined) {
    const f = input.frontier;
    if (f === undefined || f.size !== from) {
      throw new BundleWriteError(`the frontier at size ${from} is required`);
    }
    if (f.hashes.length !== popcount(from) || f.hashes.some((h) => h.length !== HASH_SIZE)) {
      throw new BundleWriteError(`a frontier of size ${from} has ${popcount(from)} 32-byte hashes`);
    }
  }
  if (input.checkpoints.length === 0) {
    throw new BundleWriteError('at least one checkpoint is required');
  }
}

export async function writeBundle(input: WriteBundleInput): Promise<BundleManifest> {
  const sinks = new Set<FileSink>();
  try {
    return await writeBundleFiles(input, sinks);
  } finally {
    // A failed bundle closes what it opened: no file handle is left to the garbage collector.
    await Promise.all([...sinks].map((sink) => sink.abort()));
  }
}

async function writeBundleFiles(
  input: WriteBundleInput,
  sinks: Set<FileSink>,
): Promise<BundleManifest> {
  assertInput(input);
  const { dir, origin } = input;
  const { from, to } = input.range;
  await fsp.mkdir(dir, { recursive: true });
  if ((await fsp.readdir(dir)).length > 0) throw new BundleWriteError(`${dir} is not empty`);
  const files: ManifestFile[] = [];
  const pageSize = input.pageSize ?? 1000;

  // Checkpoints, ascending by size, each note followed by one empty line.
  const checkpoints = input.checkpoints
    .map((c) => {
      const body = parseCheckpointText(parseSignedNote(c.note).text);
      if (body.size !== c.size) {
        throw new BundleWriteError(`checkpoint note is for size ${body.size}, not ${c.size}`);
      }
      if (body.origin !== origin) {
        throw new BundleWriteError(`checkpoint origin ${body.origin} is not ${origin}`);
      }
      return { ...c, root: body.root };
    })
    .sort((a, b) => a.size - b.size);
  const cpSink = await FileSink.open(dir, BUNDLE_FILES.checkpoints, sinks);
  for (const c of checkpoints) await cpSink.write(`${c.note}\n`);
  files.push(await cpSink.close());

  const proofSink = await FileSink.open(dir, BUNDLE_FILES.proofs, sinks);
  const proofs = [...input.proofs].sort((a, b) => a.n - b.n || a.m - b.m);
  for (const p of proofs) {
    const line = canonicalJson({
      m: p.m,
      n: p.n,
      proof: p.proof.map((h) => Buffer.from(h).toString('base64')),
    });
    await proofSink.write(`${line}\n`);
  }
  files.push(await proofSink.close());

  const keyRecords = [];
  for (const k of input.keys) {
    const key = parseVerifierKey(k.vkey);
    const pub = await FileSink.open(dir, `keys/${key.fingerprint}.pub`, sinks);
    await pub.write(`${key.vkey}\n`);
    files.push(await pub.close());
    keyRecords.push({
      fingerprint: key.fingerprint,
      name: key.name,
      keyId: keyIdHex(key.keyId),
      vkey: key.vkey,
      validFrom: k.validFrom,
      validUntil: k.validUntil ?? null,
    });
  }
  const keysSink = await FileSink.open(dir, BUNDLE_FILES.keysIndex, sinks);
  await keysSink.write(`${canonicalJson({ keys: keyRecords })}\n`);
  files.push(await keysSink.close());

  // Entries, index.csv and render pages in one streaming pass.
  const entries = await FileSink.open(dir, BUNDLE_FILES.entries, sinks);
  const csv = await FileSink.open(dir, 'index.csv', sinks);
  await csv.write('seq,recordedAt,kind,stream,actorId,actorRoles,refs\r\n');
  let page: FileSink | undefined;
  let pages = 0;
  const closePage = async (): Promise<void> => {
    if (page === undefined) return;
    await page.write('</tbody></table>\n<p><a href="index.html">index</a></p></body></html>\n');
    files.push(await page.close());
    page = undefined;
  };
  let seq = from;
  for await (const e of input.entries) {
    if (e.seq !== seq) throw new BundleWriteError(`expected seq ${seq}, got ${e.seq}`);
    if (seq >= to) throw new BundleWriteError(`more entries than the range [${from}, ${to})`);
    if (e.canonical.includes(0x0a)) {
      throw new BundleWriteError(`entry ${e.seq} is not canonical (newline)`);
    }
    await entries.write(e.canonical);
    await entries.write('\n');
    const refs: Record<string, string> = {};
    for (const [k, v] of Object.entries(e.refs)) if (v !== undefined) refs[k] = v;
    const row = [
      e.seq,
      e.recordedAt,
      e.kind,
      e.stream,
      e.actor.id,
      e.actor.roles.join(' '),
      canonicalJson(refs),
    ];
    await csv.write(`${row.map(csvField).join(',')}\r\n`);
    if ((seq - from) % pageSize === 0) {
      await closePage();
      pages += 1;
      page = await FileSink.open(dir, pageName(pages), sinks);
      const last = Math.min(seq + pageSize, to) - 1;
      await page.write(
        `${htmlHead(`${origin} entries ${seq}–${last}`)}<h1>${escapeHtml(origin)}: entries ${seq}–${last}</h1>\n` +
          `<p><a href="index.html">index</a></p>\n${PAGE_HEADER}`,
      );
    }
    await (page as FileSink).write(renderRow(e));
    seq += 1;
  }
  if (seq !== to) throw new BundleWriteError(`range ends at ${to} but entries stopped at ${seq}`);
  await closePage();
  files.push(await entries.close());
  files.push(await csv.close());

  const exportedAt =
    input.exportedAt instanceof Date ? input.exportedAt.toISOString() : input.exportedAt;
  const index = await FileSink.open(dir, 'render/index.html', sinks);
  const rows = checkpoints
    .map((c) => `<tr><td>${c.size}</td><td><code>${c.root.toString('base64')}</code></td></tr>`)
    .join('\n');
  const pageLinks = Array.from({ length: pages }, (_, i) => {
    const first = from + i * pageSize;
    const last = Math.min(first + pageSize, to) - 1;
    return `<li><a href="${pageName(i + 1).slice('render/'.length)}">entries ${first}–${last}</a></li>`;
  }).join('\n');
  await index.write(
    `${htmlHead(`${origin} export`)}<h1>Archive export: ${escapeHtml(origin)}</h1>\n<dl>` +
      `<dt>range</dt><dd>[${from}, ${to}) — ${to - from} entries</dd>` +
      `<dt>exported</dt><dd>${escapeHtml(exportedAt)} by ${escapeHtml(input.exporter.id)} (${escapeHtml(input.exporter.roles.join(', '))})</dd>` +
      `<dt>query</dt><dd><code>${escapeHtml(canonicalJson(input.query))}</code></dd></dl>\n` +
      `<p>These pages are a convenience. The evidence is entries.jsonl with checkpoints.txt; ` +
      `check it with <code>node verifier.js &lt;bundle dir&gt; --key &lt;fingerprint&gt;</code>.</p>\n` +
      `<h2>Checkpoints</h2><table><thead><tr><th>size</th><th>root</th></tr></thead><tbody>\n${rows}\n</tbody></table>\n` +
      `<h2>Keys</h2><ul>${keyRecords
        .map(
          (k) =>
            `<li>${escapeHtml(k.name)} <code>${k.fingerprint}</code> from ${escapeHtml(k.validFrom)}</li>`,
        )
        .join('')}</ul>\n` +
      `<h2>Entries</h2><ul>\n${pageLinks}\n</ul></body></html>\n`,
  );
  files.push(await index.close());

  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    origin,
    range: { from, to },
    frontier: (input.frontier?.hashes ?? []).map((h) => Buffer.from(h).toString('base64')),
    query: input.query,
    exporter: { id: input.exporter.id, roles: [...input.exporter.roles] },
    exportedAt,
    files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
  await fsp.writeFile(path.join(dir, BUNDLE_FILES.manifest), `${canonicalJson(manifest)}\n`, {
    flag: 'wx',
  });
  return manifest;
}
