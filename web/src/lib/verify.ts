/**
 * Checks an archive entry in the browser, with WebCrypto only
 * (docs/archive-format.md §5 and §6): the leaf hash of its canonical bytes,
 * its RFC 6962 inclusion proof up to a checkpoint's root, and the
 * checkpoint's Ed25519 signature by a trusted key.
 */

const enc = new TextEncoder();

function bytesOf(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Strict base64 (RFC 4648 §4, padded): null unless re-encoding gives the same text. */
export function decodeBase64(b64: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) return null;
  try {
    const bytes = bytesOf(b64);
    return encodeBase64(bytes) === b64 ? bytes : null;
  } catch {
    return null;
  }
}

export function encodeBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function sha256(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data));
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** SHA-256(0x00 || canonical entry bytes). */
export function leafHash(canonical: string): Promise<Uint8Array<ArrayBuffer>> {
  return sha256(concat(new Uint8Array([0]), enc.encode(canonical)));
}

function nodeHash(left: Uint8Array, right: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return sha256(concat(new Uint8Array([1]), left, right));
}

/** RFC 9162 §2.1.3.2: the root an inclusion proof leads to, or null if it cannot. */
export async function rootFromInclusionProof(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
): Promise<Uint8Array | null> {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) {
    return null;
  }
  let fn = index;
  let sn = size - 1;
  let r: Uint8Array = leaf;
  for (const p of proof) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : null;
}

export interface VerifierKey {
  name: string;
  keyId: Uint8Array;
  publicKey: Uint8Array<ArrayBuffer>;
  /** hex SHA-256 of the 32-byte public key: what an auditor pins */
  fingerprint: string;
}

async function keyIdOf(name: string, publicKey: Uint8Array): Promise<Uint8Array> {
  const digest = await sha256(concat(enc.encode(name), new Uint8Array([0x0a, 0x01]), publicKey));
  return digest.slice(0, 4);
}

/** Parses `<name>+<hex8 key ID>+<base64(0x01 || public key)>` and checks its key ID. */
export async function parseVerifierKey(vkey: string): Promise<VerifierKey> {
  const text = vkey.trim();
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (first <= 0 || second < 0) throw new Error('A verifier key reads name+keyid+key.');
  const name = text.slice(0, first);
  const idHex = text.slice(first + 1, second);
  const raw = decodeBase64(text.slice(second + 1));
  if (!/^[0-9a-f]{8}$/.test(idHex) || raw === null || raw.length !== 33 || raw[0] !== 0x01) {
    throw new Error('The verifier key is not an Ed25519 key in note format.');
  }
  const publicKey = raw.slice(1);
  const keyId = await keyIdOf(name, publicKey);
  if (toHex(keyId) !== idHex) throw new Error('The key ID does not match the key.');
  return { name, keyId, publicKey, fingerprint: toHex(await sha256(publicKey)) };
}

export interface CheckpointBody {
  origin: string;
  size: number;
  root: Uint8Array;
}

/**
 * Opens a C2SP signed note holding a tlog checkpoint: accepted when at least
 * one signature by the trusted key verifies and none by it fails.
 */
export async function openCheckpoint(note: string, key: VerifierKey): Promise<CheckpointBody> {
  const split = note.indexOf('\n\n');
  if (split < 0) throw new Error('The checkpoint note has no signature block.');
  const text = note.slice(0, split + 1);
  const lines = text.slice(0, -1).split('\n');
  if (lines.length !== 3) throw new Error('The checkpoint text must have three lines.');
  const [origin, sizeText, rootText] = lines;
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) throw new Error('The checkpoint size is malformed.');
  const root = decodeBase64(rootText);
  if (root === null || root.length !== 32) throw new Error('The checkpoint root is malformed.');
  const signatures = note
    .slice(split + 2)
    .split('\n')
    .filter((l) => l.length > 0);
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    key.publicKey,
    { name: 'Ed25519' },
    false,
    ['verify'],
  );
  let verified = 0;
  for (const line of signatures) {
    const m = /^\u2014 (\S+) (\S+)$/.exec(line);
    if (!m) throw new Error('A signature line is malformed.');
    const sig = decodeBase64(m[2]);
    if (sig === null || sig.length !== 68) throw new Error('A signature is malformed.');
    if (m[1] !== key.name || !equal(sig.slice(0, 4), key.keyId)) continue;
    const ok = await crypto.subtle.verify(
      { name: 'Ed25519' },
      cryptoKey,
      sig.slice(4),
      enc.encode(text),
    );
    if (!ok) throw new Error('The trusted key’s signature does not verify.');
    verified++;
  }
  if (verified === 0) throw new Error('The checkpoint is not signed by the trusted key.');
  return { origin, size: Number(sizeText), root };
}

export type Verification =
  | { status: 'verified'; size: number; root: string; fingerprint: string }
  | { status: 'pending'; size: number }
  | { status: 'failed'; reason: string };

export interface EntryToVerify {
  seq: number;
  canonical: string;
  leafHash: string;
}

/**
 * The whole check for one entry: its bytes hash to its leaf, the leaf's
 * inclusion proof leads to the root of a checkpoint the trusted key signed.
 */
export async function verifyEntry(
  entry: EntryToVerify,
  checkpointNote: string,
  key: VerifierKey,
  proof: { size: number; proof: readonly string[] },
): Promise<Verification> {
  try {
    const checkpoint = await openCheckpoint(checkpointNote, key);
    if (entry.seq >= checkpoint.size) return { status: 'pending', size: checkpoint.size };
    if (proof.size !== checkpoint.size) {
      return { status: 'failed', reason: 'The proof is not for the checkpoint’s size.' };
    }
    const leaf = await leafHash(entry.canonical);
    if (encodeBase64(leaf) !== entry.leafHash) {
      return { status: 'failed', reason: 'The entry’s bytes do not hash to its leaf.' };
    }
    const path: Uint8Array[] = [];
    for (const p of proof.proof) {
      const h = decodeBase64(p);
      if (h === null || h.length !== 32)
        return { status: 'failed', reason: 'A proof hash is malformed.' };
      path.push(h);
    }
    const root = await rootFromInclusionProof(entry.seq, checkpoint.size, leaf, path);
    if (root === null || !equal(root, checkpoint.root)) {
      return { status: 'failed', reason: 'The inclusion proof does not lead to the signed root.' };
    }
    return {
      status: 'verified',
      size: checkpoint.size,
      root: encodeBase64(checkpoint.root),
      fingerprint: key.fingerprint,
    };
  } catch (err) {
    return { status: 'failed', reason: err instanceof Error ? err.message : String(err) };
  }
}
