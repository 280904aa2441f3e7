import { found, inPrivateChat } from '../../../../test/classification/entities-found';

/**
 * Round 26: the misses of holdout-84 to 87 by kind. Values are made up; offsets are checked by
 * slicing the text as received.
 */

describe('accounts', () => {
  it.each([
    ['numéro de compte 071-9884 transit 81204, je veux un arrêt de paiement', '071-9884'],
    ['account number 123-4567 please', '123-4567'],
  ])('seven digits laid out as a local phone, opening with 0 or 1: %j', (text, value) => {
    expect(found(text, 'chat')).toEqual([['BANK_ACCOUNT', value]]);
  });

  it('a local phone number after an account cue stays a phone number', () => {
    expect(found('call me about my account 555-0142', 'chat')).toEqual([['PHONE', '555-0142']]);
  });
});

describe('addresses', () => {
  it.each([
    [
      'my address is 3455 S 700 W Apt 12, Salt Lake City, UT 84119',
      '3455 S 700 W Apt 12, Salt Lake City, UT 84119',
    ],
    ['Address: 7721 W 3500 S\nMagna, UT 84044', '7721 W 3500 S\nMagna, UT 84044'],
    [
      'Should be 2290 E 1700 South, Salt Lake City, UT 84108',
      '2290 E 1700 South, Salt Lake City, UT 84108',
    ],
    [
      '地址是 3455 S 700 W Apt 12, Salt Lake City, UT 84119，谢谢',
      '3455 S 700 W Apt 12, Salt Lake City, UT 84119',
    ],
  ])('a grid street: %j', (text, value) => {
    expect(found(text, 'dm')).toEqual([['ADDRESS', value]]);
  });

  it('compass points and numbers in prose are no street', () => {
    expect(found('we got 3 N 20 S points on the map and 400 NE 12 NW', 'dm')).toEqual([]);
  });

  it.each([
    [
      "Address 301 S 5th St Apt 7, Coeur d'Alene, ID 83814",
      "301 S 5th St Apt 7, Coeur d'Alene, ID 83814",
    ],
    ['mail it to 18 Elm St, O’Fallon, MO 63366 thanks', '18 Elm St, O’Fallon, MO 63366'],
  ])('a city with an apostrophe: %j', (text, value) => {
    expect(found(text, 'dm')).toEqual([['ADDRESS', value]]);
  });

  it.each([
    [
      'Pls update my address to General Delivery\nGustavus, AK 99826 for the winter',
      'General Delivery\nGustavus, AK 99826',
    ],
    ['mon adresse: C.P. 112, Rimouski (Québec) G5L 7B7', 'C.P. 112, Rimouski (Québec) G5L 7B7'],
  ])('mail held at the post office: %j', (text, value) => {
    expect(found(text, 'dm')).toEqual([['ADDRESS', value]]);
  });

  it.each(['general delivery is slow out here', 'Col. Juárez, C.P. 06600, CDMX'])(
    'no address: %j',
    (text) => {
      expect(found(text, 'dm')).toEqual([]);
    },
  );

  it('a post-office box and a birth date answered in a chat', () => {
    expect(inPrivateChat('C.P. 112, Rimouski (Québec) G5L 7B7\n23 octobre 1961')).toEqual([
      ['ADDRESS', 'C.P. 112, Rimouski (Québec) G5L 7B7'],
      ['DATE_OF_BIRTH', '23 octobre 1961'],
    ]);
  });
});

describe('numbers answered in a chat', () => {
  it('a routing number and an account of twelve digits on one line', () => {
    expect(inPrivateChat('216566655 330019274411')).toEqual([
      ['ROUTING_NUMBER', '216566655'],
      ['BANK_ACCOUNT', '330019274411'],
    ]);
  });

  it("a card's code pasted between the card and its expiry", () => {
    expect(inPrivateChat('5454875104444885 612 11/26')).toEqual([
      ['CARD_NUMBER', '5454875104444885'],
      ['CREDENTIAL', '612'],
    ]);
    expect(found('card 5454 8751 0444 4885 612 11/2026 pls', 'chat')).toEqual([
      ['CARD_NUMBER', '5454 8751 0444 4885'],
      ['CREDENTIAL', '612'],
    ]);
  });
});

describe('SSNs', () => {
  it('an ITIN after an SSN cue', () => {
    expect(found('ssn 943-70-2218 for the prepaid card', 'chat')).toEqual([['SSN', '943-70-2218']]);
  });
});

describe('credentials', () => {
  it.each([
    ['security word is bluegrass all lowercase', 'bluegrass'],
    ['memorable word is pineapple no caps', 'pineapple'],
    ["my mom's name before marriage is Krasnova that's the security answer", 'Krasnova'],
  ])('%j', (text, value) => {
    expect(found(text, 'chat')).toEqual([['CREDENTIAL', value]]);
  });

  it('a question abbreviated "Q" after a username and password', () => {
    expect(
      found('username: dkimteach\npassword: Seoul1984!!\nsecurity Q (first car): sonata', 'chat'),
    ).toEqual([
      ['CREDENTIAL', 'dkimteach'],
      ['CREDENTIAL', 'Seoul1984!!'],
      ['CREDENTIAL', 'sonata'],
    ]);
  });

  it('an email address named as the login before its keyword stays an email address', () => {
    expect(
      found(
        'hi its Jamal, jamal.haddad@icloud.com is my login email and the password is Haddad$Family1',
        'chat',
      ),
    ).toEqual([
      ['EMAIL', 'jamal.haddad@icloud.com'],
      ['CREDENTIAL', 'Haddad$Family1'],
    ]);
  });
});

describe('cues', () => {
  it('a policy asked about, then given after "It\'s"', () => {
    expect(
      found("Is my policy still active? It's EQ44-0091873 for the house in Hood River", 'chat'),
    ).toEqual([['BANK_ACCOUNT', 'EQ44-0091873']]);
  });

  it('a question after a cue hands over no value of its own words', () => {
    expect(found('la cuenta de comercio es CM-40021-88', 'chat')).toEqual([
      ['BANK_ACCOUNT', 'CM-40021-88'],
    ]);
    expect(found('is my policy still active? 2 weeks ago I paid', 'chat')).toEqual([]);
  });

  it('Tagalog\'s courtesy "po" between an account cue and its number', () => {
    expect(
      found('ask ko lang po kung na-receive nyo. Account ko po 2201-884-019. Maraming salamat po'),
    ).toEqual([['BANK_ACCOUNT', '2201-884-019']]);
  });

  it('a Korean student loan number', () => {
    expect(found('학자금 대출 번호 9931-027-48816인데 deferment 처리됐나요?')).toEqual([
      ['BANK_ACCOUNT', '9931-027-48816'],
    ]);
  });

  it('a phone number opening the sentence after a loan cue is a phone number', () => {
    expect(found('Been waiting since Monday about the trailer loan. 435-229-7041', 'chat')).toEqual(
      [['PHONE', '435-229-7041']],
    );
    expect(found('loan no. 435-229-7041', 'chat')).toEqual([['BANK_ACCOUNT', '435-229-7041']]);
  });

  it('"one" after a determiner is no digit', () => {
    expect(found('change the phone on my account to my new one 801 555 0164. I moved')).toEqual([
      ['PHONE', '801 555 0164'],
    ]);
    expect(found('card four one four seven 3366 1029 8873')).toEqual([
      ['CARD_NUMBER', 'four one four seven 3366 1029 8873'],
    ]);
  });
});

describe("others' contact points", () => {
  it.each([
    'can you send the year-end statement to my accountant at taxes@grangercpa.com? I authorize it',
    'trying to e-transfer rent to my landlord at landlord.mike.rentals@gmail.com and it bounces',
    "telling people to WhatsApp +1 438 555 0110. That's NOT them. Report the account",
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('an email address corrected away', () => {
    expect(
      found(
        "my email is sarahj_teach@hotmail.com not sarahj_teach@gmail.com, I don't have a gmail",
      ),
    ).toEqual([['EMAIL', 'sarahj_teach@hotmail.com']]);
  });
});

describe('values across sentences and lines', () => {
  it('a routing number named after it, in the sentence after an account cue', () => {
    expect(
      found('yes its my account. 254090536 is the routing and the account is below', 'chat'),
    ).toEqual([['ROUTING_NUMBER', '254090536']]);
    expect(found('my account. 254090536 please', 'chat')).toEqual([['BANK_ACCOUNT', '254090536']]);
  });

  it('"the CU" before an account is the credit union, no prefix of the number', () => {
    expect(found('refund to my checking at the CU 0005521937\nnot the savings')).toEqual([
      ['BANK_ACCOUNT', '0005521937'],
    ]);
  });

  it("each lot's line joins its street's line", () => {
    expect(
      found(
        'new address: Lot 47, Desert Sun RV Park\n1120 E Main St, Mesa AZ 85203\nold address: Lot 9, Sun Valley RV Park\n40 Oak St, Mesa AZ 85204',
      ),
    ).toEqual([
      ['ADDRESS', 'Lot 47, Desert Sun RV Park\n1120 E Main St, Mesa AZ 85203'],
      ['ADDRESS', 'Lot 9, Sun Valley RV Park\n40 Oak St, Mesa AZ 85204'],
    ]);
  });

  it("a lot's line and the street's line after it, one address", () => {
    expect(
      found(
        'mail the payoff letter to our winter address: Lot 47, Desert Sun RV Park\n1120 E Main St, Mesa AZ 85203 thanks',
      ),
    ).toEqual([['ADDRESS', 'Lot 47, Desert Sun RV Park\n1120 E Main St, Mesa AZ 85203']]);
  });
});

describe('more of round 26', () => {
  it("a department mailbox named by what it serves is the institution's", () => {
    expect(
      found('sent the request to merchantservices@northernlakescu.com 3 times. nothing'),
    ).toEqual([]);
  });

  it("a vet's or a doctor's number is theirs", () => {
    expect(found("my vet's number is 515-555-0161 if you need the records", 'chat')).toEqual([]);
    expect(found("my mom's number is 515-555-0161", 'chat')).toEqual([['PHONE', '515-555-0161']]);
  });

  it('a rural route written before the street', () => {
    expect(
      found('the adress on my file should be RR 3, 1142 Concession Rd 8, Port Perry, ON L9L 1B4'),
    ).toEqual([['ADDRESS', 'RR 3, 1142 Concession Rd 8, Port Perry, ON L9L 1B4']]);
  });

  it('"my usernames" for "my username\'s", with its password', () => {
    expect(
      found('my usernames paquette.luc and the pasword i use is Canadiens1909', 'chat'),
    ).toEqual([
      ['CREDENTIAL', 'paquette.luc'],
      ['CREDENTIAL', 'Canadiens1909'],
    ]);
  });
});

describe('units and answers after holdout-88 and 89', () => {
  it.each([
    ['77 Greenpoint Ave, 2nd Fl, Brooklyn, NY 11222'],
    ['Bsmt, 104-18 Liberty Ave, Ozone Park NY 11417'],
    ['1st Fl, 318 Avenue P, Brooklyn NY 11204'],
    ['2nd floor rear, 1610 S 6th St, Philadelphia PA 19148'],
    ['Basement, 88-15 170th St, Jamaica NY 11432'],
    ['Co-op Bldg 4, 1 Fordham Hill Oval Apt 11E, Bronx NY 10468'],
  ])('a floor, a basement or a co-op building: %j', (address) => {
    expect(found(`my address: ${address} thanks`)).toEqual([['ADDRESS', address]]);
  });

  it.each([
    ["ok it's 6 5 6 2 3 8 5 6 3", '6 5 6 2 3 8 5 6 3'],
    ['ok so its 2 7 5 - 2 6 - 5 4 9 8', '2 7 5 - 2 6 - 5 4 9 8'],
  ])('nine digits holding as an SSN, answered in a chat: %j', (text, value) => {
    expect(inPrivateChat(text)).toEqual([['SSN', value]]);
  });

  it('nine digits that cannot be an SSN stay an account', () => {
    expect(inPrivateChat('its 900123456')).toEqual([['BANK_ACCOUNT', '900123456']]);
  });
});

describe('more after holdout-88 and 89', () => {
  it('an answer of capitalised words joined by "of"', () => {
    expect(found('Security answer is Our Lady of Lourdes, the school question', 'chat')).toEqual([
      ['CREDENTIAL', 'Our Lady of Lourdes'],
    ]);
  });

  it('a password in Haitian Creole', () => {
    expect(found('M te mete paswòd mwen Lovely2019*. Sa pou m fè?')).toEqual([
      ['CREDENTIAL', 'Lovely2019*'],
    ]);
  });

  it.each([
    'people are getting texts saying to call 701-555-0199. IT IS A SCAM. I almost fell for it',
    'texts "your card has been suspended, call 347-555-0102"? That is NOT them. Don\'t call.',
    'the adjuster said to send the pictures to claims.ct@nutmegmutual.com but its bouncing back',
  ])("not the customer's: %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a birth date in eight digits, year first, as the whole answer in a chat', () => {
    expect(inPrivateChat('19840616')).toEqual([['DATE_OF_BIRTH', '19840616']]);
    expect(inPrivateChat('20241301')).toEqual([['BANK_ACCOUNT', '20241301']]);
  });
});

describe('floors and branches', () => {
  it('a floor told in its own sentence is no unit of the address after it', () => {
    expect(
      found('I live in a co-op, 3rd floor. 2900 Ocean Pkwy, Apt 3D, Brooklyn, New York 11235.'),
    ).toEqual([['ADDRESS', '2900 Ocean Pkwy, Apt 3D, Brooklyn, New York 11235']]);
  });

  it("an address set against a store after it is the customer's", () => {
    expect(
      found(
        'send the form to 47 Hillside Ave Fl 3, Jersey City, NJ 07307 — 3rd floor, not the store downstairs',
        'chat',
      ),
    ).toEqual([['ADDRESS', '47 Hillside Ave Fl 3, Jersey City, NJ 07307']]);
  });
});

describe('a number spelled out as an answer in a chat', () => {
  it('an SSN spelled out after a colon, with no cue', () => {
    expect(
      inPrivateChat(
        "ok spelling it out so the bot doesn't eat it: four one one - two two - eight three seven zero",
      ),
    ).toEqual([['SSN', 'four one one - two two - eight three seven zero']]);
  });

  it('counting is no number', () => {
    expect(inPrivateChat('one two three four five six seven eight, count with me')).toEqual([]);
  });

  it('grouped digits after a colon are left to their own readings', () => {
    expect(
      inPrivateChat('the phone number ending 207 is the old one. New: 0403 118 920').map(
        ([type]) => type,
      ),
    ).not.toContain('BANK_ACCOUNT');
  });
});

describe('after holdout-90 and 91', () => {
  it('capitals hyphened to digits are a reference, not the "PW" keyword', () => {
    expect(found('paid our claim in 6 days. Claim # PW-2207391. Honestly')).toEqual([]);
    expect(found('Policy number PW-00718842. My corgi is 3')).toEqual([
      ['BANK_ACCOUNT', 'PW-00718842'],
    ]);
    expect(found('PW: Secret123')).toEqual([['CREDENTIAL', 'Secret123']]);
  });

  it('a sort code named so is no date', () => {
    expect(found('my old UK account, sort code 20-03-95 account 56718204')).toEqual([
      ['BANK_ACCOUNT', '56718204'],
    ]);
  });
});
