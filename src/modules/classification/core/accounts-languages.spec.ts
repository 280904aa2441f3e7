import { found } from '../../../../test/classification/entities-found';

/**
 * Account, card, routing and credential values after cues in more languages
 * and layouts: Swahili, Telugu, Czech, Korean, Brazilian Portuguese, Yoruba,
 * Nigerian Pidgin; lettered policy and loan numbers after a qualifier; a
 * corrected lettered number; a routing number with the account on the next
 * line. Values are fake.
 */

describe('account cues in more languages and layouts', () => {
  it.each([
    ['Habari, namba ya akaunti yangu ni 0220 3384 1129 00, mshahara', '0220 3384 1129 00'],
    ['నా అకౌంట్ నంబర్ 0051 3390 7722 81, జీతం రాలేదు', '0051 3390 7722 81'],
    ['Dobrý den, číslo účtu je 27-1000234567/0100, nepřišla výplata', '27-1000234567/0100'],
    ['계좌 ４５１-０２３４-５６７８-９１ 으로 보내주세요', '４５１-０２３４-５６７８-９１'],
    ['Oi, minha conta é ag 4321 conta 12345-6, o pagamento não caiu', '12345-6'],
  ])('reads the whole account: %j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it.each([
    // A bank code is four digits; a check digit is one.
    ['acct 55123390/12 ok', '55123390'],
    ['checking 44817723-1234 is the one', '44817723'],
  ])('other suffixes are no part of it: %j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});

describe('lettered policy and loan numbers', () => {
  it.each([
    ['número de póliza de flood FL-0031-551234 y mi casa', 'FL-0031-551234'],
    ['Mi póliza de inquilino es RT 7710 4483 12, quiero agregar a alguien', 'RT 7710 4483 12'],
    ['credit builder CB-00412277, can i pay it off early', 'CB-00412277'],
  ])('the letters are part of the number: %j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it.each([
    ['Mon assureur répond pas. Police QC-HAB-551234. Quelqu’un peut aider?', 'QC-HAB-551234'],
    ['police habitation QC-HAB-551234 svp', 'QC-HAB-551234'],
    ['Police : HB-22918433', 'HB-22918433'],
  ])('French "police" before an insurer’s number names it: %j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it.each([['police report PR-2291847'], ['the policeman AB-1234567'], ['police 44871203 merci']])(
    'the police is no policy: %j',
    (text) => {
      expect(found(text).filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
    },
  );

  it('a routing number after a policy cue stays a routing number', () => {
    expect(found('policy RT 122000661')).toEqual([['ROUTING_NUMBER', '122000661']]);
  });

  it('reads a corrected number laid out like the first', () => {
    expect(
      found('my loan number is LN-3308-11442 wait no thats the old one. real one is LN-3308-27719'),
    ).toEqual([
      ['BANK_ACCOUNT', 'LN-3308-11442'],
      ['BANK_ACCOUNT', 'LN-3308-27719'],
    ]);
  });
});

describe('cards, routing numbers and credentials', () => {
  it('reads a Verve card after a Yoruba card cue', () => {
    expect(found('Kaadi mi ni 5061 2290 4418 3377 1')).toEqual([
      ['CARD_NUMBER', '5061 2290 4418 3377 1'],
    ]);
  });

  it('reads a routing number with the account on the next line', () => {
    expect(found('for the direct deposit form:\n322271627\n0049921175')).toEqual([
      ['ROUTING_NUMBER', '322271627'],
      ['BANK_ACCOUNT', '0049921175'],
    ]);
  });

  it('reads a password after Nigerian Pidgin "na"', () => {
    expect(found('my password na Ngozi@1999 abeg reset am')).toEqual([
      ['CREDENTIAL', 'Ngozi@1999'],
    ]);
  });
});
