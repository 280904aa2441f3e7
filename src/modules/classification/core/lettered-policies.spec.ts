import { found } from '../../../../test/classification/entities-found';

/**
 * Lettered policy, lease, loan and brokerage numbers: cues in more languages,
 * words between the cue and an insurer-shaped number, a state or form letter
 * closing a spaced number, and a count after an account number left out.
 * Values are fake.
 */

describe('policy cues in more languages', () => {
  it.each([
    ['Номер полиса QT-NV-61028-B, спасибо', 'QT-NV-61028-B'],
    ['Полис KA-70194-2235', 'KA-70194-2235'],
    ['보험 증권번호 QT-OR-44102-M입니다', 'QT-OR-44102-M'],
    ['Պոլիս KA-61830-7714', 'KA-61830-7714'],
    ['Policy aō KA-20931-55. Jerammōn', 'KA-20931-55'],
    ['Ai policy nampa QTX-40917-21, kinisou', 'QTX-40917-21'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});

describe('an insurer-shaped number past words after the cue', () => {
  it.each([
    ['em muốn hỏi về hợp đồng bảo hiểm nhà của em, số KA-77120-4408 ạ', 'KA-77120-4408'],
    ['Can I get my dec page for the umbrella policy? QTU-220914-3', 'QTU-220914-3'],
    ['My loan number with the bank is QL-00462719, please send it', 'QL-00462719'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a claim cue between makes it the claim', () => {
    expect(found('policy on my car, claim QX-66120 is open')).toEqual([]);
  });
});

describe('a state or form letter closes a spaced lettered number', () => {
  it.each([
    ['Póliza QA 40817 92 NV', 'QA 40817 92 NV'],
    ['policy QH 6610 2287 OR, the estimate', 'QH 6610 2287 OR'],
    ['Policy QRT 40718 MT', 'QRT 40718 MT'],
    ["mon numéro de police c'est QH 5520 1187 K, merci", 'QH 5520 1187 K'],
    ['motorcycle QM-66301-NV, suspend it please', 'QM-66301-NV'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a word after the capitals leaves them out', () => {
    expect(found('policy QA 7730 1182 OK thanks')).toEqual([['BANK_ACCOUNT', 'QA 7730 1182']]);
  });
});

describe('lease and brokerage numbers', () => {
  it.each([
    ['lease EL 55019377 buyout quote', 'EL 55019377'],
    ['租赁编号EL 6620 1193，谢谢', 'EL 6620 1193'],
    ['my account with you QRK 66120 43', 'QRK 66120 43'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});

describe('a line and state layout with no cue', () => {
  it('in a post about insurance', () => {
    expect(found('HO-NV-61827 — hail took the roof off')).toEqual([
      ['BANK_ACCOUNT', 'HO-NV-61827'],
    ]);
  });

  it('not after a claim cue, nor outside insurance', () => {
    expect(found('claim HO-NV-61827 — hail on the roof')).toEqual([]);
    expect(found('HO-NV-61827 — see you Tuesday')).toEqual([]);
  });
});

it('a count after an account number is no group of it', () => {
  expect(found('you paid from account 7730 4418 226 three days late')).toEqual([
    ['BANK_ACCOUNT', '7730 4418 226'],
  ]);
});
