import { found } from '../../../../test/classification/entities-found';

/**
 * Round 17: values that are not the customer's, told by the words around them: a texter's
 * number, the bank's or a branch's line (named "the … helpline", "your … line", "nimewo bank
 * lan", or "… is the branch" after it), a number the customer says is no longer theirs, an
 * account a caller gave to pay into, a school's account, money sent after changed wire
 * instructions, a fraudster's or a sender's IBAN, and a word saying where a password shows.
 * The customer's own values in the same posts stay found. Made-up posts; values are fake.
 */

describe("another's number, or the institution's", () => {
  it.each([
    ['somebody keeps texting from 312-555-0147 saying my card is locked, is that you?', []],
    ['Is the Dublin helpline still +353 1 555 0192 for stolen cards?', []],
    ['been waiting on your Perth line 1300 555 072 for an hour', []],
    [
      '+27 21 555 0143 is the branch, please call me on +27 82 555 0176 instead',
      [['PHONE', '+27 82 555 0176']],
    ],
    ['Kouzen m voye kòb (nimewo bank lan se +509 2811 4400), èske li rive?', []],
    [
      'cambiar mi celular: el anterior 713-555-0108 (ya no es mío), el de ahora es 713-482-3391',
      [['PHONE', '713-482-3391']],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // The customer writing from their own number.
    ["I'm texting from 312-482-7710 because my email is locked", '312-482-7710'],
    ['my old number 713-482-3391 still works, please keep it', '713-482-3391'],
  ])('stays found: %j', (text, value) => {
    expect(found(text).map(([, v]) => v)).toContain(value);
  });
});

describe("a payee's account or IBAN", () => {
  it.each([
    [
      'A man said he was from fraud. She gave us the account to wire it into, 508813276. Our own account is 7721 0094 35',
      [['BANK_ACCOUNT', '7721 0094 35']],
    ],
    [
      'The builder texted me updated payment details for the last draw and I wired $22,500 to account 6618830217 in Texas. My checking is 4402 7731 98.',
      [['BANK_ACCOUNT', '4402 7731 98']],
    ],
    ["Can I pay tuition from the app? the college's account is 7712 0045 3390 at Ecobank", []],
    [
      "my client paid €9,400 to a scammer's account GB29 NWBK 6016 1331 9268 19, ours is untouched",
      [],
    ],
    [
      'nataka kupokea pesa, IBAN ya mtumaji ni DE89 3704 0044 0532 0130 00. akaunti yangu ni 3305 8812 7740',
      [['BANK_ACCOUNT', '3305 8812 7740']],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['I wired $3,000 to account 4471902283 yesterday and it still is not there', '4471902283'],
    [
      'my IBAN is DE89 3704 0044 0532 0130 00, the transfer from my sister is late',
      'DE89 3704 0044 0532 0130 00',
    ],
  ])('stays found: %j', (text, value) => {
    expect(found(text).map(([, v]) => v)).toContain(value);
  });
});

describe('where a password shows is not the password', () => {
  it('reads the password after "showing … as"', () => {
    expect(
      found('they reset it and the new password is showing in the text as Harbor88##. lock it'),
    ).toEqual([['CREDENTIAL', 'Harbor88##']]);
  });
});
