import { found } from '../../../../test/classification/entities-found';

/**
 * Round 22: US customers' posts. A group of an amount after its thousands comma is no house
 * number; a two-digit birth year ends a sentence; a mortgage named in Spanish and a loan
 * written as a note; one group told before a routing cue and a routing number is the
 * account; an SSN cue before "for the <kind> account"; a business's employer number (EIN);
 * an advert's phone numbers and mailboxes are the advertiser's; "chk" and a voice-typed
 * "count number" as account cues; the paper a number is read from between its cue and "is";
 * "nacido" before a birth date; "mother maiden" and "birth city" as security questions; an
 * ITIN after its cue (the IRS's ranges, not the SSA's); a PIN set after a doubt ("i think i
 * changed it to …"); Arabic "the code"; Urdu "my PIN"; "memorable word" misspelt; what a card
 * did at a merchant's site is no dictated email; an error message's code is no secret.
 * Values are made up; offsets are checked by slicing the text as received.
 */

describe("an amount's thousands group is no house number", () => {
  it.each([
    ['Told my car was totaled, then offered $3,000 under KBB. Small claims court it is.'],
    ['they paid 12,500 Main Street prices for a condo lol'],
  ])('%j', (text) => {
    expect(found(text).filter(([type]) => type === 'ADDRESS')).toEqual([]);
  });

  it('a Quebec house number after its comma stays one', () => {
    expect(found('mon adresse: 4521, rue Saint-Denis, Montréal QC H2J 2L3')).toEqual([
      ['ADDRESS', '4521, rue Saint-Denis, Montréal QC H2J 2L3'],
    ]);
  });
});

describe('a two-digit birth year before a full stop', () => {
  it.each([
    [
      'Sí, mi fecha de nacimiento: el 14 de marzo del 72. Y el teléfono es viejo',
      '14 de marzo del 72',
    ],
    ['born on march 14 72. still waiting on the card', 'march 14 72'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['DATE_OF_BIRTH', value]]);
  });

  it('a decimal is no year', () => {
    expect(found('dob jan 9 92.5 miles away')).toEqual([]);
  });
});

describe('a mortgage named in Spanish, a loan written as a note', () => {
  it.each([
    [
      'Número de préstamo hipotecario 0034 8819 2270. Quisiera saber cuánto falta',
      '0034 8819 2270',
    ],
    ['mi préstamo personal 4471 0093 2281 no aparece en la app', '4471 0093 2281'],
    ['farm operating note FO-2024-00318 comes due Nov 1, harvest is late', 'FO-2024-00318'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', value]]);
  });

  it('a sticky note names no loan', () => {
    expect(found('i wrote it down on a sticky note 7741 and lost it')).toEqual([]);
  });
});

describe('one group told before a routing cue and a routing number', () => {
  it.each([
    [
      'The pension deposit still goes to the old account. Please move it to 3104927750 routing 236734292',
    ],
    ['new direct deposit: 3104927750, rt# 236734292'],
  ])('%j', (text) => {
    expect(found(text)).toEqual([
      ['BANK_ACCOUNT', '3104927750'],
      ['ROUTING_NUMBER', '236734292'],
    ]);
  });

  it('a phone before a routing question stays a phone', () => {
    expect(found('call me at 3104927750 about a routing question')).toEqual([
      ['PHONE', '3104927750'],
    ]);
  });
});

describe('an SSN cue before "for the <kind> account", and an EIN', () => {
  it('the SSN, and the EIN is none', () => {
    expect(
      found(
        "Treasurer's SSN for the nonprofit account: 105-56-8481. EIN is 84-3310927. Org is Friends of the Library",
      ),
    ).toEqual([['SSN', '105-56-8481']]);
  });

  it.each([['business account, our EIN 84-3310927'], ['EIN number 84-3310927 for the LLC']])(
    'an EIN is none: %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe("an advert's contact points are the advertiser's", () => {
  it.each([
    [
      'Need quick cash? I can flip your bank account for $1500 same day. no risk, text 312-555-0177',
    ],
    [
      'Is your credit score under 600? We can fix it in 30 days GUARANTEED. Call Jason at (877) 555-0136 or email creditfixnow@fastmail.com',
    ],
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("a customer's phone in a post about their own account stays", () => {
    expect(
      found(
        'saw a post saying you can fix your credit score, is that you? my number is 312-555-0177, call me about my account',
      ),
    ).toEqual([['PHONE', '312-555-0177']]);
  });
});

describe('more account cues, and the paper a number is read from', () => {
  it.each([
    [
      'Chk 2290\u200b4417\u200b8836 overdraft protection link to my savings pls',
      '2290\u200b4417\u200b8836',
    ],
    [
      'my rounding number is right and my count number is 4402 1180 7 sorry voice text',
      '4402 1180 7',
    ],
    [
      "The loan # on my statement is 8800 1294 4471 2 and I'd like to pay it off early",
      '8800 1294 4471 2',
    ],
    ['account number on the letter says 8800 1294 4471, is that mine', '8800 1294 4471'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', value]]);
  });

  it('a check by its number is none', () => {
    expect(found('chk 1234 bounced twice')).toEqual([]);
  });
});

describe('a birth date after "nacido", security questions by their subject', () => {
  it('nacido', () => {
    expect(found('Soy Javier Rangel, nacido 05/11/1990, quiero saber del préstamo')).toEqual([
      ['DATE_OF_BIRTH', '05/11/1990'],
    ]);
  });

  it('mother maiden, birth city', () => {
    expect(found('mother maiden: Szymanski birth city: Gdansk')).toEqual([
      ['CREDENTIAL', 'Szymanski'],
      ['CREDENTIAL', 'Gdansk'],
    ]);
  });
});

describe('an ITIN after its cue', () => {
  it.each([
    ['my ITIN is 912784410, can you add it to my account for the 1099', '912784410'],
    [
      'Hola, mi ITIN es nueve uno dos siete ocho cuatro cuatro uno cero, ¿lo pueden agregar?',
      'nueve uno dos siete ocho cuatro cuatro uno cero',
    ],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['SSN', value]]);
  });

  // round 26: an ITIN given after an SSN cue ("my ssn is 912784410") is read, as customers
  // call one the other; a number in neither's ranges is not.
  it.each([['my ITIN is 912-44-4410'], ['my ssn is 912444410']])(
    'outside the ranges of the number its cue names, none: %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('a PIN set after a doubt, Arabic "the code"', () => {
  it.each([
    [
      'my pin isnt working at the atm, i think i changed it last week to 4417 but maybe not',
      '4417',
    ],
    ['أخذ منها رقم البطاقة والرمز. الرمز كان 4406. هي كبيرة بالعمر', '4406'],
    ['کسی نے فون کیا اور میرا پن 2580 لے لیا۔ اکاؤنٹ خالی ہو گیا ہے', '2580'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['CREDENTIAL', value]]);
  });

  it('a doubt with no value set is none', () => {
    expect(found('my password expired, i think i reset it yesterday')).toEqual([]);
  });
});

describe('"memorable word" misspelt', () => {
  it.each([['memorible word is pembroke I think'], ['my memerable word is pembroke']])(
    '%j',
    (text) => {
      expect(found(text)).toEqual([['CREDENTIAL', 'pembroke']]);
    },
  );
});

describe('look-alikes: a merchant spelt out, an error code', () => {
  it.each([
    ['card ending 6685: 4 charges at walmart dot com I didnt make'],
    ['I shop at walmart dot com a lot, is the card blocked there?'],
  ])('no email: %j', (text) => {
    expect(found(text).filter(([type]) => type === 'EMAIL')).toEqual([]);
  });

  it('a dictated address stays one', () => {
    expect(found('write me, rosa at gmail dot com')).toEqual([['EMAIL', 'rosa at gmail dot com']]);
  });

  it('the error code is none, the passcode set before it stays', () => {
    expect(
      found(
        'The passcode I set is Marigold#88 but the app keeps saying "Incorrect passcode (E1027)". I\'ve tried 4 times',
      ),
    ).toEqual([['CREDENTIAL', 'Marigold#88']]);
  });
});
