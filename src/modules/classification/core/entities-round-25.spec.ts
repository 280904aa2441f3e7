import { found } from '../../../../test/classification/entities-found';
import { vinValid } from './checksums';

/**
 * Round 25: a rural route written "Rt" before its box; a vehicle's identification number and
 * its model ("F-150") after a loan cue are no loan number; the address the institution takes
 * mailed payments at is its own; a number "someone gave me" is not the customer's; a courtesy
 * word typed on to an account number. Values are made up; offsets are checked by slicing the
 * text as received.
 */

describe('addresses', () => {
  it.each([
    ['Rt 2 Box 118, Kotzebue, AK 99752', 'Rt 2 Box 118, Kotzebue, AK 99752'],
    ['mail it to Rt 4 Box 22A Crossett AR 71635 please', 'Rt 4 Box 22A Crossett AR 71635'],
  ])('%j', (text, value) => {
    expect(found(text, 'dm')).toEqual([['ADDRESS', value]]);
  });

  it('"Rt" before digits and no box stays a routing cue', () => {
    expect(found('Rt 054273647 acct 8562356167', 'dm')).toEqual([
      ['ROUTING_NUMBER', '054273647'],
      ['BANK_ACCOUNT', '8562356167'],
    ]);
  });

  it("the institution's payment address is not the customer's", () => {
    expect(found('is the address for loan payments still PO Box 9000, Honolulu HI 96820?')).toEqual(
      [],
    );
    expect(found('my address is PO Box 9000, Honolulu HI 96820')).toEqual([
      ['ADDRESS', 'PO Box 9000, Honolulu HI 96820'],
    ]);
  });
});

describe('vehicles after a loan cue', () => {
  it.each([
    ['the VIN on the pickup for the loan is 1FTFW1E84MFA30217 and the title is in my name'],
    ['for the auto loan payoff the car is 1HGCM82633A004352'],
    ['the auto loan on the F-150, I want to know my payoff as of April 1'],
  ])('%j', (text) => {
    expect(found(text, 'chat')).toEqual([]);
  });

  it('a loan code of two letters and three digits is still read', () => {
    expect(found('loan # LN-482 please', 'chat')).toEqual([['BANK_ACCOUNT', 'LN-482']]);
  });

  it('checks a VIN by its ninth character', () => {
    expect(vinValid('1HGCM82633A004352')).toBe(true);
    expect(vinValid('1hgcm82633a004352')).toBe(true);
    expect(vinValid('1HGCM82643A004352')).toBe(false);
    expect(vinValid('1HGCM8263IA004352')).toBe(false);
    expect(vinValid('1HGCM82633A00435')).toBe(false);
  });
});

describe('phones and accounts', () => {
  it('a number someone gave the customer is not theirs', () => {
    expect(
      found(
        "what's the real fraud hotline number? someone gave me 808-555-0198 and I don't trust it",
      ),
    ).toEqual([]);
    expect(found('call me at 808-555-0198', 'dm')).toEqual([['PHONE', '808-555-0198']]);
  });

  it.each([
    ['acct#55019283744pls close it, moving back to Seoul', '55019283744'],
    ['my acct 55019283744thx', '55019283744'],
  ])('%j', (text, value) => {
    expect(found(text, 'dm')).toEqual([['BANK_ACCOUNT', value]]);
  });
});
