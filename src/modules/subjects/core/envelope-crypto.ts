/**
 * Envelope encryption for sensitive originals.
 *
 * A subject (e.g. a customer) has a 32-byte data key; originals are sealed
 * with AES-256-GCM under it, the AAD binding the ciphertext to the subject key
 * id and to the record that holds it (an archive entry, a stored message), so
 * a ciphertext cannot be moved to another record or subject. Data keys are stored wrapped by a master key (AES-256-GCM,
 * AAD binding the subject key id). Destroying a subject's wrapped data key
 * makes its sealed payloads unreadable without touching the log
 * (crypto-shredding).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const DATA_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const WRAP_VERSION = 0x01;
/** version byte || IV || wrapped key || tag */
export const WRAPPED_KEY_BYTES = 1 + IV_BYTES + DATA_KEY_BYTES + TAG_BYTES;

export class EnvelopeCryptoError extends Error {}

/** What a sealed payload is bound to: the record that holds it. */
export interface SealTarget {
  /** What holds it, e.g. `archive.entry` or `message`. */
  kind: string;
  /** Its id (an archive entry id, a message id). */
  id: string;
}

export interface SealBinding extends SealTarget {
  subjectKeyId: string;
}

/** The archive's entries keep the binding the archive format documents (v1). */
export const ARCHIVE_ENTRY_SEAL_KIND = 'archive.entry';

export interface SealedBox {
  iv: Buffer;
  ct: Buffer;
  tag: Buffer;
}

function assertKey(key: Uint8Array, what: string): void {
  if (key.length !== DATA_KEY_BYTES) throw new EnvelopeCryptoError(`${what} must be 32 bytes`);
}

function nonEmpty(s: string, what: string): void {
  if (typeof s !== 'string' || s.length === 0) throw new EnvelopeCryptoError(`${what} is required`);
}

/** AAD = length-prefixed fields, so no two bindings share an encoding. */
function aad(domain: string, ...fields: string[]): Buffer {
  const parts = [domain, ...fields].map((f) => {
    const b = Buffer.from(f, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length, 0);
    return Buffer.concat([len, b]);
  });
  return Buffer.concat(parts);
}

/**
 * `lp("countersign/seal/v1") || lp(subjectKeyId) || lp(entryId)` for an
 * archive entry (docs/archive-format.md §7);
 * `lp("countersign/seal/v2") || lp(subjectKeyId) || lp(kind) || lp(id)` for
 * any other holder, so a payload cannot move between kinds of record either.
 */
export function sealAad(binding: SealBinding): Buffer {
  return binding.kind === ARCHIVE_ENTRY_SEAL_KIND
    ? aad('countersign/seal/v1', binding.subjectKeyId, binding.id)
    : aad('countersign/seal/v2', binding.subjectKeyId, binding.kind, binding.id);
}

export function generateDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

export function generateMasterKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

function gcmEncrypt(key: Uint8Array, plaintext: Uint8Array, additional: Buffer): SealedBox {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additional);
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ct, tag: cipher.getAuthTag() };
}

function gcmDecrypt(key: Uint8Array, box: SealedBox, additional: Buffer): Buffer {
  if (box.iv.length !== IV_BYTES || box.tag.length !== TAG_BYTES) {
    throw new EnvelopeCryptoError('malformed sealed box');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, box.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(additional);
    decipher.setAuthTag(box.tag);
    return Buffer.concat([decipher.update(box.ct), decipher.final()]);
  } catch {
    // One message for every cause: the caller must not learn which part was wrong.
    throw new EnvelopeCryptoError('decryption failed: wrong key, or tampered data or binding');
  }
}

/** Wraps a subject's data key under the master key; bound to the subject key id. */
export function wrapKey(dataKey: Uint8Array, masterKey: Uint8Array, subjectKeyId: string): Buffer {
  assertKey(dataKey, 'data key');
  assertKey(masterKey, 'master key');
  nonEmpty(subjectKeyId, 'subjectKeyId');
  const box = gcmEncrypt(masterKey, dataKey, aad('countersign/wrap/v1', subjectKeyId));
  return Buffer.concat([Buffer.from([WRAP_VERSION]), box.iv, box.ct, box.tag]);
}

export function unwrapKey(
  wrapped: Uint8Array,
  masterKey: Uint8Array,
  subjectKeyId: string,
): Buffer {
  assertKey(masterKey, 'master key');
  nonEmpty(subjectKeyId, 'subjectKeyId');
  const w = Buffer.from(wrapped);
  if (w.length !== WRAPPED_KEY_BYTES || w[0] !== WRAP_VERSION) {
    throw new EnvelopeCryptoError('malformed wrapped key');
  }
  const box: SealedBox = {
    iv: w.subarray(1, 1 + IV_BYTES),
    ct: w.subarray(1 + IV_BYTES, 1 + IV_BYTES + DATA_KEY_BYTES),
    tag: w.subarray(1 + IV_BYTES + DATA_KEY_BYTES),
  };
  return gcmDecrypt(masterKey, box, aad('countersign/wrap/v1', subjectKeyId));
}

export function seal(
  plaintext: Uint8Array | string,
  dataKey: Uint8Array,
  binding: SealBinding,
): SealedBox {
  assertKey(dataKey, 'data key');
  nonEmpty(binding.subjectKeyId, 'subjectKeyId');
  nonEmpty(binding.kind, 'kind');
  nonEmpty(binding.id, 'id');
  const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
  return gcmEncrypt(dataKey, data, sealAad(binding));
}

export function open(box: SealedBox, dataKey: Uint8Array, binding: SealBinding): Buffer {
  assertKey(dataKey, 'data key');
  return gcmDecrypt(dataKey, box, sealAad(binding));
}
