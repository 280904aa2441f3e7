import { found } from '../../../../test/classification/entities-found';

/**
 * Account, routing and IBAN readings: abbreviated loan cues and a note suffix,
 * policy and Medicare numbers, the routing number described by where it sits on
 * a check, IBANs of every country in use; and identifiers named by cues that are
 * not accounts (a vessel's documentation number, a BVN, a badge, an inmate's
 * number), which stay unread. Values are fake; offsets are checked by slicing
 * the text as received.
 */

describe('abbreviated loan cues and a loan note suffix', () => {
  it.each([
    ['still waiting on the draw. LN 0038812 01 if anyone reads this', '0038812 01'],
    ['mtg # 55102298 escrow is off again', '55102298'],
    ['loan 7720193 004, payment posted twice', '7720193 004'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a count of months after the number is not its suffix', () => {
    expect(found('loan 7720193 12 months behind')).toEqual([['BANK_ACCOUNT', '7720193']]);
  });

  it('a date after the number is not its suffix', () => {
    expect(found('loan 7720193 05/26 payment')).toEqual([['BANK_ACCOUNT', '7720193']]);
  });
});

describe('a line of credit named by a bare "line"', () => {
  it('a lender-shaped number after "Line" is read', () => {
    expect(found('they froze it mid job and I cannot draw. Line QH-5520-10983')).toEqual([
      ['BANK_ACCOUNT', 'QH-5520-10983'],
    ]);
  });

  it.each([
    ['the fraud line 1-800-555-0199 hung up on me'],
    ['checked online AB-2024 status page'],
  ])('a phone line and "online" are no cue: %j', (text) => {
    expect(found(text).filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
  });
});

describe('policy and Medicare numbers', () => {
  it.each([
    ['Nimewo polis asirans lan se KT4-11920-0382. Tanpri ede nou', 'KT4-11920-0382'],
    ['nimewo polis lan se HB-55019-22', 'HB-55019-22'],
    ['My Medicare number is 7QW2-HF4-XR63, the plan raised my premium', '7QW2-HF4-XR63'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});

describe('the routing number described by its place on a check', () => {
  it.each([
    ['el número que aparece abajo a la izquierda del cheque es 011000015, ¿es ese?'],
    ['the number at the bottom left of the check is 011000015 right?'],
  ])('%j', (text) => {
    expect(found(text, 'chat')).toEqual([['ROUTING_NUMBER', '011000015']]);
  });
});

describe('IBANs of countries outside the registry and of territories', () => {
  it.each([
    [
      'Ela tem conta no banco, IBAN CV67 0004 0000 1234 5678 9012 3',
      'CV67 0004 0000 1234 5678 9012 3',
    ],
    ['mon IBAN SN43 A010 0100 2345 6789 0123 4567 svp', 'SN43 A010 0100 2345 6789 0123 4567'],
    [
      'IBAN GP11 2004 1010 0505 0001 3M02 606 pour le virement',
      'GP11 2004 1010 0505 0001 3M02 606',
    ],
  ])('%j', (text, iban) => {
    expect(found(text)).toEqual([['IBAN', iban]]);
  });

  it('words of the sentence are not read as the rest of an IBAN', () => {
    // "ML" is a country code: the loan number after it must not be taken for a mistyped IBAN.
    expect(found('URGENT: mortgage ML448120-77 escrow is wrong again')).toEqual([
      ['BANK_ACCOUNT', 'ML448120-77'],
    ]);
  });
});

describe('identifiers that are not accounts stay unread', () => {
  it.each([
    ['Boat doc # 2217730 is not a bank number, my acct is elsewhere'],
    ['the F/V Sea Lark, USCG doc no. 5510292, needs a survey'],
    ['my birthday na 04/04 and BVN na 30118825574'],
    ['the reentry office wants my DOC number, it was 772104'],
    ['Badge # 88120 and still on hold'],
    ['employee id 44102977 for the payroll office'],
    ['inmate number 5521983 at the county facility'],
    ['VIN 1HGCM82633A004352 for the auto loan payoff'],
    ['מספר אסמכתא 55120938'],
  ])('%j', (text) => {
    expect(
      found(text).filter(([type]) => type === 'BANK_ACCOUNT' || type === 'CREDENTIAL'),
    ).toEqual([]);
  });
});
