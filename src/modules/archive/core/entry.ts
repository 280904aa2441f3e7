/**
 * The archive entry envelope. Its RFC 8785 canonical bytes are the Merkle leaf
 * data, so the log commits to the redacted clear fields and to the ciphertext
 * of the sensitive originals — never to a plaintext or a plain hash of one
 * (invariant 6: a hash of a card number can be brute-forced).
 */
import { canonicalJson, canonicalJsonBytes, type JsonValue } from './canonical-json';
import { leafHash } from './verifier';

export const ENVELOPE_VERSION = 1;

export interface EntryActor {
  id: string;
  /** Every role the actor held, as a list. */
  roles: readonly string[];
}

export interface EntryRefs {
  [name: string]: string | undefined;
  /** entryId of an earlier entry this one replaces */
  supersedes?: string;
  /** entryId of an earlier entry whose sealed payload this one redacts */
  redacts?: string;
}

export interface SealedPayload {
  subjectKeyId: string;
  alg: 'A256GCM';
  /** base64url, 12 bytes */
  iv: string;
  /** base64url */
  ct: string;
  /** base64url, 16 bytes */
  tag: string;
}

export interface EntryEnvelope {
  v: typeof ENVELOPE_VERSION;
  /**
   * Optional: the log position (Merkle leaf index), when known at build time.
   * The leaf index already fixes the position; a writer that stages entries
   * before sequencing them leaves it out.
   */
  seq?: number;
  stream: string;
  entryId: string;
  kind: string;
  /** ISO 8601 UTC, when the archive recorded the entry */
  recordedAt: string;
  /** ISO 8601 UTC, when the archived event happened */
  occurredAt: string;
  actor: EntryActor;
  refs: EntryRefs;
  /** content hash of the policy set that produced an automated decision (invariant 8) */
  policyVersion?: string;
  ruleIds?: string[];
  /** redacted, non-sensitive fields */
  clear: { [key: string]: JsonValue };
  /** sensitive originals, encrypted under the subject's data key */
  sealed?: SealedPayload;
}

export interface EntryInput {
  seq?: number;
  stream: string;
  entryId: string;
  kind: string;
  recordedAt: string | Date;
  occurredAt: string | Date;
  actor: EntryActor;
  refs?: EntryRefs;
  policyVersion?: string;
  ruleIds?: string[];
  clear?: { [key: string]: JsonValue };
  /**
   * the original, sensitive content: never stored in clear. It must come with
   * its sealed form (`opts.sealed`, made by the subject-keys service); here it
   * only serves to check that no value of it leaks into the clear fields.
   */
  sensitive?: JsonValue;
}

export interface BuiltEntry {
  envelope: EntryEnvelope;
  /** RFC 8785 canonical UTF-8 bytes: the exact bytes stored and exported */
  canonical: Buffer;
  /** SHA-256(0x00 || canonical) */
  leafHash: Buffer;
}

export class EntryError extends Error {}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
// Shorter strings (e.g. "yes") would make the leak check below flag innocent clear text.
const LEAK_CHECK_MIN_LENGTH = 4;

function timestamp(v: string | Date, field: string): string {
  const s = v instanceof Date ? v.toISOString() : v;
  if (typeof s !== 'string' || !ISO_UTC.test(s) || Number.isNaN(Date.parse(s))) {
    throw new EntryError(`${field} must be an ISO 8601 UTC timestamp (…Z)`);
  }
  return s;
}

function required(s: unknown, field: string): string {
  if (typeof s !== 'string' || s.length === 0) throw new EntryError(`${field} is required`);
  return s;
}

function requiredRoles(roles: unknown): string[] {
  if (
    !Array.isArray(roles) ||
    roles.length === 0 ||
    !roles.every((r) => typeof r === 'string' && r.length > 0)
  ) {
    throw new EntryError('actor.roles must be a non-empty list of role names');
  }
  return [...(roles as string[])];
}

function stringLeaves(v: JsonValue, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringLeaves(x, out);
  else if (v !== null && typeof v === 'object') {
    for (const x of Object.values(v)) stringLeaves(x, out);
  }
  return out;
}

/** Builds the envelope and its canonical bytes; `opts.sealed` is the sealed `input.sensitive`. */
export function buildEntry(input: EntryInput, opts: { sealed?: SealedPayload } = {}): BuiltEntry {
  if (input.seq !== undefined && (!Number.isSafeInteger(input.seq) || input.seq < 0)) {
    throw new EntryError('seq must be a non-negative integer');
  }
  const refs: EntryRefs = {};
  for (const [k, v] of Object.entries(input.refs ?? {})) {
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.length === 0) {
      throw new EntryError(`refs.${k} must be a non-empty string`);
    }
    refs[k] = v;
  }
  const envelope: EntryEnvelope = {
    v: ENVELOPE_VERSION,
    ...(input.seq !== undefined ? { seq: input.seq } : {}),
    stream: required(input.stream, 'stream'),
    entryId: required(input.entryId, 'entryId'),
    kind: required(input.kind, 'kind'),
    recordedAt: timestamp(input.recordedAt, 'recordedAt'),
    occurredAt: timestamp(input.occurredAt, 'occurredAt'),
    actor: {
      id: required(input.actor?.id, 'actor.id'),
      roles: requiredRoles(input.actor?.roles),
    },
    refs,
    clear: input.clear ?? {},
  };
  if (refs.supersedes === envelope.entryId || refs.redacts === envelope.entryId) {
    throw new EntryError('an entry cannot supersede or redact itself');
  }
  if (input.policyVersion !== undefined) {
    envelope.policyVersion = required(input.policyVersion, 'policyVersion');
  }
  if (input.ruleIds !== undefined) {
    if (!input.ruleIds.every((r) => typeof r === 'string' && r.length > 0)) {
      throw new EntryError('ruleIds must be non-empty strings');
    }
    envelope.ruleIds = [...input.ruleIds];
  }

  if (input.sensitive !== undefined) {
    const sealed = opts.sealed;
    if (sealed === undefined) {
      throw new EntryError('sensitive content must come sealed: it is never stored in clear');
    }
    const clearText = canonicalJson(envelope.clear);
    for (const s of stringLeaves(input.sensitive, [])) {
      if (s.length >= LEAK_CHECK_MIN_LENGTH && clearText.includes(JSON.stringify(s).slice(1, -1))) {
        throw new EntryError('a sensitive value appears in the clear fields');
      }
    }
    if (sealed.alg !== 'A256GCM')
      throw new EntryError(`unsupported algorithm ${String(sealed.alg)}`);
    envelope.sealed = {
      subjectKeyId: required(sealed.subjectKeyId, 'sealed.subjectKeyId'),
      alg: 'A256GCM',
      iv: required(sealed.iv, 'sealed.iv'),
      ct: required(sealed.ct, 'sealed.ct'),
      tag: required(sealed.tag, 'sealed.tag'),
    };
  } else if (opts.sealed !== undefined) {
    throw new EntryError('a sealed payload needs the sensitive content it seals');
  }

  const canonical = canonicalJsonBytes(envelope);
  return { envelope, canonical, leafHash: leafHash(canonical) };
}

/** Parses stored canonical bytes back into an envelope (shape-checked, not authenticated). */
export function parseEntry(canonical: Uint8Array | string): EntryEnvelope {
  const text = typeof canonical === 'string' ? canonical : Buffer.from(canonical).toString('utf8');
  const v = JSON.parse(text) as unknown;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new EntryError('entry is not an object');
  }
  const e = v as Partial<EntryEnvelope>;
  if (e.v !== ENVELOPE_VERSION) throw new EntryError('unsupported envelope version');
  if (typeof e.entryId !== 'string' || typeof e.stream !== 'string') {
    throw new EntryError('entry lacks entryId or stream');
  }
  if (
    typeof e.kind !== 'string' ||
    typeof e.recordedAt !== 'string' ||
    typeof e.actor !== 'object'
  ) {
    throw new EntryError('entry lacks kind, recordedAt or actor');
  }
  return e as EntryEnvelope;
}
