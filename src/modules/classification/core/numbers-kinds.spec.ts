import { found } from '../../../../test/classification/entities-found';

/**
 * Numbers read as the kind their cue and layout say: an eight-digit number is a
 * phone only after its phone cue, a national mobile after a call verb, the
 * account a wire is debited from, a part of a phone number that no NANP number
 * can be, a Canadian transit-institution-account, lettered policy numbers after
 * an insurance line or a glued "#", and a phone said in words in comma-set parts.
 * Values are fake; offsets are checked by slicing the text as received.
 */

describe('eight digits: the phone cue must stand before the number', () => {
  it.each([
    ['Акаунт 52207194, телефон (312) 555-0178.', '52207194', '(312) 555-0178'],
    ['Account 63318820, phone (646) 555-0121, please check', '63318820', '(646) 555-0121'],
  ])('%j', (text, account, phone) => {
    expect(found(text)).toEqual([
      ['BANK_ACCOUNT', account],
      ['PHONE', phone],
    ]);
  });

  it.each([
    ['mobile 9331 2786 please call', '9331 2786'],
    ['香港電話 6128 4497', '6128 4497'],
  ])('%j is still a phone', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });
});

describe('national mobiles after a call verb', () => {
  it.each([
    ['Tawag po kayo sa 0918 442 7109, nasa Cebu ako', '0918 442 7109'],
    ['Tawagan niyo ako sa 0927 310 5582 mamaya', '0927 310 5582'],
    ['Llámame al 0917 223 4410 por favor', '0917 223 4410'],
  ])('%j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });
});

describe('the account a wire is debited from', () => {
  it.each([
    ['Transfer details: mine to debit: 7301928846', '7301928846'],
    ['please debit from 5520194837 for the wire', '5520194837'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});

describe('a part of a phone number is no phone', () => {
  it.each([
    'Rang the branch at (555) 013-2290, they sorted it out',
    'the office line (555) 104-8821 never picks up',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a number so laid out and said to be the customer is still read', () => {
    expect(found('call me at (555) 012-3398')).toEqual([['PHONE', '(555) 012-3398']]);
  });
});

describe('a valid routing number described as the number on the check', () => {
  it('is the routing number', () => {
    expect(found('The number printed on my check 021000021 does not match the app')).toEqual([
      ['ROUTING_NUMBER', '021000021'],
    ]);
  });

  it('an account cue before "on my checks" keeps the account', () => {
    expect(found('my account number on my checks is 021000021')).toEqual([
      ['BANK_ACCOUNT', '021000021'],
    ]);
  });
});

describe('a Canadian transit-institution-account is one number', () => {
  it.each([
    ['Compte 00731-002-6640291. Merci', '00731-002-6640291'],
    ['acct 01822-004-1120873 for the deposit', '01822-004-1120873'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});

describe('lettered policy numbers', () => {
  it.each([
    [
      'bundle: home policy HM-7720194-01, auto AT-7720194-02. thanks',
      ['HM-7720194-01', 'AT-7720194-02'],
    ],
    ['discount missing on my auto AUT-55120-7 since June', ['AUT-55120-7']],
    ['my renters RNT-4419207 renewed twice', ['RNT-4419207']],
    ['Policy #TX-88120473, new address soon', ['TX-88120473']],
    ['policy #HO-3318820 lapsed', ['HO-3318820']],
  ])('%j', (text, values) => {
    expect(found(text)).toEqual(values.map((v) => ['BANK_ACCOUNT', v]));
  });

  it.each([
    'my car ABC-1234 was towed',
    'the auto AP-12 form is confusing',
    '#Auto-2024 deals are here #CA-1234567',
    'I love my home HOA-22 meetings',
  ])('%j stays unread', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a phone said in words, its parts set off by commas', () => {
  it.each([
    [
      'Mi teléfono es seis seis… no: siete uno cuatro, cinco cinco cinco, cero uno tres ocho',
      'siete uno cuatro, cinco cinco cinco, cero uno tres ocho',
    ],
    [
      'my phone is four one two, five five five, zero one six six',
      'four one two, five five five, zero one six six',
    ],
  ])('%j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });

  it.each(['I have two, three kids', 'one, two, three, four, five'])('%j stays unread', (text) => {
    expect(found(text)).toEqual([]);
  });
});
