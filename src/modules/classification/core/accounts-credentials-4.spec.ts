import { found } from '../../../../test/classification/entities-found';

/**
 * Plan numbers and a payment's destination read as accounts, a RIB read whole,
 * references (applications, student IDs) that are not accounts, the routing number
 * asked about, and credentials after French link words or typed at an ATM. Values
 * are fake; offsets are checked by slicing the text as received.
 */

describe('a plan number and where a payment should go', () => {
  it.each([
    ['moving money out of my college savings plan 612-0044-7391 this week', '612-0044-7391'],
    ['the headstone payment plan PP-310247 drafted twice', 'PP-310247'],
    ['my payment plan 66120873 autopays on the 5th', '66120873'],
    ['claim #QX-4410 closed, my reimbursement should go to 7730194458 please', '7730194458'],
    ['the payout should go to 5502918834, not the old one', '5502918834'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it.each([
    ['my 529 plan is up 9% this year'],
    ['the payment plan is 12 months at $180'],
    ['the 401k plan 2026 limits changed'],
    ['we are on the family plan, 4 lines'],
  ])('a plan without a number of its own stays unread: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a French or CEMAC RIB', () => {
  it.each([
    ['Douala: mon compte 20041-01005-03318829174, merci', '20041-01005-03318829174'],
    ['mon compte 30002-00550-00001234567-81 est bloqué', '30002-00550-00001234567-81'],
    ['compte 30004 00821 00019283746', '30004 00821 00019283746'],
  ])('is read whole: %j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});

describe('references that are not accounts', () => {
  it.each([
    ['Confirmation number for my mortgage application: 6610293384. Any news?'],
    ['loan application 5592017736 status?'],
    ['student ID 00719935 for the tuition refund'],
    ['my library card number 22918830 was charged a fee'],
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('the account beside a student ID is still read', () => {
    expect(found('tuition refund. student ID 00719935, my account 6620194473')).toEqual([
      ['BANK_ACCOUNT', '6620194473'],
    ]);
  });

  it('an SSN asked for an application is still read', () => {
    expect(found('ssn for the application is 521-77-3046')).toEqual([['SSN', '521-77-3046']]);
  });
});

describe('the routing number asked about', () => {
  it.each([
    [
      'Hola, necesito el número de ruta para el depósito directo. Mi cuenta es 5510293847. ¿Es 011000015?',
      '5510293847',
      '011000015',
    ],
    [
      'I need my routing number for direct deposit. my account is 5510293847, is it 021000021?',
      '5510293847',
      '021000021',
    ],
  ])('%j', (text, account, routing) => {
    expect(found(text)).toEqual([
      ['BANK_ACCOUNT', account],
      ['ROUTING_NUMBER', routing],
    ]);
  });

  it('an invalid routing number asked about stays an account', () => {
    expect(
      found('what is the routing number? my account 5510293847 and is my acct 123456789?'),
    ).toEqual([
      ['BANK_ACCOUNT', '5510293847'],
      ['BANK_ACCOUNT', '123456789'],
    ]);
  });
});

describe('credentials after French link words and typed at an ATM', () => {
  it.each([
    [
      "On m'a volé ma carte. Mon mot de passe était Mbanga#77, je l'ai dit à un faux agent",
      'Mbanga#77',
    ],
    ["Mon NIP c'est 5582 et le guichet le refuse", '5582'],
    ["mon code secret c'était 9041", '9041'],
    ['need a new PIN, pretty sure a guy saw me type 8046 at the gas station ATM', '8046'],
  ])('%j', (text, secret) => {
    expect(found(text)).toEqual([['CREDENTIAL', secret]]);
  });

  it.each([
    ['my pin is locked, the app says type 4 digits then enter'],
    ['forgot my PIN, what do I enter at the ATM'],
  ])('no value typed stays unread: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
