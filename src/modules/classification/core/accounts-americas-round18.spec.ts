import { found } from '../../../../test/classification/entities-found';
import { createClassifier } from '.';

/**
 * Round 18: accounts in the Americas' layouts. A US policy number opening with a state's code
 * (before the line's code, hyphened to it, or after a cue's "ID"), four digits after a state
 * and a line code, a code alone on the cue's line, an insurer's number with no cue, a second
 * policy of the same layout; a member number's letter; a US Medicare number (MBI) after its
 * cue, the customer's insurance account (as in the earlier rounds); a Mexican CLABE in its printed groups; a Brazilian branch and account with its
 * check digit. Values are fake.
 */

describe("a policy number's state and line codes are read with it", () => {
  it.each([
    ['Please explain the denial. Policy NM HO 61 208 334', 'NM HO 61 208 334'],
    ['policy WA AU 7731 0482, need proof of insurance', 'WA AU 7731 0482'],
    ['MY POLICY IS OH HO 4471 2093 AND NOBODY CALLS BACK', 'OH HO 4471 2093'],
    ['policy ID-HO 7741 2208 renewal question', 'ID-HO 7741 2208'],
    ['need the body shop info, policy NV-AU 4471', 'NV-AU 4471'],
    ['Policy: MT-HO\n6620-3318\nAdjuster: K. Lane', 'MT-HO\n6620-3318'],
    ['the card in my glovebox says PA-AU-7712-0943 is that my policy number', 'PA-AU-7712-0943'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('reads a state and a line code after a loan or policy cue in other languages', () => {
    expect(found('Số hợp đồng NV RS 4410 2287 ạ')).toEqual([['BANK_ACCOUNT', 'NV RS 4410 2287']]);
    expect(found('هل تغطي وثيقتي MI 7740 1182 الحادث؟')).toEqual([
      ['BANK_ACCOUNT', 'MI 7740 1182'],
    ]);
  });

  it('reads a second policy of the same layout with another line code', () => {
    expect(
      found('my policy for the house is BX-HO 7730 412, the cars are on BX-AU 7730 413'),
    ).toEqual([
      ['BANK_ACCOUNT', 'BX-HO 7730 412'],
      ['BANK_ACCOUNT', 'BX-AU 7730 413'],
    ]);
  });

  it('leaves four digits after a state and line code that read as a year', () => {
    expect(found('policy NV-AU 2024 was the old one')).toEqual([]);
  });

  it('reads no state code that is not before a line code', () => {
    expect(found('policy HO 5531 2280 in TX')).toEqual([['BANK_ACCOUNT', 'HO 5531 2280']]);
  });
});

describe("a member number's letter", () => {
  it.each([
    ['my member id K 331 5520 87 for the denial', 'K 331 5520 87'],
    ['MY MEMBER NUMBER IS R 44 120 5589 PLEASE CALL', 'R 44 120 5589'],
    ['会员号 MS 3317 2290，请帮我查一下', 'MS 3317 2290'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});

describe('a US Medicare number (MBI) after its cue is the insurance account', () => {
  it.each([
    ['my mom gave her Medicare number 2HX5-MV7-KT40 to a caller', '2HX5-MV7-KT40'],
    ['MBI 9QP3XJ4KR28 — can you add a supplement', '9QP3XJ4KR28'],
    ['número de Medicare 6TC1-WY8-AN93, ¿qué hago?', '6TC1-WY8-AN93'],
  ])('%j', (text, mbi) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', mbi]]);
  });
});

describe('a Mexican CLABE in its printed groups is read whole', () => {
  it.each([
    ['mi CLABE es 012 180 00123456789 6 de BBVA', '012 180 00123456789 6'],
    ['CLABE 138-580-00012345678-0 para el depósito', '138-580-00012345678-0'],
    // A check digit that does not hold: the cue "CLABE" still ties it.
    ['my CLABE is 072 180 00882934551 4 Banorte', '072 180 00882934551 4'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});

describe("a Brazilian branch and account keep the account's check digit", () => {
  it.each([
    ['minha conta é 0412 / 55210987-3 no Inter', '0412 / 55210987-3'],
    ['conta 3318/77120-4, pix não caiu', '3318/77120-4'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});

/** Timings are in `npm run bench:classify` (see hostile-input.spec.ts), not asserted here. */
describe('256 KiB posts of the new shapes', () => {
  const classifier = createClassifier();
  it.each([
    ['policy TX HO 5590 2281 ', 'BANK_ACCOUNT TX HO 5590 2281'],
    ['member id W 228 4410 93 ', 'BANK_ACCOUNT W 228 4410 93'],
    ['CLABE 072 180 00882934551 7 ', 'BANK_ACCOUNT 072 180 00882934551 7'],
    ['conta 0001 / 12098877-4 ', 'BANK_ACCOUNT 0001 / 12098877-4'],
  ])('%j repeated', (unit, finding) => {
    const text = unit.repeat(Math.ceil(262144 / unit.length));
    const entities = classifier.classify(text, { channel: 'dm' }).entities;
    expect(entities.length).toBeGreaterThan(1000);
    expect(new Set(entities.map((e) => `${e.type} ${text.slice(e.start, e.end)}`))).toEqual(
      new Set([finding]),
    );
  });

  it.each(['TX HO ', 'Policy: KS-HO\n'])('%j repeated: nothing', (unit) => {
    const text = unit.repeat(Math.ceil(262144 / unit.length));
    expect(classifier.classify(text, { channel: 'dm' }).entities).toEqual([]);
  });
});
