/**
 * A JSON value sealed under a data subject's key: the one shape every copy of
 * a sensitive original takes (the archive's `sealed` field, a stored message's
 * original). Pure functions; the keys themselves are the service's business.
 */
import { EnvelopeCryptoError, open, seal, type SealTarget } from './envelope-crypto';

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface SealedPayload {
  /** The subject key it is sealed under; erasing the subject destroys that key. */
  subjectKeyId: string;
  alg: 'A256GCM';
  /** base64url, 12 bytes */
  iv: string;
  /** base64url */
  ct: string;
  /** base64url, 16 bytes */
  tag: string;
}

export interface DataKey {
  subjectKeyId: string;
  dataKey: Uint8Array;
}

export function sealJson(plaintext: JsonValue, key: DataKey, target: SealTarget): SealedPayload {
  const text = JSON.stringify(plaintext);
  if (typeof text !== 'string') throw new EnvelopeCryptoError('plaintext is not a JSON value');
  const box = seal(text, key.dataKey, { subjectKeyId: key.subjectKeyId, ...target });
  return {
    subjectKeyId: key.subjectKeyId,
    alg: 'A256GCM',
    iv: box.iv.toString('base64url'),
    ct: box.ct.toString('base64url'),
    tag: box.tag.toString('base64url'),
  };
}

/** Opens a payload with its subject's data key; throws when the key, data or binding is wrong. */
export function openJson(
  sealed: SealedPayload,
  dataKey: Uint8Array,
  target: SealTarget,
): JsonValue {
  if (sealed.alg !== 'A256GCM') {
    throw new EnvelopeCryptoError(`unsupported algorithm ${String(sealed.alg)}`);
  }
  const plain = open(
    {
      iv: Buffer.from(sealed.iv, 'base64url'),
      ct: Buffer.from(sealed.ct, 'base64url'),
      tag: Buffer.from(sealed.tag, 'base64url'),
    },
    dataKey,
    { subjectKeyId: sealed.subjectKeyId, ...target },
  );
  return JSON.parse(plain.toString('utf8')) as JsonValue;
}
