/**
 * Signed checkpoints: C2SP signed notes (c2sp.org/signed-note) whose text is a
 * C2SP tlog checkpoint (c2sp.org/tlog-checkpoint), signed with Ed25519.
 *
 * Key fingerprint (what an auditor pins): hex SHA-256 of the raw 32-byte public
 * key. The note key ID (4 bytes) only routes signatures to keys; it is far too
 * short to pin a key with.
 *
 * Parsing and signature verification come from verifier.ts, the trust root.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign as cryptoSign,
  type KeyObject,
} from 'node:crypto';
import {
  ED25519_SIGNATURE_TYPE,
  HASH_SIZE,
  NoteFormatError,
  checkNoteSignatures,
  decodeBase64Strict,
  ed25519PublicKeyFromRaw,
  formatVerifierKey,
  isValidKeyName,
  keyFingerprint,
  keyIdHex,
  noteKeyId,
  parseCheckpointText,
  parseSignedNote,
  parseVerifierKey,
  splitKeyString,
  type CheckpointBody,
  type NoteVerifierKey,
  type SignedNote,
} from './verifier';

export {
  NoteFormatError,
  formatVerifierKey,
  keyFingerprint,
  keyIdHex,
  noteKeyId,
  parseCheckpointText,
  parseSignedNote,
  parseVerifierKey,
  splitCheckpointNotes,
  type CheckpointBody,
  type NoteVerifierKey,
  type SignedNote,
} from './verifier';

export class CheckpointError extends Error {}

export interface CheckpointSigner {
  /** note key name; by convention the log origin */
  name: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  rawPublicKey: Buffer;
  keyId: number;
  /** `<name>+<hex8 key ID>+<base64(0x01 || public key)>` */
  vkey: string;
  /** hex SHA-256 of the raw public key */
  fingerprint: string;
}

export interface Checkpoint {
  origin: string;
  size: number;
  root: Buffer;
}

// DER prefix of a PKCS#8 Ed25519 private key; the 32-byte seed follows.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function rawPublicKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    throw new CheckpointError('not an Ed25519 key');
  }
  return Buffer.from(jwk.x, 'base64url');
}

export function createSigner(name: string, privateKey: KeyObject): CheckpointSigner {
  if (!isValidKeyName(name)) {
    throw new CheckpointError('key names must be non-empty, without spaces or "+"');
  }
  if (privateKey.asymmetricKeyType !== 'ed25519' || privateKey.type !== 'private') {
    throw new CheckpointError('checkpoint keys are Ed25519 private keys');
  }
  const publicKey = createPublicKey(privateKey);
  const raw = rawPublicKey(publicKey);
  return {
    name,
    privateKey,
    publicKey,
    rawPublicKey: raw,
    keyId: noteKeyId(name, raw),
    vkey: formatVerifierKey(name, raw),
    fingerprint: keyFingerprint(raw),
  };
}

export function generateSigner(name: string): CheckpointSigner {
  return createSigner(name, generateKeyPairSync('ed25519').privateKey);
}

export function exportPrivateKeyPem(privateKey: KeyObject): string {
  return privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

export function importPrivateKeyPem(pem: string): KeyObject {
  return createPrivateKey({ key: pem, format: 'pem' });
}

export function exportPublicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ format: 'pem', type: 'spki' }).toString();
}

export function importPublicKeyPem(pem: string): KeyObject {
  return createPublicKey({ key: pem, format: 'pem' });
}

/** The 32-byte Ed25519 seed, base64. */
export function exportPrivateKeyRaw(privateKey: KeyObject): string {
  const jwk = privateKey.export({ format: 'jwk' });
  if (typeof jwk.d !== 'string') throw new CheckpointError('not an Ed25519 private key');
  return Buffer.from(jwk.d, 'base64url').toString('base64');
}

export function importPrivateKeyRaw(seedBase64: string): KeyObject {
  const seed = decodeBase64Strict(seedBase64);
  if (seed === null || seed.length !== 32) {
    throw new CheckpointError('an Ed25519 seed is 32 bytes, base64');
  }
  return createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
}

export function importPublicKeyRaw(rawBase64: string): KeyObject {
  const raw = decodeBase64Strict(rawBase64);
  if (raw === null || raw.length !== 32) {
    throw new CheckpointError('an Ed25519 public key is 32 bytes, base64');
  }
  return ed25519PublicKeyFromRaw(raw);
}

/** golang.org/x/mod/sumdb/note signer key: `PRIVATE+KEY+<name>+<hex8>+<base64(0x01 || seed)>`. */
export function formatSignerKey(signer: CheckpointSigner): string {
  const seed = Buffer.from(exportPrivateKeyRaw(signer.privateKey), 'base64');
  const encoded = Buffer.concat([Buffer.from([ED25519_SIGNATURE_TYPE]), seed]);
  return `PRIVATE+KEY+${signer.name}+${keyIdHex(signer.keyId)}+${encoded.toString('base64')}`;
}

export function parseSignerKey(skey: string): CheckpointSigner {
  const parts = splitKeyString(skey, 5);
  if (parts === null || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY') {
    throw new CheckpointError('malformed signer key');
  }
  const [, , name, idHex, b64] = parts;
  const raw = decodeBase64Strict(b64);
  if (raw === null || raw.length !== 33 || raw[0] !== ED25519_SIGNATURE_TYPE) {
    throw new CheckpointError('malformed signer key');
  }
  const signer = createSigner(name, importPrivateKeyRaw(raw.subarray(1).toString('base64')));
  if (keyIdHex(signer.keyId) !== idHex) {
    throw new CheckpointError('signer key ID does not match key');
  }
  return signer;
}

export function verifierKeyOf(signer: CheckpointSigner): NoteVerifierKey {
  return parseVerifierKey(signer.vkey);
}

function assertNoteText(text: string): void {
  if (!text.endsWith('\n') || text.includes('\n\n') || text.startsWith('\n')) {
    throw new CheckpointError('note text must be non-empty lines, each ending in a newline');
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x0a) throw new CheckpointError('note text contains a control character');
  }
}

/** Signs a note text (which must end in a newline) with one or more keys. */
export function signNote(text: string, signers: readonly CheckpointSigner[]): string {
  assertNoteText(text);
  if (signers.length === 0) throw new CheckpointError('at least one signer is required');
  const message = Buffer.from(text, 'utf8');
  const lines = signers.map((s) => {
    const id = Buffer.alloc(4);
    id.writeUInt32BE(s.keyId, 0);
    const sig = cryptoSign(null, message, s.privateKey);
    return `\u2014 ${s.name} ${Buffer.concat([id, sig]).toString('base64')}\n`;
  });
  return `${text}\n${lines.join('')}`;
}

export function formatCheckpointText(cp: Checkpoint): string {
  if (cp.origin.length === 0 || /[\n\r]/.test(cp.origin)) {
    throw new CheckpointError('invalid origin');
  }
  if (!Number.isSafeInteger(cp.size) || cp.size < 0) throw new CheckpointError('invalid size');
  if (cp.root.length !== HASH_SIZE) throw new CheckpointError('root must be 32 bytes');
  return `${cp.origin}\n${cp.size}\n${Buffer.from(cp.root).toString('base64')}\n`;
}

export function signCheckpoint(
  cp: Checkpoint,
  signers: CheckpointSigner | readonly CheckpointSigner[],
): string {
  return signNote(
    formatCheckpointText(cp),
    Array.isArray(signers) ? signers : [signers as CheckpointSigner],
  );
}

export interface VerifiedCheckpoint extends CheckpointBody {
  note: SignedNote;
  verifiedBy: NoteVerifierKey[];
}

/**
 * Parses and verifies a signed checkpoint. Throws unless at least one known
 * key signed it and no known key's signature fails (c2sp.org/signed-note).
 */
export function openCheckpoint(
  note: string,
  keys: readonly (NoteVerifierKey | string)[],
  expectedOrigin?: string,
): VerifiedCheckpoint {
  const known = keys.map((k) => (typeof k === 'string' ? parseVerifierKey(k) : k));
  let parsed: SignedNote;
  let body: CheckpointBody;
  try {
    parsed = parseSignedNote(note);
    body = parseCheckpointText(parsed.text);
  } catch (e) {
    if (e instanceof NoteFormatError) {
      throw new CheckpointError(`malformed checkpoint: ${e.message}`);
    }
    throw e;
  }
  const { verifiedBy, failedBy } = checkNoteSignatures(parsed, known);
  if (failedBy.length > 0) {
    throw new CheckpointError(`invalid signature by key ${failedBy[0].name}`);
  }
  if (verifiedBy.length === 0) throw new CheckpointError('checkpoint is not signed by a known key');
  if (expectedOrigin !== undefined && body.origin !== expectedOrigin) {
    throw new CheckpointError(`checkpoint origin ${body.origin} is not ${expectedOrigin}`);
  }
  return { ...body, note: parsed, verifiedBy };
}
