import { found } from '../../../../test/classification/entities-found';

/**
 * Round 17b: numbers found but not the customer's account: a national mobile in its phone
 * grouping read by the digit-run model, an Australian 1300 / 1800 line, a UK National
 * Insurance number, an Australian Business Number and Medicare card, and an account the
 * customer disowns or names as the scammer's "safe account". Values are fake.
 */

describe('a national mobile in its grouping is a phone, after cues in any language', () => {
  it.each([
    ['per favore chiamatemi al 0411 555 902 domani', '0411 555 902'],
    ['rhif newydd fi: 07700 900 377 diolch', '07700 900 377'],
    ['Mera naya number 07700 900 441 hai, please update', '07700 900 441'],
    ['call me on 0 7 7 0 0 9 0 0 5 1 6 its voice to text', '0 7 7 0 0 9 0 0 5 1 6'],
  ])('%j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });

  it('leaves a one-group number after an account cue an account', () => {
    expect(found('mi cuenta de ahorros es 0448812093')).toEqual([['BANK_ACCOUNT', '0448812093']]);
  });
});

describe("an Australian business line is no one's own", () => {
  it.each([
    'a bloke rang from 1800 555 340 saying my card was blocked',
    'got a call from 1300 555 778 about a refund, legit?',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('national identifiers are no account or date', () => {
  it.each([
    'my National Insurance is TN 62 07 45 C, the form keeps rejecting it',
    'NI no. KM302118A for the ISA transfer',
    'our ABN is 33 617 200 690 for the merchant facility',
    'Medicare card number 3390 71624 2 for the health fund form',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('still finds a US Medicare number, which holds letters', () => {
    expect(found('My Medicare number is 7QT2-MK8-RD44, premium went up')).toEqual([
      ['BANK_ACCOUNT', '7QT2-MK8-RD44'],
    ]);
  });
});

describe("an account the customer disowns or names as the scam's safe account", () => {
  it.each([
    'paid $1,450 to BSB 014-221 acct 30917752 - thats their account, not mine. what now',
    'they told me to transfer $9,000 to a "safe account" with BSB 733-011 acct 55210983 and now its gone',
  ])('%j', (text) => {
    expect(found(text).filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
  });

  it("keeps a parent's account written for them", () => {
    expect(found("Dad's account 20-91-37 61550821, it's his account and I hold the LPA")).toEqual(
      expect.arrayContaining([expect.arrayContaining(['BANK_ACCOUNT'])]),
    );
  });
});
