import fc from 'fast-check';
import {
  CanonicalJsonError,
  canonicalJson,
  canonicalJsonBytes,
  isCanonicalJson,
} from './canonical-json';
import { canonicalizeJsonValue } from './verifier';

// RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
const APPENDIX_B: [string, string][] = [
  ['0000000000000000', '0'],
  ['8000000000000000', '0'],
  ['0000000000000001', '5e-324'],
  ['8000000000000001', '-5e-324'],
  ['7fefffffffffffff', '1.7976931348623157e+308'],
  ['ffefffffffffffff', '-1.7976931348623157e+308'],
  ['4340000000000000', '9007199254740992'],
  ['c340000000000000', '-9007199254740992'],
  ['4430000000000000', '295147905179352830000'],
  ['44b52d02c7e14af5', '9.999999999999997e+22'],
  ['44b52d02c7e14af6', '1e+23'],
  ['44b52d02c7e14af7', '1.0000000000000001e+23'],
  ['444b1ae4d6e2ef4e', '999999999999999700000'],
  ['444b1ae4d6e2ef4f', '999999999999999900000'],
  ['444b1ae4d6e2ef50', '1e+21'],
  ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
  ['3eb0c6f7a0b5ed8d', '0.000001'],
  ['41b3de4355555553', '333333333.3333332'],
  ['41b3de4355555554', '333333333.33333325'],
  ['41b3de4355555555', '333333333.3333333'],
  ['41b3de4355555556', '333333333.3333334'],
  ['41b3de4355555557', '333333333.33333343'],
  ['becbf647612f3696', '-0.0000033333333333333333'],
  ['43143ff3c1cb0959', '1424953923781206.2'],
];
const APPENDIX_B_INVALID = ['7fffffffffffffff', '7ff0000000000000'];

const fromBits = (h: string): number => Buffer.from(h, 'hex').readDoubleBE(0);

// The RFC's own examples, as published with the reference implementation
// (github.com/cyberphone/json-canonicalization testdata, shipped in the canonicalize package).
const VECTORS: { name: string; input: string; output: string }[] = [
  {
    name: 'arrays',
    input: '[\n  56,\n  {\n    "d": true,\n    "10": null,\n    "1": [ ]\n  }\n]',
    output: '[56,{"1":[],"10":null,"d":true}]',
  },
  {
    name: 'french (no locale-dependent sorting)',
    input:
      '{\n  "peach": "This sorting order",\n  "péché": "is wrong according to French",\n  "pêche": "but canonicalization MUST",\n  "sin":   "ignore locale"\n}',
    output:
      '{"peach":"This sorting order","péché":"is wrong according to French","pêche":"but canonicalization MUST","sin":"ignore locale"}',
  },
  {
    name: 'structures',
    input:
      '{\n  "1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0},\n  "10": { },\n  "": "empty",\n  "a": { },\n  "111": [ {"e": "yes","E": "no" } ],\n  "A": {"b": "123"}\n}',
    output:
      '{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{"E":"no","e":"yes"}],"A":{"b":"123"},"a":{}}',
  },
  {
    name: 'values (RFC 8785 §3.2.2 example)',
    input:
      '{\n  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n  "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n  "literals": [null, true, false]\n}',
    output:
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
  },
  {
    name: 'weird (UTF-16 code unit ordering)',
    input:
      '{\n  "€": "Euro Sign",\n  "1": "One",\n  "\\u0080": "Control",\n  "\\ud83d\\ude02": "Smiley",\n  "ö": "Latin Small Letter O With Diaeresis",\n  "\ufb33": "Hebrew Letter Dalet With Dagesh",\n  "</script>": "Browser Challenge"\n}',
    output:
      '{"1":"One","</script>":"Browser Challenge","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😂":"Smiley","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
  },
];

describe('canonical JSON (RFC 8785)', () => {
  it.each(APPENDIX_B)('serialises the Appendix B number %s as %s', (bits, text) => {
    expect(canonicalJson(fromBits(bits))).toBe(text);
    expect(canonicalizeJsonValue(fromBits(bits))).toBe(text);
  });

  it.each(APPENDIX_B_INVALID)('refuses the Appendix B non-number %s', (bits) => {
    expect(() => canonicalJson(fromBits(bits))).toThrow(CanonicalJsonError);
    expect(() => canonicalizeJsonValue(fromBits(bits))).toThrow(TypeError);
  });

  it.each(VECTORS)('canonicalises the $name vector', ({ input, output }) => {
    const value: unknown = JSON.parse(input);
    expect(canonicalJson(value)).toBe(output);
    expect(canonicalizeJsonValue(value)).toBe(output);
    expect(isCanonicalJson(Buffer.from(output, 'utf8'))).toBe(true);
    expect(isCanonicalJson(Buffer.from(input, 'utf8'))).toBe(false);
  });

  it('sorts members by UTF-16 code units (RFC 8785 §3.2.3)', () => {
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const names = ['Carriage', 'One', 'Control', 'Latin', 'Euro', 'Emoji', 'Hebrew'];
    const text = canonicalJson(value);
    const positions = names.map((n) => text.indexOf(n));
    // the emoji (surrogates D83D DE00) sorts before U+FB33 by code unit, after it by code point
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text.startsWith('{"\\r":"Carriage Return","1":"One"')).toBe(true);
  });

  it('returns UTF-8 bytes', () => {
    expect(canonicalJsonBytes({ b: '€', a: 1 })).toEqual(
      Buffer.from('{"a":1,"b":"\u20ac"}', 'utf8'),
    );
  });

  it('refuses values with no JSON form', () => {
    expect(() => canonicalJson(undefined)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ a: Infinity })).toThrow(CanonicalJsonError);
    expect(() => canonicalizeJsonValue({ a: undefined })).toThrow(TypeError);
    expect(() => canonicalizeJsonValue(10n)).toThrow(TypeError);
  });

  it('rejects non-canonical or invalid bytes', () => {
    expect(isCanonicalJson(Buffer.from('{"a":1,"b":2}'))).toBe(true);
    expect(isCanonicalJson(Buffer.from('{"b":2,"a":1}'))).toBe(false);
    expect(isCanonicalJson(Buffer.from('{"a": 1}'))).toBe(false);
    expect(isCanonicalJson(Buffer.from('{"a":1.0}'))).toBe(false);
    expect(isCanonicalJson(Buffer.from('{"a":"\\u0041"}'))).toBe(false);
    expect(isCanonicalJson(Buffer.from('{"a":1,"a":1}'))).toBe(false);
    expect(isCanonicalJson(Buffer.from('{"a":9007199254740993}'))).toBe(false);
    // A truncated 4-byte sequence decodes to one U+FFFD of the same length; the bytes still differ.
    expect(isCanonicalJson(Buffer.from([0x22, 0xf0, 0x90, 0x80, 0x22]))).toBe(false);
    expect(isCanonicalJson(Buffer.from('"\ufffd"'))).toBe(true);
  });

  it('agrees with the verifier’s own canonicaliser and is a fixed point', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const c = canonicalJson(v);
        expect(canonicalizeJsonValue(v)).toBe(c);
        expect(canonicalJson(JSON.parse(c))).toBe(c);
        expect(isCanonicalJson(Buffer.from(c, 'utf8'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
