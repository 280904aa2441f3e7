import { found } from '../../../../test/classification/entities-found';

/**
 * Round 21: US customers' posts. A policy number after "#" that looks like a hashtag; "ss"
 * for the social security number; one-time codes listed after "codes"; a security answer
 * after 'answer to the "…" question'; a second birth date after an aside; a PIN told after
 * an emoji ("it was …"); an account being opened names no number. Values are made up;
 * offsets are checked by slicing the text as received.
 */

describe('a policy number after a number sign, capitals and digits in one token', () => {
  it.each([
    ['the sump pump failed and they denied it. Policy #HP44018827.', 'HP44018827'],
    ['policy #AU5521907 renewal went up 40%', 'AU5521907'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', value]]);
  });

  it.each([
    ['love my policy #Blessed2024 lol'],
    ['policy #Claim2024 is trending'],
    ['#HP44018827'],
  ])('a hashtag is none: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('"ss" for the social security number', () => {
  it.each([
    ['hi its Jamal, my ss is 611862755 can you find my old account', '611862755'],
    ['ss is 523-71-4408 for the application', '523-71-4408'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['SSN', value]]);
  });

  it.each([['sent you my ss of the error'], ['my ss is attached'], ['the ss is 4471']])(
    'a screenshot is none: %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('one-time codes listed after "codes"', () => {
  it('each code of six', () => {
    expect(found('someone is logging in right now, i keep getting codes 118734 902245')).toEqual([
      ['CREDENTIAL', '118734'],
      ['CREDENTIAL', '902245'],
    ]);
    expect(found('got codes 220418, 771093 and 450321 in an hour')).toEqual([
      ['CREDENTIAL', '220418'],
      ['CREDENTIAL', '771093'],
      ['CREDENTIAL', '450321'],
    ]);
  });
});

describe('a security answer after \'answer to the "…" question\'', () => {
  it.each([
    ['answer to the "first pet" question is Biscuit', 'Biscuit'],
    ['my answer to the "street you grew up on" question is Maple', 'Maple'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['CREDENTIAL', value]]);
  });

  it('answering the question is no secret', () => {
    expect(found('I had to answer the "first pet" question twice, ugh')).toEqual([]);
  });
});

describe('a second birth date after an aside', () => {
  it('"…, and mine is …"', () => {
    expect(
      found("My son's DOB is 12/01/2009 for the teen checking, and mine is 06/17/1981"),
    ).toEqual([
      ['DATE_OF_BIRTH', '12/01/2009'],
      ['DATE_OF_BIRTH', '06/17/1981'],
    ]);
  });

  it('another date after an aside is none', () => {
    expect(found('my dob is 3/4/1980 for the loan, and my appointment is 06/17/2025')).toEqual([
      ['DATE_OF_BIRTH', '3/4/1980'],
    ]);
  });
});

describe('a PIN told after an emoji', () => {
  it('"… i gave it to them 😞 it was 8852"', () => {
    expect(
      found(
        'they said they were from your bank and asked for my PIN. i gave it to them 😞 it was 8852',
      ),
    ).toEqual([['CREDENTIAL', '8852']]);
  });

  it.each([
    ['reset my PIN please. it was 2019 when i set it'],
    ['my pin got locked 😡 it was 3 tries'],
  ])('a year or a count is none: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('an account being opened names no number', () => {
  it.each([
    ['me piden el SSN para abrir la cuenta, es 523-71-4408', '523-71-4408'],
    ['they need my SSN to open the account: 523714408', '523714408'],
  ])('the cue before it does: %j', (text, value) => {
    expect(found(text)).toEqual([['SSN', value]]);
  });

  it('an account cue of its own still names one', () => {
    expect(found('I want to open an account, my current account 4471220983 elsewhere')).toEqual([
      ['BANK_ACCOUNT', '4471220983'],
    ]);
  });
});

describe('phones of Spain, Portugal and Chile grouped as such are no SSN', () => {
  it.each([
    ['telefone fixo 22 508 1190', '22 508 1190'],
    ['el mío 699 12 34 56', '699 12 34 56'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['PHONE', value]]);
  });

  it('an SSN laid out 3-2-4 stays one', () => {
    expect(found('my ssn 523 71 4408')).toEqual([['SSN', '523 71 4408']]);
  });
});

describe('a caller’s number in Spanish and Portuguese, a relative’s named after it', () => {
  it.each([
    ['me hablaron de un numero 55 8812 4410 diciendo que eran del banco'],
    ['están llamando haciéndose pasar por el banco desde el 601 555 8821 pidiendo códigos'],
    ['me ligaram do 11 94002 8922 dizendo ser do banco'],
    ['os llamo desde el 600 11 22 33 que es el móvil de mi cuñado'],
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['el cel 3204418876 es de la vecina, el mío es 300 771 2293', '300 771 2293'],
    ['los estoy llamando desde el 300 771 2293 que es mi número', '300 771 2293'],
    ['mi cel 3204418876 es de mi casa', '3204418876'],
  ])('the customer’s own stays: %j', (text, value) => {
    expect(found(text)).toEqual([['PHONE', value]]);
  });
});

describe('the card’s PIN in Portuguese and Spanish, a first pet named by its kind', () => {
  it.each([
    ['senha de 4 dígitos do cartão 2 9 0 4 tá bloqueada', '2 9 0 4'],
    ['clave del cajero es 4471', '4471'],
    ['la pregunta secreta es el nombre de mi primer perro: Canelo', 'Canelo'],
    ["first dog's name: Rusty", 'Rusty'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['CREDENTIAL', value]]);
  });

  it.each([['senha do cartão nova chegou?'], ['mi primer perro se llamaba Canelo y lo extraño']])(
    'none: %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('an address the customer sent a payment or a letter to is not theirs', () => {
  it.each([
    ['I mailed my payment to 1400 Commerce Pkwy, Dallas TX 75201 like the statement says'],
    ['I sent the forms to 4400 Main St, Tulsa OK 74101 last week'],
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['please mail the check to 12 Oak St, Austin TX 78701', '12 Oak St, Austin TX 78701'],
    ['send my new card to 12 Oak St, Austin TX 78701', '12 Oak St, Austin TX 78701'],
  ])('where the customer asks to be sent something stays theirs: %j', (text, value) => {
    expect(found(text)).toEqual([['ADDRESS', value]]);
  });
});

describe('nine digits told beside a birth date', () => {
  it.each([
    ["this is my wife's info for adding her to the account: 09/23/1984, 321836297", '321836297'],
    ['Here is my info for the loan app: 4 6 2 2 7 9 3 1 1 dob 04-22-1979', '4 6 2 2 7 9 3 1 1'],
  ])('are the SSN: %j', (text, value) => {
    expect(found(text).filter(([t]) => t === 'SSN')).toEqual([['SSN', value]]);
  });

  it('an account cue right before them still names them', () => {
    expect(found('acct 463289117, dob 3/4/1980')).toEqual([
      ['BANK_ACCOUNT', '463289117'],
      ['DATE_OF_BIRTH', '3/4/1980'],
    ]);
  });
});

describe('passwords told as tried after a password keyword', () => {
  it('"… tried X and Y both rejected"', () => {
    expect(
      found(
        'pasword reset isnt working, it wont accept my new one. tried Marlo2020! and Marlo2020!! both rejected',
      ),
    ).toEqual([
      ['CREDENTIAL', 'Marlo2020!'],
      ['CREDENTIAL', 'Marlo2020!!'],
    ]);
  });

  it.each([
    ['my password wont work, i tried resetting it 3 times'],
    ['I tried Marlo2020! at the gym today'],
  ])('none without the keyword or a value: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a birth date said year first, then the day of the month', () => {
  it.each([
    [
      "Born nineteen fifty two, twelfth of August, I've had my account for years",
      'nineteen fifty two, twelfth of August',
    ],
    ['born nineteen eighty, 3rd of May', 'nineteen eighty, 3rd of May'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['DATE_OF_BIRTH', value]]);
  });

  it('a year alone is none', () => {
    expect(found('born nineteen eighty, and moved here in May')).toEqual([]);
  });
});

describe('a Canadian suite written before the civic number', () => {
  it.each([
    ['my address for the RRSP statements is 402-1150 Bay Street, Toronto, ON M5S 2B4'],
    ['402-1150 Bay Street, Toronto, ON M5S 2B4'],
  ])('%j', (text) => {
    expect(found(text)).toEqual([['ADDRESS', '402-1150 Bay Street, Toronto, ON M5S 2B4']]);
  });

  it('a local phone number before a street word is none', () => {
    expect(found('call 555-0142 Main Street office')).toEqual([]);
  });
});

describe('a US immigration form’s name is no value', () => {
  it.each([
    ['¿Con el I-94 y el permiso de trabajo puedo abrir una cuenta?'],
    ['can I open an account with my I-20 and passport'],
    ['they want my N-400 receipt before the loan'],
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
