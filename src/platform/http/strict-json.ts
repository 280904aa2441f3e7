import { PlatformError, PlatformErrorCode } from '../errors/platform.errors';

/** Deeper bodies are refused before parsing: nothing the API takes nests beyond a few levels. */
export const MAX_JSON_DEPTH = 64;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const HEX4 = /^[0-9A-Fa-f]{4}$/;

function hex4(text: string, at: number): number {
  const digits = text.slice(at, at + 4);
  return HEX4.test(digits) ? Number.parseInt(digits, 16) : -1;
}

const malformed = (message: string) => new PlatformError(PlatformErrorCode.MALFORMED_JSON, message);

/**
 * Checks the JSON text in one linear pass, before it is parsed, for what
 * JSON.parse accepts but the service must not:
 * - nesting deeper than `maxDepth` (validating a 10,000-deep body overflows the stack);
 * - a lone surrogate, escaped (`\uD800`) in a string or a key: I-JSON (RFC 7493)
 *   forbids it, and it would be stored one way in a table and another in the
 *   archive's canonical JSON;
 * - a NUL character (`\u0000`), which PostgreSQL text cannot hold.
 * Raw lone surrogates cannot occur: the body is decoded as strict UTF-8 first.
 * Syntax errors are left to the parser.
 */
export function checkJsonText(text: string, maxDepth = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === QUOTE) {
        inString = false;
      } else if (c === BACKSLASH) {
        if (text.charCodeAt(i + 1) !== 0x75 /* u */) {
          i++;
          continue;
        }
        const unit = hex4(text, i + 2);
        if (unit < 0) return; // not valid JSON: the parser says so
        i += 5;
        if (unit === 0) {
          throw new PlatformError(
            PlatformErrorCode.VALIDATION_FAILED,
            'Strings must not contain NUL characters.',
          );
        }
        if (unit >= 0xdc00 && unit <= 0xdfff) {
          throw malformed('The JSON body holds a lone surrogate (not I-JSON).');
        }
        if (unit >= 0xd800 && unit <= 0xdbff) {
          const next =
            text.charCodeAt(i + 1) === BACKSLASH && text.charCodeAt(i + 2) === 0x75
              ? hex4(text, i + 3)
              : -1;
          if (next < 0xdc00 || next > 0xdfff) {
            throw malformed('The JSON body holds a lone surrogate (not I-JSON).');
          }
          i += 6;
        }
      }
      continue;
    }
    if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > maxDepth) {
        throw malformed(`The JSON body is nested deeper than ${maxDepth} levels.`);
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes a body as strict UTF-8 (RFC 8259 §8.1), refusing invalid byte sequences. */
export function decodeJsonBody(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw malformed('The request body is not valid UTF-8.');
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string holds a NUL character or a lone surrogate (for path and query values). */
export function unsafeString(value: string): 'nul' | 'surrogate' | undefined {
  if (value.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  return undefined;
}
