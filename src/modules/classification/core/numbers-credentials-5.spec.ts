import { found } from '../../../../test/classification/entities-found';
import { cardNetwork, isCardNumber } from './checksums';

/**
 * Domestic card networks (Elo, Mir, RuPay, Troy, Hipercard), "account" spelt as said,
 * where deposits land, a loan called a note, a range of checks, the MICR line read as
 * routing then account, an old security answer told in the next sentence, and a
 * professional's email address. Values are fake; offsets are checked by slicing the
 * text as received.
 */

const digitsOf = (s: string): number[] => [...s.replace(/\D/g, '')].map(Number);

describe('domestic card networks', () => {
  it.each([
    ['5090 4881 2207 3346', 'elo'],
    ['5067 2033 9918 2244', 'elo'],
    ['2201 4117 7308 1528', 'mir'],
    ['6080 1233 4455 6675', 'rupay'],
    ['9792 1044 8823 3100', 'troy'],
    ['6062 8200 4471 1938', 'hipercard'],
  ])('%s is a %s card', (pan, network) => {
    const d = digitsOf(pan);
    expect(cardNetwork(d, 0, d.length)).toBe(network);
    expect(isCardNumber(d, 0, d.length)).toBe(true);
  });

  it('a wrong check digit or length is no card', () => {
    expect(isCardNumber(digitsOf('5090 4881 2207 3347'), 0, 16)).toBe(false);
    expect(cardNetwork(digitsOf('509048812207334'), 0, 15)).toBeUndefined();
    expect(cardNetwork(digitsOf('9793104488233100'), 0, 16)).toBeUndefined();
  });

  it.each([
    ['Oi, meu cartão 5090 4881 2207 3346 foi clonado, preciso bloquear', '5090 4881 2207 3346'],
    ['mi tarjeta 2201 4117 7308 1528 fue clonada ayer', '2201 4117 7308 1528'],
    ['ma carte 9792 1044 8823 3100 a été volée', '9792 1044 8823 3100'],
    ['my RuPay card 6080 1233 4455 6675 got blocked', '6080 1233 4455 6675'],
  ])('%j', (text, pan) => {
    expect(found(text)).toEqual([['CARD_NUMBER', pan]]);
  });
});

describe('account cues: "account" spelt as said, and where deposits land', () => {
  it.each([
    ['Me card no dey work. Akawnt 6623104475', '6623104475'],
    ['pls check my akaunt no 3318820946, money never land', '3318820946'],
    ['our market stall deposits to 7712093386 are three days late', '7712093386'],
    ['payments to 4410293385 keep bouncing back', '4410293385'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a phone cue keeps its number a phone', () => {
    expect(found('call me at 7712093386 about my deposits')).toEqual([['PHONE', '7712093386']]);
  });
});

describe('a loan called a note', () => {
  it.each([
    ['my car note CN-0058211 is due friday, can i push it', 'CN-0058211'],
    ['Truck note TK-7730419 autopay failed', 'TK-7730419'],
  ])('%j', (text, loan) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', loan]]);
  });

  it.each([
    ['Note TK-0058211 is the ticket from the shop'],
    ['side note: ZX-4410023 was the old form'],
  ])('a note that names no loan stays unread: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a range of checks is not an account', () => {
  it.each([
    ['Lost my checkbook. Checks 3301-3350 from account 7711204469, stop them please', '7711204469'],
    ['cheques 0451-0475 de la cuenta 5528810394 fueron robados', '5528810394'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('an account after "de cheques" is still read', () => {
    expect(found('la de ahorros 3300-8812 y la de cheques 3300-8890, quiero pasar $200')).toEqual([
      ['BANK_ACCOUNT', '3300-8812'],
      ['BANK_ACCOUNT', '3300-8890'],
    ]);
  });
});

describe('the MICR line: routing number, then the account', () => {
  it.each([
    [
      'the number on the bottom of my check: 0210 0002 1 then 00048812290. right routing for ACH?',
      '0210 0002 1',
      '00048812290',
    ],
    ['bottom of the check says 021000021 and 5530021987', '021000021', '5530021987'],
  ])('%j', (text, routing, account) => {
    expect(found(text)).toEqual([
      ['ROUTING_NUMBER', routing],
      ['BANK_ACCOUNT', account],
    ]);
  });

  it('a number that is no valid routing number stays unread', () => {
    expect(found('the bottom of the check says 123456789')).toEqual([]);
  });
});

describe('an old security answer told in the next sentence with "used to be"', () => {
  it.each([
    [
      'somebody changed my security answer. It used to be Maple Grove Academy. not me!',
      'Maple Grove Academy',
    ],
    ['alguien cambió mi respuesta de seguridad. Antes solía ser Colegio Andes.', 'Colegio Andes'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['CREDENTIAL', value]]);
  });

  it.each([
    ['my security answer. It has to be Maple Grove Academy'],
    ['i forgot my password, i need to be able to log in today'],
  ])('stays unread: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a professional's email address is not the customer's", () => {
  it.each([
    ["My agent's email is rep@sportsdesk.example if you need to coordinate."],
    ['el correo de mi abogado es lic.ruiz@despacho.example'],
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ["my lawyer's email: counsel@firm.example and mine is jo.b@mail.example", 'jo.b@mail.example'],
    [
      "My wife's on the account. Her email mia.k@mail.example, add her as joint",
      'mia.k@mail.example',
    ],
  ])("the customer's or a joint owner's stays read: %j", (text, email) => {
    expect(found(text)).toEqual([['EMAIL', email]]);
  });
});
