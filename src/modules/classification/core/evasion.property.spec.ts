import fc from 'fast-check';
import { createClassifier } from '../index';

const classifier = createClassifier();

const luhnDigit = (body: string): string => {
  let sum = 0;
  let double = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let v = Number(body[i]);
    if (double) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
    double = !double;
  }
  return String((10 - (sum % 10)) % 10);
};

const digitString = (length: number): fc.Arbitrary<string> =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((a) => a.join(''));

/** A Luhn-valid Visa or Mastercard PAN. */
const pan = fc
  .tuple(fc.constantFrom('4', '51', '53', '55'), digitString(14))
  .map(([prefix, rest]) => {
    const body = (prefix + rest).slice(0, 15);
    return body + luhnDigit(body);
  });

/** An SSN that satisfies the SSA rules. */
const ssn = fc
  .tuple(
    fc.integer({ min: 1, max: 899 }),
    fc.integer({ min: 1, max: 99 }),
    fc.integer({ min: 1, max: 9999 }),
  )
  .filter(([area]) => area !== 666)
  .map(
    ([a, g, s]) =>
      `${String(a).padStart(3, '0')}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`,
  );

type Evasion = (value: string, picks: number[]) => string;

const DIGIT_BLOCKS = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];
const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u200e',
  '\u200f',
  '\u2066',
  '\u2069',
  '\u00ad',
];
const SPACES = ['\u00a0', '\u202f', '\u2007', '\u2009', '\u3000'];

const evasions: Record<string, Evasion> = {
  'other Unicode digits': (v, p) =>
    v.replace(/\d/g, (d) =>
      String.fromCodePoint((DIGIT_BLOCKS[p[0] % DIGIT_BLOCKS.length] ?? 0x30) + Number(d)),
    ),
  'mixed digit scripts': (v, p) =>
    [...v]
      .map((ch, i) =>
        /\d/.test(ch)
          ? String.fromCodePoint(
              (DIGIT_BLOCKS[(p[i % p.length] ?? 0) % DIGIT_BLOCKS.length] ?? 0x30) + Number(ch),
            )
          : ch,
      )
      .join(''),
  'zero-width and bidi characters': (v, p) =>
    [...v]
      .map((ch, i) =>
        i < v.length - 1 && (p[i % p.length] ?? 0) % 2 === 0
          ? ch + (INVISIBLE[(p[i % p.length] ?? 0) % INVISIBLE.length] ?? '')
          : ch,
      )
      .join(''),
  'non-breaking and other spaces': (v, p) =>
    v.replace(/[ -]/g, () => SPACES[(p[0] ?? 0) % SPACES.length] ?? ' '),
  'separators between groups': (v, p) =>
    v.replace(/[ -]/g, () => [' ', '-', '.', ' - ', '  '][(p[1] ?? 0) % 5] ?? ' '),
};

const contexts = fc.constantFrom(
  'my card is ',
  'card: ',
  'charged on ',
  'please block ',
  '@HarborlineFCU ',
);
const picks = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 8 });

describe('evasion variants of a detected value are still detected (property)', () => {
  for (const [name, evade] of Object.entries(evasions)) {
    it(`card numbers with ${name}`, () => {
      fc.assert(
        fc.property(pan, picks, contexts, fc.constantFrom(' ', '-', ''), (value, p, lead, sep) => {
          const grouped = sep === '' ? value : value.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
          const shown = evade(grouped, p);
          const text = `${lead}${shown} thanks`;
          const cards = classifier.classify(text).entities.filter((e) => e.type === 'CARD_NUMBER');
          expect(cards).toHaveLength(1);
          expect(text.slice(cards[0].start, cards[0].end)).toBe(shown);
        }),
        { numRuns: 150 },
      );
    });

    it(`SSNs with ${name}`, () => {
      fc.assert(
        fc.property(ssn, picks, (value, p) => {
          const shown = evade(value, p);
          const text = `my SSN is ${shown}, please update`;
          const found = classifier.classify(text).entities.filter((e) => e.type === 'SSN');
          expect(found).toHaveLength(1);
          expect(text.slice(found[0].start, found[0].end)).toBe(shown);
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe('offsets (property)', () => {
  const noise = fc.string({
    unit: fc.constantFrom(...'ab 1-.@#/:\u200b\u00a0４٣é🙏\n'.split(''), 'ab', ' ', '1'),
    maxLength: 60,
  });

  it('every finding spans text that is in the original string, and no preview repeats a long value', () => {
    fc.assert(
      fc.property(noise, pan, noise, ssn, noise, (a, card, b, s, c) => {
        const text = `${a} card ${card} ${b} ssn ${s} ${c}`;
        const { entities } = classifier.classify(text);
        for (const e of entities) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(e.start).toBeLessThan(e.end);
          const value = text.slice(e.start, e.end);
          expect(value.trim()).toBe(value);
          const digits = value.replace(/\D/g, '');
          if (digits.length > 4) expect(e.preview).not.toContain(digits);
        }
        const values = entities.map((e) => text.slice(e.start, e.end));
        expect(values).toContain(card);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same entities whatever surrounds them on either side', () => {
    fc.assert(
      fc.property(
        pan,
        fc.constantFrom('', 'Hi! ', '🙏🙏 ', 'Ｈｉ ', '\u200b'),
        fc.constantFrom('', ' 🙏', '!!', ' ok'),
        (card, before, after) => {
          const text = `${before}card ${card}${after}`;
          const [entity] = classifier.classify(text).entities;
          expect(entity?.type).toBe('CARD_NUMBER');
          expect(text.slice(entity.start, entity.end)).toBe(card);
        },
      ),
      { numRuns: 150 },
    );
  });
});
