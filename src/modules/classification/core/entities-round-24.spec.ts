import { found } from '../../../../test/classification/entities-found';
import { loadPolicySet } from '../../policy/core';

/**
 * Round 24: US customers' posts. A street whose name holds a suffix word ("Cedar Lane Rd"); a
 * birth date read out ("July the 4th 1949"); a username paired with its PIN; a password of
 * several words on a line of its own after "pass:"; Spanish "mi SS es"; a crypto wallet's
 * recovery phrase; the contacts of a body shop or a travel agent written in brackets after
 * it, a lawyer's or a tax preparer's number after their name; the numbers typed when money
 * went to the wrong person; an employer identification number is no SSN; a phone said digit
 * by digit in parts; an account opening a private answer, then said to be the one; a PIN told
 * as tried, written down or the old one; Turkish (the dotless "ı" folded) and Somali birth
 * dates; an advertiser's "text me at", "visit us at", "llama al". Values are made up; offsets are checked by slicing the text as received.
 */

describe('addresses and birth dates', () => {
  it.each([
    [
      'Address for the new card: 1701 Cedar Lane Rd Lot 44, Greenville, SC 29617',
      'ADDRESS',
      '1701 Cedar Lane Rd Lot 44, Greenville, SC 29617',
    ],
    ['voice to text sorry my birthday is July the 4th 1949', 'DATE_OF_BIRTH', 'July the 4th 1949'],
  ])('%j', (text, type, value) => {
    expect(found(text)).toEqual([[type, value]]);
  });

  it('a date read out with no birth-date keyword is no birth date', () => {
    expect(found('the payment is due July the 4th 2026')).toEqual([]);
  });
});

describe('credentials', () => {
  it.each([
    [
      'Login ID OlsonDairy PIN 8 4 4 1 telephone banking wont take it',
      [
        ['CREDENTIAL', 'OlsonDairy'],
        ['CREDENTIAL', '8 4 4 1'],
      ],
    ],
    [
      'user ID BillyRayC / PIN 5 5 1 9',
      [
        ['CREDENTIAL', 'BillyRayC'],
        ['CREDENTIAL', '5 5 1 9'],
      ],
    ],
    [
      "user: CaptMorales\npass: Semper Fi 0311\ni can't see my EOBs",
      [
        ['CREDENTIAL', 'CaptMorales'],
        ['CREDENTIAL', 'Semper Fi 0311'],
      ],
    ],
  ])('%j', (text, values) => {
    expect(found(text, 'chat')).toEqual(values);
  });

  it('a PIN alone keeps its username keyword unread', () => {
    expect(found('my login pin is 4412')).toEqual([['CREDENTIAL', '4412']]);
  });

  it('words after "password:" that are prose stay out of the value', () => {
    expect(found('password: reset it please\nthanks')).toEqual([]);
  });

  it.each([
    [
      'seed phrase?? the "support" guy on telegram said I need to verify it so I sent it. it\'s orbit maple velvet cousin harbor timber glide ocean ripple fossil canyon drift did I mess up',
      'orbit maple velvet cousin harbor timber glide ocean ripple fossil canyon drift',
    ],
    [
      'mi frase semilla: orbit, maple, velvet, cousin, harbor, timber, glide, ocean, ripple, fossil, canyon, drift',
      'orbit, maple, velvet, cousin, harbor, timber, glide, ocean, ripple, fossil, canyon, drift',
    ],
  ])('a recovery phrase: %j', (text, value) => {
    expect(found(text)).toEqual([['CREDENTIAL', value]]);
  });

  it('a recovery phrase named but not given is no finding', () => {
    expect(
      found(
        'someone asked for my seed phrase, I said no way, never sharing those words with anyone who messages me out of nowhere pretending to be support staff',
      ),
    ).toEqual([]);
  });

  it("a recovery phrase's keyword is read as a phrase, and last among the credentials", () => {
    // The credential model's features hold a keyword's index: a new credential goes last.
    const credentials = loadPolicySet().detectors.credentials;
    const seed = credentials.findIndex((c) => c.id === 'credential.seed-phrase');
    expect(credentials[seed]?.value).toBe('phrase');
    expect(seed).toBe(credentials.length - 1);
  });
});

describe('SSNs', () => {
  it('Spanish "mi SS es" before a number said digit by digit', () => {
    expect(found('Mi SS es el 2 8 5 - 6 7 - 5 1 6 1, y nunca pedí nada')).toEqual([
      ['SSN', '2 8 5 - 6 7 - 5 1 6 1'],
    ]);
  });

  it('an employer identification number (laid out 2-7) is no SSN', () => {
    expect(found('EIN for my business is 86-2201948, I need the 1099-INT', 'chat')).toEqual([]);
  });
});

describe("a third party's contacts", () => {
  it.each([
    [
      'Claim # 26-04-FL-0098812 — the body shop (Collision King, 813-555-0171) says they havent received the supplement approval. Can someone call them?',
    ],
    [
      "Our travel agent (Gloria, gloria@islandhopperstravel.com, 305-555-0198) booked the cruise on my card and now there's a second charge of $2,340.",
    ],
    [
      'i sent money to the wrong person. typed 770-555-0193 instead of 770-555-0139. $250. can you reverse it',
    ],
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a lawyer or a tax preparer named, then their number', () => {
    expect(
      found(
        "The lawyer handling my father's estate is Paul Greenberg, (973) 555-2841, he'll be sending the letters testamentary. My number is 973-555-7732",
      ),
    ).toEqual([['PHONE', '973-555-7732']]);
    expect(found('My tax preparer is Gomez Tax Service 316-555-0153, is that you guys?')).toEqual(
      [],
    );
  });

  it("the customer's own number in brackets stays theirs", () => {
    expect(found('call me (my cell, 813-555-0171) thanks')).toEqual([['PHONE', '813-555-0171']]);
  });
});

describe('numbers said digit by digit, and handed over in a chat', () => {
  it.each([
    [
      'Phone on file is old, please use 4 0 5 . 5 5 5 . 0 1 7 7 from now on',
      '4 0 5 . 5 5 5 . 0 1 7 7',
    ],
    [
      'landline works better out here, 9 3 6 - 5 5 5 - 0 1 2 9, ask for Pop',
      '9 3 6 - 5 5 5 - 0 1 2 9',
    ],
  ])('a phone in parts: %j', (text, value) => {
    expect(found(text)).toEqual([['PHONE', value]]);
  });

  it.each([
    ['40558812 is the right one, payroll just wants it confirmed in writing', '40558812'],
    ['0042-1175-66 is the one I want closed', '0042-1175-66'],
    ['77130092 is that my ISA or the current account?', '77130092'],
  ])('an account opening the answer, then said to be the one: %j', (text, value) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', value]]);
  });

  it('an order number said to be the one stays unread', () => {
    expect(found('44019928 is the right one for the order')).toEqual([]);
  });
});

describe('a PIN told as tried, written down or the old one', () => {
  it.each([
    ["Bonjour, mon NIP ne fonctionne plus. J'ai essayé 4827 trois fois et là c'est bloqué", '4827'],
    ['hej, har glemt pinkoden til mit hævekort, den gamle var 4417 men den virker ikke', '4417'],
    ['i wrote my pin down on a sticky note 7741 and now i cant find it OR my card', '7741'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['CREDENTIAL', value]]);
  });

  it("a card's last four after a PIN keyword is no PIN", () => {
    expect(found('i wrote the pin down somewhere, card ends 4471')).toEqual([]);
  });
});

describe('birth dates in Turkish and Somali', () => {
  it.each([
    ['Doğum tarihi 5 Mayıs 1999, öğrenciyim, hesabımı kapatmak istiyorum.', '5 Mayıs 1999'],
    ['Magaceeda Faadumo, taariikhda dhalashadeeda 05/05/1992. Maxaan keenaa?', '05/05/1992'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['DATE_OF_BIRTH', value]]);
  });
});

describe("an advertiser's contacts", () => {
  it.each([
    [
      "Hey! I'm a certified credit repair specialist 📈 raise your score 150 points before the new year 🎆 Text me at 555-0123 for a free consult",
    ],
    [
      '🎄 Holiday Special 🎄 Car title loans up to $10k, keep driving your car! Visit us at 4410 Alameda Ave or call 915-555-0147 today',
    ],
    [
      '🇺🇸 Préstamos para latinos sin SSN ni crédito, aprobación inmediata!! Llama al (956) 400-2231',
    ],
  ])('%j', (text) => {
    expect(found(text, 'dm')).toEqual([]);
  });

  it('a customer who names their own number keeps it, even beside an offer', () => {
    expect(
      found(
        'got a text about a free consult to raise your score, not mine. my number is 555-0123, text me at 555-0123',
      ),
    ).toContainEqual(['PHONE', '555-0123']);
  });
});

describe("after holdout-80 and 81: a caller's, a lawyer's and a friend's numbers", () => {
  it.each([
    [
      'somebody called me from a number saying it was your fraud department. the number was 814-555-0199',
    ],
    [
      'Got a call today from "Medicare" saying they are replacing my card. I hung up. Number was (202) 555-0147.',
    ],
    ["my lawyer's number is (412) 281-6600, he'll be calling you Monday"],
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("a friend's number, then the customer's own", () => {
    expect(
      found(
        "my friend's number is 253-555-0133 but please don't call her, call me at 253-555-0197",
      ),
    ).toEqual([['PHONE', '253-555-0197']]);
  });

  it("the number told after no call stays the customer's", () => {
    expect(
      found(
        "T-Mobile ported my number to someone else, they reset my bank login. Number was 917-555-0133. I'm on a friend's phone.",
      ),
    ).toEqual([['PHONE', '917-555-0133']]);
  });
});

describe('after holdout-80 and 81: cues and codes', () => {
  it.each([
    ['memorable word is pierogi lol', 'CREDENTIAL', 'pierogi'],
    ['first pets name: Bandit', 'CREDENTIAL', 'Bandit'],
    ['koontada 7714002958, mahadsanid', 'BANK_ACCOUNT', '7714002958'],
    ['ana mawlood 2/3/1992, baddi a3ref leh el transfer ma wesil', 'DATE_OF_BIRTH', '2/3/1992'],
  ])('%j', (text, type, value) => {
    expect(found(text)).toEqual([[type, value]]);
  });

  it("a remittance's código de envío is no secret", () => {
    expect(found('El código de envío es EY-55XQ-9021, dice pendiente desde el martes')).toEqual([]);
  });
});
