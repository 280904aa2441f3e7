import { PlatformError } from '../errors/platform.errors';
import { checkJsonText, decodeJsonBody, unsafeString } from './strict-json';

const codeOf = (text: string, depth?: number): string | undefined => {
  try {
    checkJsonText(text, depth);
    return undefined;
  } catch (err) {
    return (err as PlatformError).code;
  }
};

describe('strict JSON checks', () => {
  it('counts nesting outside strings only', () => {
    expect(codeOf('[[[]]]', 3)).toBeUndefined();
    expect(codeOf('[[[[]]]]', 3)).toBe('MALFORMED_JSON');
    expect(codeOf('{"a":"[[[[[[[[[[", "b":"\\"[[[["}', 3)).toBeUndefined();
    expect(codeOf('{"a":{"b":{"c":{}}}}', 3)).toBe('MALFORMED_JSON');
  });

  it('refuses lone surrogates and keeps pairs', () => {
    expect(codeOf('"\\ud83d\\ude00"')).toBeUndefined();
    expect(codeOf('"\\uD83D\\uDE00"')).toBeUndefined();
    expect(codeOf('"\\ud83d"')).toBe('MALFORMED_JSON');
    expect(codeOf('"\\ud83d\\u0041"')).toBe('MALFORMED_JSON');
    expect(codeOf('"\\ude00"')).toBe('MALFORMED_JSON');
    expect(codeOf('{"\\ud800":1}')).toBe('MALFORMED_JSON');
  });

  it('refuses NUL, and not an escaped backslash before u0000', () => {
    expect(codeOf('"a\\u0000b"')).toBe('VALIDATION_FAILED');
    expect(codeOf('"a\\\\u0000b"')).toBeUndefined();
  });

  // No clock here: a check that rescanned the body per escape or per element would not
  // finish within the test's time on these 2.4 MB and 1.2 MB bodies.
  it('decides on large hostile bodies', () => {
    expect(codeOf('"' + '\\ud83d\\ude00'.repeat(200_000) + '"')).toBeUndefined();
    expect(codeOf('[' + '"x",'.repeat(300_000) + '1]')).toBeUndefined();
    expect(codeOf('"' + '\\ud83d\\ude00'.repeat(200_000) + '\\ud800"')).toBe('MALFORMED_JSON');
  });

  it('decodes strict UTF-8 only', () => {
    expect(decodeJsonBody(Buffer.from('"é"'))).toBe('"é"');
    expect(() => decodeJsonBody(Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]))).toThrow(
      PlatformError,
    );
  });

  it('flags NUL and lone surrogates in path and query values', () => {
    expect(unsafeString('a\u0000')).toBe('nul');
    expect(unsafeString('a\ud800')).toBe('surrogate');
    expect(unsafeString('a\ud83d\ude00')).toBeUndefined();
  });
});
