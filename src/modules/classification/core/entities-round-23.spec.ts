import { found, inPrivateChat } from '../../../../test/classification/entities-found';

/**
 * Round 23: US customers' posts. Cue words in Nepali (a policy number), Haitian Creole (a
 * member number), Arabic (a routing number), Irish (a birth date), Quebec French (a credit
 * line), Canada's registered plans, a retirement plan's participant, "pinn"; accounts named by
 * what money does ("comes out of", "goes into", "should come from", "I pay it from", "the
 * overdraft on"); the phones of a dealership, a tow yard, a quoted caller, "the number that
 * called my mom", "their number" are a third party's; a username, then its password with its
 * own keyword ("user: x password: y"); a password tried a sentence after its keyword, past a
 * username; a login's handle and password joined by "and"; a PIN reset to a value;
 * Vietnamese "the new password I want to use is …"; a second birth date in words after "and
 * mine is"; an identifier cue followed by the claim it is for; "account and routing" told
 * routing first; a routing number and an account handed over together in a chat; an identity
 * dump's SSN alone on its line. Values are made up; offsets are checked by slicing the text
 * as received.
 */

describe('cue words in Nepali, Haitian Creole and Arabic', () => {
  it.each([
    ['मेरो पोलिसी नम्बर KT-5520917 हो। नवीकरण कहिले हो?', 'BANK_ACCOUNT', 'KT-5520917'],
    ['Bonjou, nimewo manm mwen se 0442918. Mwen bezwen èd', 'BANK_ACCOUNT', '0442918'],
    ['حسابي 6620014471 ورقم التوجيه 021000021 شكرا', 'ROUTING_NUMBER', '021000021'],
  ])('%j', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });
});

describe('cue words: misspelt, Irish, Quebec French, Canadian plans, money taken', () => {
  it.each([
    ['my pinn is 6624 and the atm says wrong', 'CREDENTIAL', '6624'],
    ['Is mise Áine, dáta breithe 03/11/1982. Cárta nua le do thoil', 'DATE_OF_BIRTH', '03/11/1982'],
    ['ma marge hypothécaire 402-55190-7 a encore monté', 'BANK_ACCOUNT', '402-55190-7'],
    ['rrsp RSP-55018234, I want to take out some for the house', 'BANK_ACCOUNT', 'RSP-55018234'],
    ['the overdraft on 33817 2046 is maxed again', 'BANK_ACCOUNT', '33817 2046'],
    ['the gym membership comes out of 55021387 every month', 'BANK_ACCOUNT', '55021387'],
    ['I pay it from 66120419, the landlord says nothing came', 'BANK_ACCOUNT', '66120419'],
  ])('%j', (text, type, value) => {
    expect(found(text)).toEqual([[type, value]]);
  });

  it('an amount that came out of an account is no account', () => {
    expect(found('$4,500 came out of savings on 12/03 and $45 came out of 2 accounts')).toEqual([]);
  });
});

describe("a third party's phone", () => {
  it.each([
    ['Please send the payoff to the dealer. The dealership fax is 615-555-0143'],
    ['my car is at the impound. Tow yard # 859-555-0127 if you want to call them'],
    ['got a call from "your fraud team" at 404-555-0166 asking for my code'],
    ['the number that called my mom was 502-555-0148, is it you?'],
    ['El número que me llamó fue 915-555-0132. ¿Es de ustedes?'],
    ["The glass shop is in Waco, their number is 254-555-0109 if y'all need them"],
  ])('%j', (text) => {
    expect(found(text).filter(([type]) => type === 'PHONE')).toEqual([]);
  });

  it("the customer's own stays found", () => {
    expect(found('my fax is 615-555-0143, send the payoff letter there')).toEqual([
      ['PHONE', '615-555-0143'],
    ]);
  });
});

describe('credentials as people write them', () => {
  it('a password tried a sentence after its keyword, past a username', () => {
    expect(
      found(
        "password reset won't go through. My user is grannyb52 and I tried Rosebud77 and Rosebud77! both. help",
        'chat',
      ),
    ).toEqual([
      ['CREDENTIAL', 'grannyb52'],
      ['CREDENTIAL', 'Rosebud77'],
      ['CREDENTIAL', 'Rosebud77!'],
    ]);
  });

  it('a PIN changed to a value, a sentence after its keyword', () => {
    expect(
      found("My PIN won't work at the ATM. I reset it in the app to 7731 last night", 'chat'),
    ).toEqual([['CREDENTIAL', '7731']]);
  });

  it("a login's handle and its password joined by 'and'", () => {
    expect(found('he tricked my son and he gave him his login, jr.tate and Falcons2009!.')).toEqual(
      [
        ['CREDENTIAL', 'jr.tate'],
        ['CREDENTIAL', 'Falcons2009!'],
      ],
    );
  });

  it('a login and a plain word after "and" are no pair', () => {
    expect(found('my login jtate09 and my card are both locked')).toEqual([]);
  });

  it('Vietnamese: "the new password I want to use is …"', () => {
    expect(found('mật khẩu mới tôi muốn dùng là Hanoi#1984 được không?')).toEqual([
      ['CREDENTIAL', 'Hanoi#1984'],
    ]);
  });
});

describe('a username, then its password with its own keyword', () => {
  it.each([
    ['user: kdawson password: Packers2011'],
    ['user is kdawson password is Packers2011'],
    ['login: kdawson password: Packers2011'],
    ['my phone was stolen. username is kdawson password was Packers2011 change it'],
  ])('%j', (text) => {
    expect(found(text)).toEqual([
      ['CREDENTIAL', 'kdawson'],
      ['CREDENTIAL', 'Packers2011'],
    ]);
  });

  it("a security question's answer keyword after the question stays the answer's", () => {
    expect(found("my first pet's name answer is Pickles")).toEqual([['CREDENTIAL', 'Pickles']]);
  });
});

describe('accounts by what money does, participants, a voided check, a handed-over pair', () => {
  it.each([
    ['my Social Security goes into 6601284419 every month', 'BANK_ACCOUNT', '6601284419'],
    ['the autopay should come from 4402-117-93 not savings', 'BANK_ACCOUNT', '4402-117-93'],
    ['Participant # 771204839, where is my rollover check', 'BANK_ACCOUNT', '771204839'],
    ['Participant ID 500219734 - hardship withdrawal status?', 'BANK_ACCOUNT', '500219734'],
    ['copied off a voided check: 021000021 then the rest', 'ROUTING_NUMBER', '021000021'],
  ])('%j', (text, type, value) => {
    expect(found(text)).toEqual([[type, value]]);
  });

  it('a routing number and an account handed over together in a chat', () => {
    expect(inPrivateChat('021000021 55019274')).toEqual([
      ['ROUTING_NUMBER', '021000021'],
      ['BANK_ACCOUNT', '55019274'],
    ]);
  });

  it('nine digits failing the routing check, then more, stay one account', () => {
    expect(inPrivateChat('021000022 55019274')).toEqual([['BANK_ACCOUNT', '021000022 55019274']]);
  });
});

describe('round 23, second half (holdout-76 and 77)', () => {
  it.each([
    [
      'is 021000021 the right routing number for my acount 5520198834?',
      'BANK_ACCOUNT',
      '5520198834',
    ],
    ['acct? 330 218 4471. routing is on the card', 'BANK_ACCOUNT', '330 218 4471'],
    ['I typed my card in and the 3 digits 417 before I saw the link', 'CREDENTIAL', '417'],
    ['date a birth March 3rd 1962 comma I cannot log in', 'DATE_OF_BIRTH', 'March 3rd 1962'],
    ['mi fecha de nacimiento es 21-ago-1979, ya me verificaron?', 'DATE_OF_BIRTH', '21-ago-1979'],
    ['보험증권 번호 TX-4410-2281 입니다', 'BANK_ACCOUNT', 'TX-4410-2281'],
    ['ভাই আমার একাউন্ট নাম্বার ৫৫২০১৯৮৮৩৪, ফি কেন?', 'BANK_ACCOUNT', '৫৫২০১৯৮৮৩৪'],
    ['আমার পাসওয়ার্ড Sylhet@1990 দিয়ে হচ্ছে না', 'CREDENTIAL', 'Sylhet@1990'],
  ])('%j', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it("a routing number's cue before a check's account cue keeps the routing number", () => {
    expect(found('the routing on my checks says 021000021 but the app shows another')).toEqual([
      ['ROUTING_NUMBER', '021000021'],
    ]);
  });

  it('"her DOB …, la mía …": a list item opened by whose it is, after a comma', () => {
    expect(found('Su fecha de nacimiento 4 de mayo 1971, la mía 19/02/1974')).toEqual([
      ['DATE_OF_BIRTH', '4 de mayo 1971'],
      ['DATE_OF_BIRTH', '19/02/1974'],
    ]);
  });

  it.each([
    ['add my wife to the policy, her dl is NM 220194837'],
    ['my 401k loan payment is missing, plan ID 55019'],
    ['The claims office at 44 State St, Hartford never answers letters'],
    ['I mailed a demand letter to your legal department at 9 Commerce Plaza.'],
    ['I was born 20 years ago 1990 was rough'],
  ])('no finding: %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('"my password is the one with …" names which one, not the secret', () => {
    expect(found('my password is the one with my cat, it says locked')).toEqual([]);
  });
});

describe('after the end-of-round scoring (holdout-78 and 79)', () => {
  it('"DOB is …; mine is …": a list item after a semicolon', () => {
    expect(found("My fiancée's DOB is 10/21/1990; mine is 03/08/1989.")).toEqual([
      ['DATE_OF_BIRTH', '10/21/1990'],
      ['DATE_OF_BIRTH', '03/08/1989'],
    ]);
  });

  it('Korean "insurance number" with its particle', () => {
    expect(found('보험 번호는 GA-5520317 입니다')).toEqual([['BANK_ACCOUNT', 'GA-5520317']]);
  });

  it.each([
    ['scam calls going around from "Prairie CU fraud team" 402-555-0161, hang up'],
    ['please send it to my lawyer. Her office is 402-555-0177'],
  ])("a third party's phone: %j", (text) => {
    expect(found(text).filter(([type]) => type === 'PHONE')).toEqual([]);
  });

  it("the customer's own address the emails came from stays found", () => {
    expect(found('3 emails to you from worn.out.in.omaha@gmail.com and not one reply')).toEqual([
      ['EMAIL', 'worn.out.in.omaha@gmail.com'],
    ]);
  });
});

describe('a second birth date in words', () => {
  it('after "and mine is"', () => {
    expect(
      found('For our joint account: his DOB is May 2, 1961 and mine is August 14, 1963'),
    ).toEqual([
      ['DATE_OF_BIRTH', 'May 2, 1961'],
      ['DATE_OF_BIRTH', 'August 14, 1963'],
    ]);
  });

  it('another date joined by other words is not one', () => {
    expect(found('his DOB is May 2, 1961 and the wire on August 14, 2024 failed')).toEqual([
      ['DATE_OF_BIRTH', 'May 2, 1961'],
    ]);
  });
});

describe('identifiers', () => {
  it('a policy number followed by the claim it is for', () => {
    expect(found('Here is my home policy number for the hail claim: 8813 204 771')).toEqual([
      ['BANK_ACCOUNT', '8813 204 771'],
    ]);
  });

  it('a claim number stays a reference', () => {
    expect(found('the claim number for the hail is 8813204771')).toEqual([]);
  });

  it('"account and routing" told routing first', () => {
    expect(found('account and routing: 021000021 4480012297')).toEqual([
      ['ROUTING_NUMBER', '021000021'],
      ['BANK_ACCOUNT', '4480012297'],
    ]);
  });

  it('an identity dump, one item a line: nine digits alone on the last line', () => {
    expect(
      found('here you go: Dana Whitfield\n04/19/1968\n1120 Alder Ln\nToledo OH 43612\n512447301'),
    ).toEqual([
      ['DATE_OF_BIRTH', '04/19/1968'],
      ['ADDRESS', '1120 Alder Ln\nToledo OH 43612'],
      ['SSN', '512447301'],
    ]);
  });

  it('nine digits alone on a line with no birth date in the post are not read as an SSN', () => {
    expect(found('ticket for you:\n512447301').filter(([type]) => type === 'SSN')).toEqual([]);
  });
});
