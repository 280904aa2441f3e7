/**
 * RFC 8785 JSON Canonicalization Scheme, via the `canonicalize` library.
 * The verifier carries an independent implementation (canonicalizeJsonValue);
 * the specs check the two agree.
 */
import canonicalize from 'canonicalize';
import { isUtf8 } from 'node:buffer';
import { canonicalizeJsonValue } from './verifier';

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };

export class CanonicalJsonError extends Error {}

/** Canonical JSON text. Object members whose value is undefined are dropped, as in JSON.stringify. */
export function canonicalJson(value: unknown): string {
  let out: string | undefined;
  try {
    out = canonicalize(value);
  } catch (e) {
    throw new CanonicalJsonError(`not canonicalisable: ${(e as Error).message}`);
  }
  if (out === undefined) throw new CanonicalJsonError('value has no JSON representation');
  return out;
}

/** Canonical JSON as UTF-8 bytes. */
export function canonicalJsonBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}

/** True when the bytes are valid UTF-8 JSON already in RFC 8785 canonical form. */
export function isCanonicalJson(bytes: Uint8Array): boolean {
  if (!isUtf8(bytes)) return false;
  const text = Buffer.from(bytes).toString('utf8');
  try {
    return canonicalizeJsonValue(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}
