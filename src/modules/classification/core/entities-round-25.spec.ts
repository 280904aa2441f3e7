import { found, inPrivateChat } from '../../../../test/classification/entities-found';
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

describe('credentials after holdout-82 and 83', () => {
  it.each([
    ['mmn is Guidry', 'Guidry'],
    ['data urodzenia 12.09.1975, nazwisko panieńskie matki Kowalczyk', 'Kowalczyk'],
    ['memorable word strawberry, the 2nd and 5th letters are t and w', 'strawberry'],
    ['Security q: first car. Answer ford ranger', 'ford ranger'],
    ['ok the 6 digits are 3 9 1 1 0 8', '3 9 1 1 0 8'],
    ['the numbers from the text: 6 1 9 4 4 0', '6 1 9 4 4 0'],
    ['its 3 digits on the back right? 417', '417'],
  ])('%j', (text, value) => {
    expect(found(text, 'chat').filter(([type]) => type === 'CREDENTIAL')).toEqual([
      ['CREDENTIAL', value],
    ]);
  });

  it('a Vietnamese password "of my app" and its username', () => {
    expect(
      found(
        'mật khẩu app của em là Thuylinh@2023 mà không đăng nhập được. tên đăng nhập thuylinh.pham',
      ),
    ).toEqual([
      ['CREDENTIAL', 'Thuylinh@2023'],
      ['CREDENTIAL', 'thuylinh.pham'],
    ]);
  });

  it.each([
    ['memorable word reset, help'],
    ['I reset my security question. answer me why it locked'],
    ['cute post. now answer your DMs'],
    ['my ticket number is INC0044187, still no answer'],
    ['the code is on the back, right? 2 more questions'],
  ])('no credential: %j', (text) => {
    expect(found(text, 'chat').filter(([type]) => type === 'CREDENTIAL')).toEqual([]);
  });
});

describe('numbers after holdout-82 and 83', () => {
  it.each([
    ['hey is +1 504 555 0128 the number on my account?', [['PHONE', '+1 504 555 0128']]],
    [
      'I want to change the account my auto loan drafts from. New one is 881004472 at 101121888',
      [
        ['BANK_ACCOUNT', '881004472'],
        ['ROUTING_NUMBER', '101121888'],
      ],
    ],
    [
      'wire to my german account please DE\n83 5001 0517 0648 2291 37',
      [['IBAN', 'DE\n83 5001 0517 0648 2291 37']],
    ],
    [
      'my socail is 217 66 0459 and birht date 071285, the form kept rejecting it',
      [
        ['SSN', '217 66 0459'],
        ['DATE_OF_BIRTH', '071285'],
      ],
    ],
    ['date of brith 07/12/1985', [['DATE_OF_BIRTH', '07/12/1985']]],
  ])('%j', (text, values) => {
    expect(found(text, 'chat')).toEqual(values);
  });

  it('six digits after a birth-date cue that read as no date stay unread as one', () => {
    expect(found('dob 991285', 'chat').filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([]);
  });

  it('"at" and a time after an account leave no routing number', () => {
    expect(found('my account 8810044725 at 5 pm', 'chat')).toEqual([
      ['BANK_ACCOUNT', '8810044725'],
    ]);
  });

  it("a number someone is calling from is not the customer's", () => {
    expect(
      found(
        'PSA: someone is calling from 202-555-0115 pretending to be the bank fraud dept. HANG UP',
      ),
    ).toEqual([]);
  });

  it("an advertiser's contact points are not a customer's", () => {
    expect(
      found(
        'Need money? Contact Loan Expert James on WhatsApp +44 7700 900412, all credit accepted',
      ),
    ).toEqual([]);
    expect(
      found(
        "Good day. I'm Captain James, I have $4.5 million in a box I need to deposit into your bank. Contact me on captain.j.williams@protonmail.com",
      ),
    ).toEqual([]);
    expect(found('scammers took my savings, contact me on jo.smith@gmail.com')).toEqual([
      ['EMAIL', 'jo.smith@gmail.com'],
    ]);
  });
});

describe('bare answers in a chat after holdout-82 and 83', () => {
  it.each([
    ['here: 5531\n0027\n4419', [['BANK_ACCOUNT', '5531\n0027\n4419']]],
    // round 26: nine digits that hold as an SSN are read as one (see entities-round-26.spec.ts).
    ['its 4 5 9 8 2 3 1 0 6', [['SSN', '4 5 9 8 2 3 1 0 6']]],
    ["yes that's me. 7-14-1990 and the last 4 are 2281", [['DATE_OF_BIRTH', '7-14-1990']]],
  ])('%j', (text, values) => {
    expect(inPrivateChat(text)).toEqual(values);
  });

  it('a routing number spaced out is left to the routing reading', () => {
    expect(
      inPrivateChat('yes sorry its 0 8 4 3 3 4 7 3 4 and checking is 7 7 0 2 1 9 5 3')[0],
    ).toEqual(['ROUTING_NUMBER', '0 8 4 3 3 4 7 3 4']);
  });

  it('dates of payments in a verifying answer are no birth date', () => {
    expect(inPrivateChat("that's me, payment was 7-14-2024 and 8-1-2024")).toEqual([]);
  });
});

describe('contact points of others after holdout-82 and 83', () => {
  it("a tradesperson's address named by who they are is theirs", () => {
    expect(
      found('my email is cody.w.parsons@gmail.com. Roofer is bluestemroofing@gmail.com'),
    ).toEqual([['EMAIL', 'cody.w.parsons@gmail.com']]);
    expect(found("the roofer's email is bluestemroofing@gmail.com")).toEqual([]);
    expect(found('my email for the adjuster is bcarlsen1974@yahoo.com')).toEqual([
      ['EMAIL', 'bcarlsen1974@yahoo.com'],
    ]);
  });

  it("an address said to be on the institution's website is the institution's", () => {
    expect(
      found(
        "Mailed my payment to your Federal St office like the statement said. 100 Federal St, it's on your own website.",
      ),
    ).toEqual([]);
    expect(found("my address is 12 Oak St, Boston MA 02110, it's on your statement too")).toEqual([
      ['ADDRESS', '12 Oak St, Boston MA 02110'],
    ]);
  });
});

describe('answers and dates said in words after holdout-82 and 83', () => {
  it.each([
    ['security q answer was first car Corolla, maybe i put corola? can u reset it', 'Corolla'],
    ['my answer was first car ford ranger.', 'ford ranger'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['CREDENTIAL', value]]);
  });

  it('a question subject after "answer was" with no answer names none', () => {
    expect(found('answer was first car and it failed')).toEqual([]);
  });

  it('a birth date after "DOB" with the day and the year in words', () => {
    expect(found('Myra Castellanos, DOB the fourth of July nineteen seventy-six, phone')).toEqual([
      ['DATE_OF_BIRTH', 'the fourth of July nineteen seventy-six'],
    ]);
    expect(found('the fourth of July nineteen seventy-six was a big party')).toEqual([]);
  });
});
