import { createClassifier } from '../index';
import { wholeAnswer } from './bare-answer.detector';

/**
 * Linear-time matching (DESIGN.md, "Sensitive-data detection"): 256 KiB posts made
 * of digits, separators and near-misses classify correctly. Timings are in
 * `npm run bench:classify`, not asserted here.
 */
const classifier = createClassifier();
const SIZE = 256 * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

describe('hostile 256 KiB posts', () => {
  it.each([
    ['repeated digits', fill('4')],
    ['digits and spaces', fill('4 ')],
    ['digits and dashes', fill('4-')],
    ['digits and dots', fill('1.')],
    ['digits and slashes', fill('1/')],
    ['digits and mixed separators', fill('1 -')],
    ['non-breaking spaces', fill('4\u00a0')],
    ['full-width digits', fill('４')],
    ['zero-width joined digits', fill('4\u200b')],
    ['near-miss cards (15 digits)', fill('4111 1111 1111 111 ')],
    ['near-miss IBAN prefixes', fill('GB82 ')],
    ['at signs', fill('a@')],
    ['plus signs', fill('+4')],
    ['credential keywords without values', fill('password ')],
    ['dob keywords without dates', fill('dob dob ')],
    ['account keywords and short numbers', fill('account 1 ')],
    ['digit words between digits', fill('one 1 ')],
    ['digits split by NUL', fill('4\u0000')],
    ['digits split by line breaks', fill('4\n')],
    ['digits split by U+FFFD', fill('4\ufffd')],
    ['spaced-out at signs', fill('a @ b . ')],
    ['misspelt cue before digits', fill('acount 12 ')],
    ['long words one letter off a cue before digits', fill('accountq 12 ')],
    ['doubled letters before digits', fill('axxxxxxx 12 ')],
    ['question subjects without an answer keyword', fill('first car was a ')],
    ['credential keyword pairs', fill('login pass ')],
    ['addresses without suffix or ZIP', fill('12 Main ')],
    ['a letter O typed for a zero', fill('7o4 ')],
    ['a PIN said in words, link words between', fill('pin is seven two is ')],
    ['Chinese cue words inside one unbroken run', fill('密码账号号')],
  ])('%s: no findings, no backtracking blow-up', (_name, text) => {
    const result = classifier.classify(text);
    expect(result.entities).toEqual([]);
    expect(result.decision.policyVersion).toBe(classifier.policyVersion);
  });

  it('reads 256 KiB of Chinese password keywords and secrets, each ending at its full-width comma', () => {
    const text = fill('密码 Lili@8899，');
    const found = classifier.classify(text, { channel: 'dm' }).entities;
    expect(found.length).toBeGreaterThan(10_000);
    expect(new Set(found.map((e) => `${e.type} ${text.slice(e.start, e.end)}`))).toEqual(
      new Set(['CREDENTIAL Lili@8899']),
    );
  });

  it('checks the words around a bare answer in time linear in their number', () => {
    // Filler words are ambiguous ("its" is "it's" or "its"): a backtracking check would take
    // exponential time in their number, and never end on a text this long.
    const filler = 'its '.repeat(50_000);
    const value = '12345678';
    const stray = `${filler}zz ${value}`;
    expect(wholeAnswer(stray, stray.length - value.length, stray.length)).toBe(false);
    const clean = `${filler}${value} thanks`;
    const start = clean.indexOf(value);
    expect(wholeAnswer(clean, start, start + value.length)).toBe(true);
  });

  it('still finds a real value at the far end of a hostile post, at the right offset', () => {
    const card = '4012 8888 8888 1881';
    const text = `${fill('1 2 3 ').slice(0, SIZE - 40)} and card ${card}`;
    const cards = classifier.classify(text).entities.filter((e) => e.type === 'CARD_NUMBER');
    expect(cards).toHaveLength(1);
    expect(text.slice(cards[0].start, cards[0].end)).toBe(card);
  });

  it('reads a long post that normalisation changes as a short one, at offsets into the post as sent', () => {
    // Full-width digits and a zero-width space: normalised before the scan in a long post.
    const card = '４０１２ ８８８８ ８８８８ １８８１';
    const tail = `my card is ${card} and my email is jo\u200bdoe@example.com`;
    const short = classifier.classify(tail).entities;
    const long = `${'nothing to see here. '.repeat(300)}${tail}`;
    const offset = long.length - tail.length;
    const found = classifier.classify(long).entities;
    expect(short.map((e) => e.type)).toEqual(['CARD_NUMBER', 'EMAIL']);
    expect(found.map((e) => [e.type, e.start - offset, e.end - offset])).toEqual(
      short.map((e) => [e.type, e.start, e.end]),
    );
    expect(long.slice(found[0].start, found[0].end)).toBe(card);
  });

  it('reports every address of a post made of addresses opening with their units', () => {
    const unit = 'Apt 4, 12 Park Rd, Mesa AZ 85203. ';
    const addresses = classifier
      .classify(fill(unit), { channel: 'dm' })
      .entities.filter((e) => e.type === 'ADDRESS');
    expect(addresses).toHaveLength(Math.floor(SIZE / unit.length));
  });

  it('reports every value in a post made of many of them', () => {
    const text = fill('ssn 123-45-6789 ');
    const count = classifier.classify(text).entities.filter((e) => e.type === 'SSN').length;
    expect(count).toBe(Math.floor(SIZE / 'ssn 123-45-6789 '.length));
  });

  // Each of these once compared every date or card with every finding of the post.
  it.each([
    ['SSNs and bare birth dates', 'ssn 412-73-5521 01/02/1990 ', 'DATE_OF_BIRTH'],
    ['birth dates after a cue', 'dob 01/02/1990 ', 'DATE_OF_BIRTH'],
    ['SSNs and birth dates in words', 'ssn 412-73-5521 March 3, 1961 ', 'DATE_OF_BIRTH'],
    ['cards and their security codes', 'cvv card 4539234567969313 / 123 ', 'CREDENTIAL'],
  ])('reports every value in a post of %s', (_name, unit, type) => {
    const text = fill(unit);
    const count = classifier.classify(text).entities.filter((e) => e.type === type).length;
    expect(count).toBe(Math.floor(SIZE / unit.length));
  });
});
