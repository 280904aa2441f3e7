/**
 * Countersign archive bundle verifier — the trust root of the archive.
 *
 * This file imports nothing but `node:*` modules so that its compiled form runs
 * alone: `node verifier.js DIR [--trusted-checkpoint FILE] [--key KEY]...`.
 * The rest of the archive core (merkle.ts, checkpoint.ts, bundle-writer.ts)
 * builds on the primitives exported here instead of re-implementing them.
 * The format it checks is specified in docs/archive-format.md.
 */
import { isUtf8 } from 'node:buffer';
import { createHash, createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

// ---------------------------------------------------------------------------
// Hashing (RFC 6962 §2.1)

export const HASH_SIZE = 32;
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

export function sha256(...parts: readonly Uint8Array[]): Buffer {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
}

/** MTH({d}) = SHA-256(0x00 || d) */
export function leafHash(data: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(data).digest();
}

/** SHA-256(0x01 || left || right) */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** MTH({}) = SHA-256() */
export function emptyRoot(): Buffer {
  return createHash('sha256').digest();
}

// Sizes and indexes go up to 2^53: JavaScript's bitwise operators are 32-bit,
// so the tree arithmetic below uses plain division.
export function isTreeSize(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}
const isOdd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

export function isPowerOfTwo(n: number): boolean {
  if (!isTreeSize(n) || n < 1) return false;
  while (n % 2 === 0) n /= 2;
  return n === 1;
}

export function popcount(n: number): number {
  let c = 0;
  while (n > 0) {
    c += n % 2;
    n = half(n);
  }
  return c;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

// ---------------------------------------------------------------------------
// Frontier: the compact range [0, size) — one perfect-subtree hash per set bit
// of size, left (largest) to right (smallest).

export class Frontier {
  private constructor(
    private count: number,
    private readonly stack: Buffer[],
  ) {}

  static empty(): Frontier {
    return new Frontier(0, []);
  }

  /** Resumes from the perfect-subtree hashes of [0, size), left to right. */
  static fromHashes(size: number, hashes: readonly Uint8Array[]): Frontier {
    if (!isTreeSize(size)) throw new RangeError(`invalid tree size ${String(size)}`);
    if (hashes.length !== popcount(size)) {
      throw new RangeError(
        `a frontier of size ${size} has ${popcount(size)} hashes, got ${hashes.length}`,
      );
    }
    for (const h of hashes) {
      if (h.length !== HASH_SIZE) throw new RangeError('frontier hashes must be 32 bytes');
    }
    return new Frontier(
      size,
      hashes.map((h) => Buffer.from(h)),
    );
  }

  get size(): number {
    return this.count;
  }

  get hashes(): readonly Buffer[] {
    return this.stack.slice();
  }

  /**
   * Appends a leaf hash. `onComplete` is called for each perfect subtree
   * (level >= 1) that this append completes, bottom-up.
   */
  append(
    leaf: Uint8Array,
    onComplete?: (level: number, index: number, hash: Buffer) => void,
  ): void {
    if (leaf.length !== HASH_SIZE) throw new RangeError('leaf hash must be 32 bytes');
    let h = asBuffer(leaf);
    let n = this.count;
    this.count = n + 1;
    let level = 0;
    let width = 1;
    while (isOdd(n)) {
      h = nodeHash(this.stack.pop() as Buffer, h);
      level += 1;
      width *= 2;
      onComplete?.(level, this.count / width - 1, h);
      n = (n - 1) / 2;
    }
    this.stack.push(h);
  }

  root(): Buffer {
    if (this.stack.length === 0) return emptyRoot();
    let acc = this.stack[this.stack.length - 1];
    for (let i = this.stack.length - 2; i >= 0; i--) acc = nodeHash(this.stack[i], acc);
    return acc;
  }

  clone(): Frontier {
    return new Frontier(this.count, this.stack.slice());
  }
}

// ---------------------------------------------------------------------------
// Proof verification (RFC 9162 §2.1.3.2 and §2.1.4.2)

/** Recomputes the root from an inclusion proof, or null when the proof is malformed. */
export function rootFromInclusionProof(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
): Buffer | null {
  if (!isTreeSize(index) || !isTreeSize(size) || index >= size) return null;
  if (leaf.length !== HASH_SIZE) return null;
  let fn = index;
  let sn = size - 1;
  let r = asBuffer(leaf);
  for (const p of proof) {
    if (p.length !== HASH_SIZE || sn === 0) return null;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 ? r : null;
}

export function verifyInclusion(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  const r = rootFromInclusionProof(index, size, leaf, proof);
  return r !== null && bytesEqual(r, root);
}

/**
 * Consistency of the tree of size m (oldRoot) with the tree of size n (newRoot).
 * As in transparency-dev/merkle, m = 0 is consistent with anything given an
 * empty proof; callers check the empty root themselves.
 */
export function verifyConsistency(
  m: number,
  n: number,
  proof: readonly Uint8Array[],
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
): boolean {
  if (!isTreeSize(m) || !isTreeSize(n) || m > n) return false;
  if (m === n) return proof.length === 0 && bytesEqual(oldRoot, newRoot);
  if (m === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  if (oldRoot.length !== HASH_SIZE || newRoot.length !== HASH_SIZE) return false;
  for (const p of proof) if (p.length !== HASH_SIZE) return false;

  const path = isPowerOfTwo(m) ? [oldRoot, ...proof] : proof;
  let fn = m - 1;
  let sn = n - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = asBuffer(path[0]);
  let sr = asBuffer(path[0]);
  for (let i = 1; i < path.length; i++) {
    const c = path[i];
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && bytesEqual(fr, oldRoot) && bytesEqual(sr, newRoot);
}

// ---------------------------------------------------------------------------
// RFC 8785 canonical JSON, for values produced by JSON.parse. ECMAScript's
// JSON.stringify of a string or a finite number is exactly RFC 8785's
// serialisation; only member order needs care (UTF-16 code unit order, which
// is what Array.prototype.sort does by default).

export function canonicalizeJsonValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('non-finite numbers are not JSON');
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          out += canonicalizeJsonValue(value[i]);
        }
        return out + ']';
      }
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj).sort();
      let out = '{';
      for (let i = 0; i < keys.length; i++) {
        if (i > 0) out += ',';
        out += JSON.stringify(keys[i]) + ':' + canonicalizeJsonValue(obj[keys[i]]);
      }
      return out + '}';
    }
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      throw new TypeError(`not a JSON value: ${typeof value}`);
  }
}

// ---------------------------------------------------------------------------
// C2SP signed notes (c2sp.org/signed-note), Ed25519 keys, tlog checkpoints.

export class NoteFormatError extends Error {}

export interface NoteSignature {
  name: string;
  /** uint32 key ID (first 4 bytes of the signature, big-endian) */
  keyId: number;
  /** signature bytes after the key ID */
  signature: Buffer;
}

export interface SignedNote {
  /** the signed text, including its final newline */
  text: string;
  signatures: NoteSignature[];
}

const EM_DASH_SPACE = '\u2014 ';
const MAX_NOTE_SIGNATURES = 100;

export function decodeBase64Strict(s: string): Buffer | null {
  const b = Buffer.from(s, 'base64');
  return b.toString('base64') === s ? b : null;
}

export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !name.includes('+') && !/[\s\p{Zs}]/u.test(name);
}

export function parseSignedNote(note: string): SignedNote {
  if (!note.endsWith('\n')) throw new NoteFormatError('note does not end with a newline');
  for (let i = 0; i < note.length; i++) {
    const c = note.charCodeAt(i);
    if (c < 0x20 && c !== 0x0a) throw new NoteFormatError('note contains a control character');
  }
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new NoteFormatError('note has no blank line before its signatures');
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block.length === 0) throw new NoteFormatError('note has no signatures');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_NOTE_SIGNATURES) throw new NoteFormatError('too many signatures');
  const signatures = lines.map((line): NoteSignature => {
    if (!line.startsWith(EM_DASH_SPACE)) throw new NoteFormatError('malformed signature line');
    const parts = line.slice(EM_DASH_SPACE.length).split(' ');
    if (parts.length !== 2 || !isValidKeyName(parts[0])) {
      throw new NoteFormatError('malformed signature line');
    }
    const raw = decodeBase64Strict(parts[1]);
    if (raw === null || raw.length < 5) throw new NoteFormatError('malformed signature');
    return { name: parts[0], keyId: raw.readUInt32BE(0), signature: raw.subarray(4) };
  });
  return { text, signatures };
}

export interface CheckpointBody {
  origin: string;
  size: number;
  root: Buffer;
  extensions: string[];
}

/** Parses the C2SP tlog-checkpoint note text: origin, size, base64 root, extension lines. */
export function parseCheckpointText(text: string): CheckpointBody {
  if (!text.endsWith('\n')) throw new NoteFormatError('checkpoint text must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) throw new NoteFormatError('checkpoint text has fewer than three lines');
  const [origin, sizeLine, rootLine, ...extensions] = lines;
  if (origin.length === 0) throw new NoteFormatError('checkpoint origin is empty');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeLine)) throw new NoteFormatError('malformed tree size');
  const size = Number(sizeLine);
  if (!Number.isSafeInteger(size)) throw new NoteFormatError('tree size out of range');
  const root = decodeBase64Strict(rootLine);
  if (root === null || root.length !== HASH_SIZE) throw new NoteFormatError('malformed root hash');
  if (extensions.some((l) => l.length === 0)) throw new NoteFormatError('empty extension line');
  return { origin, size, root, extensions };
}

export const ED25519_SIGNATURE_TYPE = 0x01;

/** Key ID = SHA-256(name || 0x0A || 0x01 || 32-byte Ed25519 public key)[:4], big-endian. */
export function noteKeyId(name: string, rawPublicKey: Uint8Array): number {
  return sha256(
    Buffer.from(name, 'utf8'),
    Buffer.from([0x0a, ED25519_SIGNATURE_TYPE]),
    rawPublicKey,
  ).readUInt32BE(0);
}

export function keyIdHex(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}

/** Fingerprint used to pin a key: hex SHA-256 of the raw 32-byte Ed25519 public key. */
export function keyFingerprint(rawPublicKey: Uint8Array): string {
  return sha256(rawPublicKey).toString('hex');
}

export function ed25519PublicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new RangeError('Ed25519 public keys are 32 bytes');
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: asBuffer(raw).toString('base64url') },
    format: 'jwk',
  });
}

export interface NoteVerifierKey {
  name: string;
  keyId: number;
  /** raw 32-byte Ed25519 public key */
  publicKey: Buffer;
  keyObject: KeyObject;
  fingerprint: string;
  /** `<name>+<hex8 key ID>+<base64(0x01 || public key)>` */
  vkey: string;
}

export function formatVerifierKey(name: string, rawPublicKey: Uint8Array): string {
  if (!isValidKeyName(name)) throw new NoteFormatError('invalid key name');
  const encoded = Buffer.concat([Buffer.from([ED25519_SIGNATURE_TYPE]), rawPublicKey]);
  return `${name}+${keyIdHex(noteKeyId(name, rawPublicKey))}+${encoded.toString('base64')}`;
}

/** Splits `a+b+rest` into [a, b, rest]; the base64 rest may itself contain '+'. */
export function splitKeyString(s: string, fields: number): string[] | null {
  const out: string[] = [];
  let rest = s;
  for (let i = 0; i < fields - 1; i++) {
    const at = rest.indexOf('+');
    if (at < 0) return null;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

export function parseVerifierKey(vkey: string): NoteVerifierKey {
  const parts = splitKeyString(vkey, 3);
  if (parts === null) throw new NoteFormatError('malformed verifier key');
  const [name, idHex, b64] = parts;
  if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(idHex)) {
    throw new NoteFormatError('malformed verifier key');
  }
  const raw = decodeBase64Strict(b64);
  if (raw === null || raw.length !== 33 || raw[0] !== ED25519_SIGNATURE_TYPE) {
    throw new NoteFormatError('unsupported or malformed verifier key');
  }
  const publicKey = Buffer.from(raw.subarray(1));
  const keyId = noteKeyId(name, publicKey);
  if (keyIdHex(keyId) !== idHex) throw new NoteFormatError('verifier key ID does not match key');
  return {
    name,
    keyId,
    publicKey,
    keyObject: ed25519PublicKeyFromRaw(publicKey),
    fingerprint: keyFingerprint(publicKey),
    vkey,
  };
}

export interface NoteSignatureCheck {
  /** known keys whose signature verified */
  verifiedBy: NoteVerifierKey[];
  /** known keys (same name and key ID) whose signature did NOT verify */
  failedBy: NoteVerifierKey[];
}

/**
 * Checks a note's signatures against known keys. Signatures from unknown keys
 * are ignored (per the note spec). A note is acceptable when verifiedBy is
 * non-empty and failedBy is empty.
 */
export function checkNoteSignatures(
  note: SignedNote,
  keys: readonly NoteVerifierKey[],
): NoteSignatureCheck {
  const verifiedBy: NoteVerifierKey[] = [];
  const failedBy: NoteVerifierKey[] = [];
  const message = Buffer.from(note.text, 'utf8');
  for (const sig of note.signatures) {
    for (const key of keys) {
      if (key.name !== sig.name || key.keyId !== sig.keyId) continue;
      const ok =
        sig.signature.length === 64 && cryptoVerify(null, message, key.keyObject, sig.signature);
      if (ok) {
        if (!verifiedBy.includes(key)) verifiedBy.push(key);
      } else if (!failedBy.includes(key)) {
        failedBy.push(key);
      }
    }
  }
  return { verifiedBy, failedBy };
}

// ---------------------------------------------------------------------------
// Bundle layout

export const BUNDLE_FORMAT = 'countersign-archive-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_FILES = {
  manifest: 'manifest.json',
  entries: 'entries.jsonl',
  checkpoints: 'checkpoints.txt',
  proofs: 'proofs.jsonl',
  keysIndex: 'keys/keys.json',
} as const;

/**
 * checkpoints.txt is the concatenation of signed notes, each followed by one
 * empty line. Checkpoint texts and signature blocks contain no empty lines, so
 * splitting on "\n\n" yields text, signatures, text, signatures, ..., "".
 */
export function splitCheckpointNotes(content: string): { note: string; offset: number }[] {
  if (content.length === 0) return [];
  const chunks = content.split('\n\n');
  if (chunks.length % 2 !== 1 || chunks[chunks.length - 1] !== '') {
    throw new NoteFormatError(
      'checkpoints.txt is not a sequence of notes separated by blank lines',
    );
  }
  const out: { note: string; offset: number }[] = [];
  let offset = 0;
  for (let i = 0; i + 1 < chunks.length; i += 2) {
    const note = `${chunks[i]}\n\n${chunks[i + 1]}\n`;
    out.push({ note, offset });
    offset += Buffer.byteLength(note, 'utf8') + 1;
  }
  return out;
}

export type VerifyCheck =
  | 'bundle'
  | 'manifest'
  | 'key'
  | 'key-validity'
  | 'checkpoint-format'
  | 'checkpoint-signature'
  | 'checkpoint-root'
  | 'consistency'
  | 'coverage'
  | 'trusted-checkpoint'
  | 'stale-bundle'
  | 'canonical'
  | 'seq'
  | 'entry'
  | 'refs';

export interface VerifyFailure {
  check: VerifyCheck;
  message: string;
  /** the entry's sequence number, when the failure is tied to one */
  seq?: number;
  /** bundle-relative path of the file holding the fault */
  file?: string;
  /** byte offset in `file` of the line or note at fault */
  offset?: number;
}

export type KeySource = 'pinned' | 'trusted-checkpoint' | 'bundle-unpinned';

export interface VerifySummary {
  origin: string;
  range: { from: number; to: number };
  entries: number;
  /** base64 Merkle root of the log at size range.to */
  root: string;
  checkpointsChecked: number;
  /** checkpoints whose root was recomputed from the entries */
  checkpointsRecomputed: number;
  latestCheckpoint: { size: number; root: string };
  proofsChecked: number;
  /** proofs in proofs.jsonl whose old size this verification had no root for */
  proofsUnused: number;
  keySource: KeySource;
  keys: { name: string; keyId: string; fingerprint: string; vkey: string }[];
  trustedCheckpoint?: { size: number; root: string; relation: string };
  /** supersedes/redacts targets that may lie before range.from (partial bundles only) */
  refsBeforeRange: number;
  warnings: string[];
}

export type VerifyResult =
  { ok: true; summary: VerifySummary } | { ok: false; failure: VerifyFailure };

export interface VerifyBundleOptions {
  /** pinned keys: verifier-key strings or 64-hex fingerprints of keys in the bundle */
  keys?: readonly string[];
  /** the text of a signed checkpoint the auditor kept from before */
  trustedCheckpoint?: string;
}

class Failure extends Error {
  constructor(readonly failure: VerifyFailure) {
    super(failure.message);
  }
}

function fail(
  check: VerifyCheck,
  message: string,
  where: { seq?: number; file?: string; offset?: number } = {},
): never {
  throw new Failure({ check, message, ...where });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const MAX_LINE_BYTES = 16 * 1024 * 1024;
const SAFE_PATH = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;

interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

interface Manifest {
  origin: string;
  from: number;
  to: number;
  frontier: Buffer[];
  files: Map<string, ManifestFile>;
}

function parseManifest(raw: string): Manifest {
  const m = (msg: string): never => fail('manifest', msg, { file: BUNDLE_FILES.manifest });
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return m('manifest.json is not JSON');
  }
  if (!isRecord(v)) return m('manifest.json is not an object');
  if (v.format !== BUNDLE_FORMAT) return m(`format is not ${BUNDLE_FORMAT}`);
  if (v.formatVersion !== BUNDLE_FORMAT_VERSION) {
    return m(`unsupported formatVersion ${String(v.formatVersion)}`);
  }
  if (typeof v.origin !== 'string' || v.origin.length === 0) return m('origin missing');
  const range = v.range;
  if (!isRecord(range) || !isTreeSize(range.from) || !isTreeSize(range.to)) {
    return m('range must be { from, to } with non-negative integers');
  }
  if (range.from > range.to) return m('range.from is greater than range.to');
  if (!Array.isArray(v.frontier)) return m('frontier missing');
  const frontier = v.frontier.map((h: unknown) => {
    const b = typeof h === 'string' ? decodeBase64Strict(h) : null;
    return b !== null && b.length === HASH_SIZE ? b : m('frontier holds a malformed hash');
  });
  if (frontier.length !== popcount(range.from)) {
    return m(
      `frontier must hold ${popcount(range.from)} hashes for range.from ${range.from}, has ${frontier.length}`,
    );
  }
  if (!Array.isArray(v.files)) return m('files missing');
  const files = new Map<string, ManifestFile>();
  for (const f of v.files as unknown[]) {
    if (
      !isRecord(f) ||
      typeof f.path !== 'string' ||
      typeof f.sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(f.sha256) ||
      !isTreeSize(f.size)
    ) {
      return m('files holds a malformed entry');
    }
    if (!SAFE_PATH.test(f.path) || f.path.split('/').some((s) => s === '.' || s === '..')) {
      return m(`unsafe file path ${JSON.stringify(f.path)}`);
    }
    if (f.path === BUNDLE_FILES.manifest || files.has(f.path)) {
      return m(`file ${f.path} listed twice or lists the manifest itself`);
    }
    files.set(f.path, { path: f.path, sha256: f.sha256, size: f.size });
  }
  for (const required of [
    BUNDLE_FILES.entries,
    BUNDLE_FILES.checkpoints,
    BUNDLE_FILES.proofs,
    BUNDLE_FILES.keysIndex,
  ]) {
    if (!files.has(required)) return m(`required file ${required} is not listed`);
  }
  return {
    origin: v.origin,
    from: range.from,
    to: range.to,
    frontier,
    files,
  };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = await fsp.readdir(path.join(dir, prefix), { withFileTypes: true });
  for (const e of entries) {
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (e.isFile()) out.push(rel);
    else fail('bundle', `${rel} is neither a regular file nor a directory`, { file: rel });
  }
  return out;
}

const READ_CHUNK = 1 << 20;

/**
 * Reads a file through one reused buffer: no per-chunk allocation, so memory
 * stays flat however large the file. `onChunk` must not keep the chunk.
 */
async function forEachChunk(file: string, onChunk: (chunk: Buffer) => void): Promise<void> {
  const fh = await fsp.open(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) return;
      onChunk(buf.subarray(0, bytesRead));
    }
  } finally {
    await fh.close();
  }
}

async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const h = createHash('sha256');
  let size = 0;
  await forEachChunk(file, (chunk) => {
    h.update(chunk);
    size += chunk.length;
  });
  return { sha256: h.digest('hex'), size };
}

async function readSmallFile(dir: string, rel: string): Promise<string> {
  const b = await fsp.readFile(path.join(dir, rel));
  if (!isUtf8(b)) fail('bundle', `${rel} is not valid UTF-8`, { file: rel });
  return b.toString('utf8');
}

interface BundleKey extends NoteVerifierKey {
  validFrom?: string;
  validUntil?: string;
}

function parseKeysIndex(raw: string, pubFiles: Map<string, string>): BundleKey[] {
  const file = BUNDLE_FILES.keysIndex;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return fail('key', 'keys/keys.json is not JSON', { file });
  }
  if (!isRecord(v) || !Array.isArray(v.keys)) {
    return fail('key', 'keys/keys.json has no keys array', { file });
  }
  return (v.keys as unknown[]).map((k): BundleKey => {
    if (!isRecord(k) || typeof k.vkey !== 'string' || typeof k.fingerprint !== 'string') {
      return fail('key', 'keys/keys.json holds a malformed key', { file });
    }
    let key: NoteVerifierKey;
    try {
      key = parseVerifierKey(k.vkey);
    } catch (e) {
      return fail('key', `keys/keys.json: ${(e as Error).message}`, { file });
    }
    if (key.fingerprint !== k.fingerprint) {
      return fail('key', `key ${k.fingerprint} does not match its fingerprint`, { file });
    }
    const pubPath = `keys/${key.fingerprint}.pub`;
    const pub = pubFiles.get(pubPath);
    if (pub === undefined || pub.trim() !== key.vkey) {
      return fail('key', `${pubPath} is missing or differs from keys/keys.json`, { file: pubPath });
    }
    const window: { validFrom?: string; validUntil?: string } = {};
    for (const field of ['validFrom', 'validUntil'] as const) {
      const t = k[field];
      if (t === undefined || t === null) continue;
      if (typeof t !== 'string' || Number.isNaN(Date.parse(t))) {
        return fail('key', `${field} of key ${key.fingerprint} is not a timestamp`, { file });
      }
      window[field] = t;
    }
    return { ...key, ...window };
  });
}

interface CheckpointRecord {
  size: number;
  root: Buffer;
  offset: number;
  signedBy: NoteVerifierKey[];
}

interface ProofRecord {
  m: number;
  n: number;
  proof: Buffer[];
  offset: number;
}

function parseProofs(raw: string): ProofRecord[] {
  const file = BUNDLE_FILES.proofs;
  const out: ProofRecord[] = [];
  if (raw.length > 0 && !raw.endsWith('\n')) {
    fail('consistency', 'proofs.jsonl must end with a newline', { file });
  }
  let offset = 0;
  for (const line of raw.length === 0 ? [] : raw.slice(0, -1).split('\n')) {
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      v = undefined;
    }
    if (!isRecord(v) || !isTreeSize(v.m) || !isTreeSize(v.n) || !Array.isArray(v.proof)) {
      fail('consistency', 'malformed proof line', { file, offset });
    }
    const proof = (v.proof as unknown[]).map((h) => {
      const b = typeof h === 'string' ? decodeBase64Strict(h) : null;
      return b !== null && b.length === HASH_SIZE
        ? b
        : fail('consistency', 'malformed hash in proof', { file, offset });
    });
    out.push({ m: v.m, n: v.n, proof, offset });
    offset += Buffer.byteLength(line, 'utf8') + 1;
  }
  return out;
}

/** Open-addressing set of 64-bit entryId fingerprints (16 bytes per entry at most). */
class IdFingerprints {
  private hi = new Uint32Array(1 << 12);
  private lo = new Uint32Array(1 << 12);
  private used = 0;

  private static fingerprint(id: string): [number, number] {
    const h = sha256(Buffer.from(id, 'utf8'));
    // (0, 0) marks an empty slot
    const lo = h.readUInt32BE(4) || 1;
    return [h.readUInt32BE(0), lo];
  }

  has(id: string): boolean {
    const [hi, lo] = IdFingerprints.fingerprint(id);
    return this.find(hi, lo) >= 0;
  }

  /** Adds the id; false when it was already present. */
  add(id: string): boolean {
    const [hi, lo] = IdFingerprints.fingerprint(id);
    if (this.find(hi, lo) >= 0) return false;
    if ((this.used + 1) * 2 > this.hi.length) this.grow();
    this.insert(hi, lo);
    this.used += 1;
    return true;
  }

  private find(hi: number, lo: number): number {
    const mask = this.hi.length - 1;
    for (let i = lo & mask; ; i = (i + 1) & mask) {
      if (this.lo[i] === 0) return -1;
      if (this.lo[i] === lo && this.hi[i] === hi) return i;
    }
  }

  private insert(hi: number, lo: number): void {
    const mask = this.hi.length - 1;
    let i = lo & mask;
    while (this.lo[i] !== 0) i = (i + 1) & mask;
    this.hi[i] = hi;
    this.lo[i] = lo;
  }

  private grow(): void {
    const oldHi = this.hi;
    const oldLo = this.lo;
    this.hi = new Uint32Array(oldHi.length * 2);
    this.lo = new Uint32Array(oldLo.length * 2);
    for (let i = 0; i < oldLo.length; i++) if (oldLo[i] !== 0) this.insert(oldHi[i], oldLo[i]);
  }
}

function resolvePinnedKeys(
  pins: readonly string[],
  bundleKeys: readonly BundleKey[],
): NoteVerifierKey[] {
  return pins.map((pin) => {
    if (pin.includes('+')) {
      try {
        const key = parseVerifierKey(pin);
        return (
          bundleKeys.find((k) => k.fingerprint === key.fingerprint && k.name === key.name) ?? key
        );
      } catch (e) {
        return fail('key', `--key: ${(e as Error).message}`);
      }
    }
    if (!/^[0-9a-f]{64}$/.test(pin)) {
      return fail(
        'key',
        '--key must be a verifier key (name+id+key) or the 64-hex SHA-256 fingerprint of the public key',
      );
    }
    const found = bundleKeys.find((k) => k.fingerprint === pin);
    return found ?? fail('key', `pinned key ${pin} is not in the bundle's keys/`);
  });
}

function describeKeys(keys: readonly NoteVerifierKey[]): VerifySummary['keys'] {
  return keys.map((k) => ({
    name: k.name,
    keyId: keyIdHex(k.keyId),
    fingerprint: k.fingerprint,
    vkey: k.vkey,
  }));
}

export async function verifyBundle(
  dir: string,
  opts: VerifyBundleOptions = {},
): Promise<VerifyResult> {
  try {
    return { ok: true, summary: await runVerification(dir, opts) };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, failure: e.failure };
    return {
      ok: false,
      failure: { check: 'bundle', message: `cannot read bundle: ${(e as Error).message}` },
    };
  }
}

/**
 * One verification of one bundle, as named steps run in order. Each step
 * checks one thing and either records what later steps need or fails with
 * the check that broke (and where).
 */
class BundleVerification {
  private readonly warnings: string[] = [];
  private manifest!: Manifest;
  private bundleKeys: BundleKey[] = [];
  private validity = new Map<string, BundleKey>();
  private trustedKeys: NoteVerifierKey[] = [];
  private keySource: KeySource = 'bundle-unpinned';
  private trusted?: { size: number; root: Buffer; relation?: string };
  private checkpoints: CheckpointRecord[] = [];
  private bySize = new Map<number, CheckpointRecord>();
  private readonly provenPairs = new Set<string>();
  /** Proofs from range.to, checked once the entries give the root at range.to. */
  private deferred: ProofRecord[] = [];
  private proofsChecked = 0;
  private proofsUnused = 0;
  private frontier!: Frontier;
  private recomputed = 0;
  private refsBeforeRange = 0;

  constructor(
    private readonly dir: string,
    private readonly opts: VerifyBundleOptions,
  ) {}

  async run(): Promise<VerifySummary> {
    await this.checkManifest();
    await this.resolveKeys();
    this.checkTrustedCheckpoint();
    await this.checkCheckpoints();
    this.compareTrustedWithCheckpoints();
    await this.checkConsistencyProofs();
    await this.replayEntries();
    this.checkCoverage();
    return this.summary();
  }

  private get latest(): CheckpointRecord {
    return this.checkpoints[this.checkpoints.length - 1];
  }

  /** Step 1. Manifest: every file listed, present, of the listed size and hash. */
  private async checkManifest(): Promise<void> {
    const { dir } = this;
    const manifest = parseManifest(await readSmallFile(dir, BUNDLE_FILES.manifest));
    const present = new Set((await listFiles(dir)).filter((f) => f !== BUNDLE_FILES.manifest));
    for (const f of manifest.files.keys()) {
      if (!present.has(f)) fail('manifest', `listed file ${f} is missing`, { file: f });
    }
    for (const f of present) {
      if (!manifest.files.has(f)) {
        fail('manifest', `file ${f} is not listed in the manifest`, { file: f });
      }
    }
    for (const f of manifest.files.values()) {
      const st = await fsp.stat(path.join(dir, f.path));
      if (st.size !== f.size) {
        fail('manifest', `${f.path} is ${st.size} bytes, manifest says ${f.size}`, {
          file: f.path,
        });
      }
    }
    // entries.jsonl is hashed while it streams (replayEntries) so it is read once.
    for (const f of manifest.files.values()) {
      if (f.path === BUNDLE_FILES.entries) continue;
      const got = await hashFile(path.join(dir, f.path));
      if (got.sha256 !== f.sha256) {
        fail('manifest', `SHA-256 of ${f.path} differs from the manifest`, { file: f.path });
      }
    }
    this.manifest = manifest;
  }

  /** Step 2. Keys: the bundle's keys/, and which of them are trusted (pinned or not). */
  private async resolveKeys(): Promise<void> {
    const pubFiles = new Map<string, string>();
    for (const f of this.manifest.files.keys()) {
      if (f.startsWith('keys/') && f.endsWith('.pub')) {
        pubFiles.set(f, await readSmallFile(this.dir, f));
      }
    }
    this.bundleKeys = parseKeysIndex(
      await readSmallFile(this.dir, BUNDLE_FILES.keysIndex),
      pubFiles,
    );
    this.validity = new Map(this.bundleKeys.map((k) => [k.fingerprint, k]));
    if (this.opts.keys !== undefined && this.opts.keys.length > 0) {
      this.trustedKeys = resolvePinnedKeys(this.opts.keys, this.bundleKeys);
      this.keySource = 'pinned';
    } else {
      this.trustedKeys = this.bundleKeys;
      this.keySource = 'bundle-unpinned';
    }
  }

  /** Step 3. The trusted checkpoint: signed by a trusted key, same log. */
  private checkTrustedCheckpoint(): void {
    if (this.opts.trustedCheckpoint !== undefined) {
      let noteText = this.opts.trustedCheckpoint;
      if (noteText.endsWith('\n\n')) noteText = noteText.slice(0, -1);
      let note: SignedNote;
      let body: CheckpointBody;
      try {
        note = parseSignedNote(noteText);
        body = parseCheckpointText(note.text);
      } catch (e) {
        return fail(
          'trusted-checkpoint',
          `trusted checkpoint is malformed: ${(e as Error).message}`,
        );
      }
      const sigs = checkNoteSignatures(note, this.trustedKeys);
      if (sigs.verifiedBy.length === 0 || sigs.failedBy.length > 0) {
        fail(
          'trusted-checkpoint',
          this.keySource === 'pinned'
            ? 'trusted checkpoint is not validly signed by a pinned key'
            : "trusted checkpoint is not validly signed by any key in the bundle's keys/ (the log key changed?)",
        );
      }
      if (this.keySource === 'bundle-unpinned') {
        // Whoever signed what the auditor already trusts is the key the bundle must be signed with.
        this.trustedKeys = sigs.verifiedBy;
        this.keySource = 'trusted-checkpoint';
      }
      if (body.origin !== this.manifest.origin) {
        fail(
          'trusted-checkpoint',
          `trusted checkpoint is for origin ${body.origin}, bundle is ${this.manifest.origin}`,
        );
      }
      if (body.size === 0 && !body.root.equals(emptyRoot())) {
        fail(
          'trusted-checkpoint',
          'trusted checkpoint of size 0 does not carry the empty-tree root',
        );
      }
      this.trusted = { size: body.size, root: body.root };
    }
    if (this.keySource === 'bundle-unpinned') {
      this.warnings.push(
        'checkpoint key taken from the bundle itself (unpinned): pass --key or --trusted-checkpoint',
      );
    }
  }

  /** Step 4. Checkpoints: well-formed, same origin, ascending, signed by a trusted key. */
  private async checkCheckpoints(): Promise<void> {
    const cpFile = BUNDLE_FILES.checkpoints;
    const origin = this.manifest.origin;
    let notes: { note: string; offset: number }[];
    try {
      notes = splitCheckpointNotes(await readSmallFile(this.dir, cpFile));
    } catch (e) {
      if (e instanceof Failure) throw e;
      return fail('checkpoint-format', (e as Error).message, { file: cpFile });
    }
    if (notes.length === 0) {
      fail('checkpoint-format', 'the bundle holds no checkpoint', { file: cpFile });
    }
    const checkpoints: CheckpointRecord[] = notes.map(({ note, offset }) => {
      let parsed: SignedNote;
      let body: CheckpointBody;
      try {
        parsed = parseSignedNote(note);
        body = parseCheckpointText(parsed.text);
      } catch (e) {
        return fail('checkpoint-format', (e as Error).message, { file: cpFile, offset });
      }
      if (body.origin !== origin) {
        fail('checkpoint-format', `checkpoint origin ${body.origin} is not ${origin}`, {
          file: cpFile,
          offset,
        });
      }
      const sigs = checkNoteSignatures(parsed, this.trustedKeys);
      if (sigs.failedBy.length > 0) {
        fail(
          'checkpoint-signature',
          `invalid signature by ${sigs.failedBy[0].name} on checkpoint of size ${body.size}`,
          { file: cpFile, offset },
        );
      }
      if (sigs.verifiedBy.length === 0) {
        fail(
          'checkpoint-signature',
          `checkpoint of size ${body.size} is not signed by a trusted key`,
          { file: cpFile, offset },
        );
      }
      return { size: body.size, root: body.root, offset, signedBy: sigs.verifiedBy };
    });
    for (let i = 1; i < checkpoints.length; i++) {
      if (checkpoints[i].size < checkpoints[i - 1].size) {
        fail('checkpoint-format', 'checkpoints are not in ascending size order', {
          file: cpFile,
          offset: checkpoints[i].offset,
        });
      }
      if (
        checkpoints[i].size === checkpoints[i - 1].size &&
        !checkpoints[i].root.equals(checkpoints[i - 1].root)
      ) {
        fail('consistency', `two checkpoints of size ${checkpoints[i].size} have different roots`, {
          file: cpFile,
          offset: checkpoints[i].offset,
        });
      }
    }
    for (const cp of checkpoints) {
      if (cp.size === 0 && !cp.root.equals(emptyRoot())) {
        fail('checkpoint-root', 'checkpoint of size 0 does not carry the empty-tree root', {
          file: cpFile,
          offset: cp.offset,
        });
      }
    }
    this.checkpoints = checkpoints;
    for (const cp of checkpoints) this.bySize.set(cp.size, cp);
  }

  /** Step 5. The trusted checkpoint against the bundle's: not newer, no split view at its size. */
  private compareTrustedWithCheckpoints(): void {
    const trusted = this.trusted;
    if (trusted === undefined) return;
    if (trusted.size > this.latest.size) {
      fail(
        'stale-bundle',
        `stale bundle: older than trusted checkpoint (trusted size ${trusted.size}, newest checkpoint in bundle ${this.latest.size})`,
      );
    }
    const same = this.bySize.get(trusted.size);
    if (same !== undefined) {
      if (!same.root.equals(trusted.root)) {
        fail(
          'trusted-checkpoint',
          `split view: bundle checkpoint of size ${trusted.size} has a different root than the trusted one`,
          { file: BUNDLE_FILES.checkpoints, offset: same.offset },
        );
      }
      trusted.relation = 'same size, same root as a bundle checkpoint';
    }
  }

  private checkProof(p: ProofRecord, oldRoot: Buffer, newRoot: Buffer, check: VerifyCheck): void {
    if (!verifyConsistency(p.m, p.n, p.proof, oldRoot, newRoot)) {
      fail(check, `consistency proof from size ${p.m} to ${p.n} does not verify`, {
        file: BUNDLE_FILES.proofs,
        offset: p.offset,
      });
    }
    this.proofsChecked += 1;
    this.provenPairs.add(`${p.m}:${p.n}`);
  }

  /**
   * Step 6. Consistency proofs. Those between known roots are checked now;
   * those from range.to wait for the recomputed root (checkCoverage).
   */
  private async checkConsistencyProofs(): Promise<void> {
    const { trusted, bySize, manifest } = this;
    const proofs = parseProofs(await readSmallFile(this.dir, BUNDLE_FILES.proofs));
    for (const p of proofs) {
      const target = bySize.get(p.n);
      if (target === undefined || p.m > p.n) {
        fail(
          'consistency',
          `proof from ${p.m} to ${p.n}: ${p.n} is not the size of a checkpoint in the bundle`,
          { file: BUNDLE_FILES.proofs, offset: p.offset },
        );
      }
      const source = bySize.get(p.m);
      let used = false;
      if (source !== undefined) {
        this.checkProof(p, source.root, target.root, 'consistency');
        used = true;
      }
      if (trusted !== undefined && p.m === trusted.size) {
        this.checkProof(p, trusted.root, target.root, 'trusted-checkpoint');
        trusted.relation ??= `consistency proof from trusted size ${p.m} to checkpoint ${p.n}`;
        used = true;
      }
      if (p.m === manifest.to && source === undefined) {
        this.deferred.push(p);
        used = true;
      }
      if (!used) this.proofsUnused += 1;
    }
    const { checkpoints } = this;
    for (let i = 1; i < checkpoints.length; i++) {
      const a = checkpoints[i - 1];
      const b = checkpoints[i];
      if (a.size === b.size || a.size === 0) continue;
      if (!this.provenPairs.has(`${a.size}:${b.size}`)) {
        fail(
          'consistency',
          `no consistency proof between consecutive checkpoints ${a.size} and ${b.size}`,
          { file: BUNDLE_FILES.proofs },
        );
      }
    }
  }

  /**
   * Key validity windows: a checkpoint covering an entry recorded after its
   * key's validUntil cannot have been signed while the key was valid.
   */
  private checkKeyValidity(
    cp: CheckpointRecord,
    recordedAt: unknown,
    seq: number,
    offset: number,
  ): void {
    if (typeof recordedAt !== 'string') return;
    const t = Date.parse(recordedAt);
    const ok = cp.signedBy.some((k) => {
      const until = this.validity.get(k.fingerprint)?.validUntil;
      return until === undefined || Date.parse(until) >= t;
    });
    if (!ok) {
      fail(
        'key-validity',
        `checkpoint of size ${cp.size} covers an entry recorded after its key expired`,
        { seq, file: BUNDLE_FILES.entries, offset },
      );
    }
  }

  /** The recomputed root at `size` against the checkpoint (and trusted checkpoint) of that size. */
  private checkRootAt(size: number, where: { seq?: number; offset?: number }): void {
    const { trusted, manifest } = this;
    const cp = this.bySize.get(size);
    const tr = trusted !== undefined && trusted.size === size ? trusted : undefined;
    if (cp === undefined && tr === undefined) return;
    const root = this.frontier.root();
    if (cp !== undefined) {
      if (!root.equals(cp.root)) {
        fail(
          'checkpoint-root',
          `root recomputed at size ${size} does not match the signed checkpoint` +
            (size > manifest.from
              ? ` (an entry at or before seq ${size - 1}, or range.from's frontier, was altered)`
              : ''),
          { ...where, file: BUNDLE_FILES.entries },
        );
      }
      this.recomputed += this.checkpoints.filter((c) => c.size === size).length;
    }
    if (tr !== undefined) {
      if (!root.equals(tr.root)) {
        fail(
          'trusted-checkpoint',
          `split view: the entries give a different root at trusted size ${size}`,
          { ...where, file: BUNDLE_FILES.entries },
        );
      }
      tr.relation = 'root recomputed from the entries';
    }
  }

  /** One entry line: canonical, well-formed, in place; its leaf appended to the tree. */
  private checkEntry(
    line: Buffer,
    offset: number,
    state: { seq: number; ids: IdFingerprints },
  ): void {
    const { from, to } = this.manifest;
    const file = BUNDLE_FILES.entries;
    const where = { seq: state.seq, file, offset };
    if (state.seq >= to) {
      fail(
        'seq',
        `entries.jsonl holds more than the ${to - from} entries of range [${from}, ${to})`,
        where,
      );
    }
    if (!isUtf8(line)) fail('canonical', 'line is not valid UTF-8', where);
    const text = line.toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      fail('canonical', 'line is not JSON', where);
    }
    if (canonicalizeJsonValue(value) !== text) {
      fail('canonical', 'line is not RFC 8785 canonical JSON', where);
    }
    if (!isRecord(value)) return fail('entry', 'entry is not a JSON object', where);
    if (value.seq !== undefined && value.seq !== state.seq) {
      fail('seq', `entry carries seq ${JSON.stringify(value.seq)} at position ${state.seq}`, where);
    }
    if (value.v !== undefined && value.v !== 1) {
      fail('entry', `unsupported envelope version ${JSON.stringify(value.v)}`, where);
    }
    const entryId = value.entryId;
    if (typeof entryId !== 'string' || entryId.length === 0) {
      fail('entry', 'entry has no entryId', where);
    }
    if (value.refs !== undefined) {
      if (!isRecord(value.refs)) fail('entry', 'refs is not an object', where);
      for (const kind of ['supersedes', 'redacts'] as const) {
        const target = value.refs[kind];
        if (target === undefined) continue;
        const targets = Array.isArray(target) ? (target as unknown[]) : [target];
        for (const t of targets) {
          if (typeof t !== 'string') fail('entry', `refs.${kind} is not an entryId`, where);
          if (state.ids.has(t)) continue;
          if (from > 0) {
            this.refsBeforeRange += 1;
            continue;
          }
          fail(
            'refs',
            `refs.${kind} target ${JSON.stringify(t)} does not exist earlier in the log`,
            where,
          );
        }
      }
    }
    if (!state.ids.add(entryId)) {
      fail('entry', `duplicate entryId ${JSON.stringify(entryId)}`, where);
    }

    this.frontier.append(leafHash(line));
    state.seq += 1;
    const cp = this.bySize.get(state.seq);
    if (cp !== undefined) this.checkKeyValidity(cp, value.recordedAt, state.seq - 1, offset);
    this.checkRootAt(state.seq, where);
  }

  /**
   * Step 7. Streams entries.jsonl once: every line checked (checkEntry), the
   * root recomputed at every checkpoint size, the file hashed against the
   * manifest.
   */
  private async replayEntries(): Promise<void> {
    const { from, to } = this.manifest;
    this.frontier = Frontier.fromHashes(from, this.manifest.frontier);
    this.checkRootAt(from, {});
    const state = { seq: from, ids: new IdFingerprints() };
    const file = BUNDLE_FILES.entries;
    const digest = createHash('sha256');
    let carry: Buffer | null = null;
    let carryOffset = 0;
    let pos = 0;
    await forEachChunk(path.join(this.dir, file), (buf) => {
      digest.update(buf);
      let start = 0;
      if (carry !== null) {
        const nl = buf.indexOf(0x0a);
        if (nl < 0) {
          carry = Buffer.concat([carry, buf]);
          if (carry.length > MAX_LINE_BYTES) {
            fail('canonical', 'line too long', { seq: state.seq, file, offset: carryOffset });
          }
          pos += buf.length;
          return;
        }
        const line = Buffer.concat([carry, buf.subarray(0, nl)]);
        carry = null;
        this.checkEntry(line, carryOffset, state);
        start = nl + 1;
      }
      for (;;) {
        const nl = buf.indexOf(0x0a, start);
        if (nl < 0) break;
        this.checkEntry(buf.subarray(start, nl), pos + start, state);
        start = nl + 1;
      }
      if (start < buf.length) {
        // the read buffer is reused: keep a copy of the partial line
        carry = Buffer.from(buf.subarray(start));
        carryOffset = pos + start;
      }
      pos += buf.length;
    });
    if (carry !== null) {
      fail('canonical', 'last line is not terminated by a newline', {
        seq: state.seq,
        file,
        offset: carryOffset,
      });
    }
    if (state.seq < to) {
      fail(
        'seq',
        `entries.jsonl ends at seq ${state.seq - 1} but range.to is ${to}: entries missing (truncated?)`,
        { seq: state.seq, file, offset: pos },
      );
    }
    if (digest.digest('hex') !== this.manifest.files.get(file)?.sha256) {
      fail('manifest', 'SHA-256 of entries.jsonl differs from the manifest', { file });
    }
  }

  /** Step 8. The root at range.to is bound to a signed checkpoint; the trusted one is related. */
  private checkCoverage(): void {
    const { to } = this.manifest;
    const rootAtTo = this.frontier.root();
    let covered = this.bySize.has(to);
    for (const p of this.deferred) {
      this.checkProof(p, rootAtTo, (this.bySize.get(p.n) as CheckpointRecord).root, 'coverage');
      covered = true;
    }
    if (!covered) {
      fail(
        'coverage',
        `no signed checkpoint covers the range end ${to}: include a checkpoint of size ${to} or a consistency proof from ${to} to a later one`,
      );
    }
    const { trusted } = this;
    if (trusted !== undefined && trusted.relation === undefined) {
      if (trusted.size === 0) trusted.relation = 'empty tree';
      else {
        fail(
          'trusted-checkpoint',
          `cannot relate the trusted checkpoint (size ${trusted.size}) to the bundle: no consistency proof from size ${trusted.size}`,
        );
      }
    }
    if (this.refsBeforeRange > 0) {
      this.warnings.push(
        `${this.refsBeforeRange} supersedes/redacts reference(s) point before range.from and were not checked`,
      );
    }
  }

  private summary(): VerifySummary {
    const { from, to, origin } = this.manifest;
    const { trusted, latest } = this;
    return {
      origin,
      range: { from, to },
      entries: to - from,
      root: this.frontier.root().toString('base64'),
      checkpointsChecked: this.checkpoints.length,
      checkpointsRecomputed: this.recomputed,
      latestCheckpoint: { size: latest.size, root: latest.root.toString('base64') },
      proofsChecked: this.proofsChecked,
      proofsUnused: this.proofsUnused,
      keySource: this.keySource,
      keys: describeKeys(this.trustedKeys),
      ...(trusted !== undefined
        ? {
            trustedCheckpoint: {
              size: trusted.size,
              root: trusted.root.toString('base64'),
              relation: trusted.relation ?? '',
            },
          }
        : {}),
      refsBeforeRange: this.refsBeforeRange,
      warnings: this.warnings,
    };
  }
}

function runVerification(dir: string, opts: VerifyBundleOptions): Promise<VerifySummary> {
  return new BundleVerification(dir, opts).run();
}

// ---------------------------------------------------------------------------
// CLI

const USAGE =
  'usage: node verifier.js DIR [--trusted-checkpoint FILE] [--key FINGERPRINT_OR_VKEY]... [--json] [--stats]\n';

export function formatSummary(s: VerifySummary): string {
  const keySource =
    s.keySource === 'pinned'
      ? 'pinned with --key'
      : s.keySource === 'trusted-checkpoint'
        ? 'the key that signed the trusted checkpoint'
        : 'taken from the bundle, UNPINNED';
  const lines = [
    'OK: bundle verified',
    `origin:       ${s.origin}`,
    `range:        [${s.range.from}, ${s.range.to})  ${s.entries} entries`,
    `root:         ${s.root}  (size ${s.range.to})`,
    `checkpoints:  ${s.checkpointsChecked} checked, ${s.checkpointsRecomputed} recomputed from entries; latest size ${s.latestCheckpoint.size} root ${s.latestCheckpoint.root}`,
    `proofs:       ${s.proofsChecked} consistency proofs checked${s.proofsUnused > 0 ? `, ${s.proofsUnused} unused` : ''}`,
    ...s.keys.map(
      (k) =>
        `key:          ${k.name} fingerprint ${k.fingerprint} (key ID ${k.keyId}), ${keySource}`,
    ),
  ];
  if (s.trustedCheckpoint !== undefined) {
    lines.push(`trusted:      size ${s.trustedCheckpoint.size}: ${s.trustedCheckpoint.relation}`);
  }
  for (const w of s.warnings) lines.push(`warning:      ${w}`);
  return lines.join('\n') + '\n';
}

export function formatFailure(f: VerifyFailure): string {
  const where: string[] = [];
  if (f.seq !== undefined) where.push(`seq ${f.seq}`);
  if (f.file !== undefined) {
    where.push(f.offset !== undefined ? `${f.file} byte offset ${f.offset}` : f.file);
  }
  return `FAIL [${f.check}] ${f.message}${where.length > 0 ? `\n  at ${where.join(', ')}` : ''}\n`;
}

export async function main(argv: readonly string[]): Promise<number> {
  let dir: string | undefined;
  let trustedFile: string | undefined;
  let json = false;
  let stats = false;
  const keys: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--trusted-checkpoint' && i + 1 < argv.length) trustedFile = argv[++i];
    else if (a === '--key' && i + 1 < argv.length) keys.push(argv[++i]);
    else if (a === '--json') json = true;
    else if (a === '--stats') stats = true;
    else if (!a.startsWith('--') && dir === undefined) dir = a;
    else {
      process.stderr.write(USAGE);
      return 2;
    }
  }
  if (dir === undefined) {
    process.stderr.write(USAGE);
    return 2;
  }
  const opts: VerifyBundleOptions = { keys };
  if (trustedFile !== undefined) opts.trustedCheckpoint = await fsp.readFile(trustedFile, 'utf8');
  const result = await verifyBundle(dir, opts);
  if (json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else if (result.ok) process.stdout.write(formatSummary(result.summary));
  else process.stdout.write(formatFailure(result.failure));
  if (stats) {
    const ru = process.resourceUsage();
    process.stderr.write(
      `${JSON.stringify({ maxRSSKiB: ru.maxRSS, userCPUus: ru.userCPUTime, systemCPUus: ru.systemCPUTime })}\n`,
    );
  }
  return result.ok ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
