import { createHmac, timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of two strings of any length. */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  // Compare equal-length buffers always, so the time does not reveal the length either.
  const same = timingSafeEqual(
    createHmac('sha256', 'len').update(ab).digest(),
    createHmac('sha256', 'len').update(bb).digest(),
  );
  return same && ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** `sha256=` + hex HMAC-SHA256 of the raw body (Meta's X-Hub-Signature-256). */
export function metaSignature(secret: string, rawBody: Buffer): string {
  return 'sha256=' + createHmac('sha256', secret).update(rawBody).digest('hex');
}

/** `sha256=` + base64 HMAC-SHA256 (X's x-twitter-webhooks-signature and CRC response token). */
export function xSignature(secret: string, data: Buffer | string): string {
  return 'sha256=' + createHmac('sha256', secret).update(data).digest('base64');
}

const META_HEADER = /^sha256=([0-9a-fA-F]{64})$/;

/**
 * Meta's `X-Hub-Signature-256`: `sha256=` and 64 hex digits (either case: the
 * same digest), compared as bytes in constant time. An empty secret verifies
 * nothing, since anyone can compute its HMAC.
 */
export function verifyMetaSignature(
  secret: string,
  rawBody: Buffer,
  header: string | undefined,
): boolean {
  if (secret === '' || typeof header !== 'string') return false;
  const m = META_HEADER.exec(header);
  if (!m) return false;
  const given = Buffer.from(m[1], 'hex');
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** X's `x-twitter-webhooks-signature`: `sha256=` and the base64 HMAC, exactly. */
export function verifyXSignature(
  secret: string,
  rawBody: Buffer,
  header: string | undefined,
): boolean {
  if (secret === '' || typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  return verifyDigest(xSignature(secret, rawBody), header);
}

/** crypto.timingSafeEqual on equal-length buffers; a different length is a mismatch. */
function verifyDigest(expected: string, given: string): boolean {
  const e = Buffer.from(expected, 'utf8');
  const g = Buffer.from(given, 'utf8');
  if (e.length !== g.length) return false;
  return timingSafeEqual(e, g);
}
