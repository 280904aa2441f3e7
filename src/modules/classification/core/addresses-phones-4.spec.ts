import { found } from '../../../../test/classification/entities-found';

/**
 * Addresses and phones in forms the readers missed or over-read: South African addresses
 * closed by a four-digit postcode, Singapore blocks with a numbered avenue, a unit and a
 * six-digit postcode, an address the customer asks mail sent to although it is not their
 * home, a PO box written before a street line, toll-free numbers with "+1", a third
 * party's phone named by an owner phrase, a phone number after a one-time-code word, and
 * a phone said digit by digit in Spanish. Values are made up.
 */

function of(type: string, text: string): string[] {
  return found(text)
    .filter(([t]) => t === type)
    .map(([, v]) => v);
}

describe('South African addresses: places, then a four-digit postcode', () => {
  it.each([
    [
      'please update my address to 42 Protea Street, Zone 5, Mthatha, 5099. thanks',
      '42 Protea Street, Zone 5, Mthatha, 5099',
    ],
    [
      'send the statement to my aunt: 9 Seagull Rd, Fish Hoek, Cape Town, 7975',
      '9 Seagull Rd, Fish Hoek, Cape Town, 7975',
    ],
    [
      'new card to 23 Mandela Ave, Soshanguve, Pretoria, 0152, thanks',
      '23 Mandela Ave, Soshanguve, Pretoria, 0152',
    ],
    ['new address 14 Bay Rd, Bondi NSW 2026', '14 Bay Rd, Bondi NSW 2026'],
  ])('the postcode closes the address: %j', (text, address) => {
    expect(of('ADDRESS', text)).toEqual([address]);
  });

  it.each([
    ['we stayed near 12 Elm St, Boston, 2019 was the year'],
    ['the parade went past 8 Oak Rd, Durban, 1987 people came'],
  ])('a year after a place is no postcode without an address cue: %j', (text) => {
    expect(of('ADDRESS', text).join()).not.toMatch(/\d{4}$/);
  });
});

describe('Singapore: block, numbered avenue or street, unit and six-digit postcode', () => {
  it.each([
    [
      'pls update, new one is Blk 305 Tampines Ave 4, #05-212, Singapore 520305 ok',
      'Blk 305 Tampines Ave 4, #05-212, Singapore 520305',
    ],
    [
      'my new addr 88 Yishun East St 21, #09-44, Singapore 760088',
      '88 Yishun East St 21, #09-44, Singapore 760088',
    ],
  ])('one address, the postcode read as its part: %j', (text, address) => {
    expect(found(text)).toEqual([['ADDRESS', address]]);
  });
});

describe('where the customer asks mail to be sent', () => {
  it.each([
    [
      'We are staying with family. Please send my replacement card to 5120 Pecan Grove Dr, Waco, TX 76710 not my home address',
      '5120 Pecan Grove Dr, Waco, TX 76710',
    ],
    [
      'Could you mail the checks to 77 Birch Ln, Eugene, OR 97401, not my home address',
      '77 Birch Ln, Eugene, OR 97401',
    ],
  ])('is the customer’s address, even when not their home: %j', (text, address) => {
    expect(of('ADDRESS', text)).toEqual([address]);
  });

  it.each([
    ['You sent my card to 5120 Pecan Grove Dr, Waco, TX 76710, not my address'],
    ['Why did the bank mail a letter to 77 Birch Ln, Eugene, OR 97401? That is not my address'],
  ])('an address the mail went to and the customer disowns stays unread: %j', (text) => {
    expect(of('ADDRESS', text)).toEqual([]);
  });
});

describe('a PO box and a street line', () => {
  it.each([
    [
      'mailing address for tax forms: PO Box 918, 207 Ridge Rd, Medford, OR 97501',
      'PO Box 918, 207 Ridge Rd, Medford, OR 97501',
    ],
    [
      'use P.O. Box 33, 14 Mill St, Keene, NH 03431 for letters',
      'P.O. Box 33, 14 Mill St, Keene, NH 03431',
    ],
  ])('are one address: %j', (text, address) => {
    expect(of('ADDRESS', text)).toEqual([address]);
  });
});

describe('phone numbers that are not the customer’s', () => {
  it.each([
    ['is +1-888-555-0142 free to call from Spain?'],
    ['lost card line abroad, is it +1 (877) 555-0110?'],
    ['I called +1 866 555 0123 twice'],
  ])('a toll-free number with "+1" is the institution’s: %j', (text) => {
    expect(of('PHONE', text)).toEqual([]);
  });

  it.each([
    ["Sent $200 to my brother. The receiver's phone is 054 555 3321 (mobile money)."],
    ['Recipient’s mobile is 0803 555 2210, did the transfer land?'],
    ['Paying my cousin in Accra, his number not mine, 020 555 7788.'],
    ['Our real line is on the website, the scammer’s is 412-555-0177'],
    ['el teléfono del beneficiario es 0991 555 234'],
  ])('a third party’s phone after an owner phrase stays unread: %j', (text) => {
    expect(of('PHONE', text)).toEqual([]);
  });

  it.each([
    ['Pls call my mom instead, her number is +44 7700 900512', '+44 7700 900512'],
    ['recipient phone for cash pickup is +52 (55) 5512 7733', '+52 (55) 5512 7733'],
    ["The receiver's name is Ama. My phone is (614) 555-0163, call me", '(614) 555-0163'],
  ])('the customer’s own, or a number given to be reached at, is still read: %j', (text, phone) => {
    expect(of('PHONE', text)).toEqual([phone]);
  });
});

describe('a phone number after a one-time-code word', () => {
  it.each([
    ['My phone for OTP is 503-555-0147 and no code arrives', '503-555-0147'],
    ['number for the verification code: (312) 555-0188', '(312) 555-0188'],
  ])('laid out as a phone, is the phone: %j', (text, phone) => {
    expect(of('PHONE', text)).toEqual([phone]);
    expect(of('CREDENTIAL', text)).toEqual([]);
  });

  it('six digits after the code word stay a one-time code', () => {
    expect(of('CREDENTIAL', 'my OTP is 480213 and it expired')).toEqual(['480213']);
  });
});

describe('a phone said digit by digit in Spanish words', () => {
  it.each([
    [
      'Mi número es cero nueve nueve uno dos tres cuatro cinco seis siete para que me llamen',
      'cero nueve nueve uno dos tres cuatro cinco seis siete',
    ],
    [
      'Mi teléfono es cero ocho uno dos tres cuatro cinco seis siete ocho',
      'cero ocho uno dos tres cuatro cinco seis siete ocho',
    ],
  ])('is the phone: %j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });

  it('after an account cue, the digits said one by one stay the account', () => {
    expect(
      of(
        'BANK_ACCOUNT',
        'mi número de cuenta es cero nueve nueve uno dos tres cuatro cinco seis siete',
      ),
    ).toEqual(['cero nueve nueve uno dos tres cuatro cinco seis siete']);
  });
});
