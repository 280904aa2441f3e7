import { found } from '../../../../test/classification/entities-found';

/**
 * Whose contact data it is, read this round: an owning phrase right after an email address
 * that the words before gave to a message's sender, a third party's email named by a
 * possessive role noun, the institution's branch or main number named before it, an IBAN the
 * post gives to someone else and not the customer, a nursing home the customer moved to, and
 * Korean road-name addresses written in Latin letters. Values are fake.
 */

const ofType = (text: string, type: string): string[] =>
  found(text, 'chat')
    .filter(([t]) => t === type)
    .map(([, value]) => value);

describe('an owning phrase right after an email address', () => {
  it.each([
    [
      'my dad got an alert email from walt.okafor1941@example.net — that is his email but he never reads it',
      'walt.okafor1941@example.net',
    ],
    [
      'the reset email came from june.parr52@example.org, which is my old email. who sent it?',
      'june.parr52@example.org',
    ],
    [
      'got a message from ruthie.k@example.com, that’s mine, i never wrote it',
      'ruthie.k@example.com',
    ],
  ])('keeps it: %j', (text, value) => {
    expect(ofType(text, 'EMAIL')).toEqual([value]);
  });

  it.each([
    ['got an email from security-alerts@example.biz saying my account is locked'],
    ['someone changed my email to dark.rider@example.net without asking'],
  ])('still drops a sender or a wrongdoer: %j', (text) => {
    expect(ofType(text, 'EMAIL')).toEqual([]);
  });
});

describe("a third party's email named by a possessive role noun", () => {
  it.each([
    ["my landlord's email is leasing@maplecourt-homes.example, send the receipt there"],
    ["her employer's email is hr.team@northfield-mfg.example"],
    ["the school's email: office@lincoln-elem.example"],
    ["my lawyer's email is d.ferraro@ferraro-law.example"],
  ])('is no finding: %j', (text) => {
    expect(ofType(text, 'EMAIL')).toEqual([]);
  });

  it('keeps the customer’s own', () => {
    expect(ofType('my email is tessa.liang@example.com', 'EMAIL')).toEqual([
      'tessa.liang@example.com',
    ]);
  });
});

describe("the institution's branch or main number named before it", () => {
  it.each([
    ['Branch phone (503) 555-0172 just rings and rings.'],
    ['branch number 312-555-0139 goes to voicemail every time'],
    ['Main number 415-555-0166 says the branch is closed. Which is it?'],
    ["the credit union's phone 608-555-0121 is always busy"],
  ])('is no finding: %j', (text) => {
    expect(ofType(text, 'PHONE')).toEqual([]);
  });

  it.each([
    ['my main number is 503-555-0177, call me there', '503-555-0177'],
    ['my branch phone? no, my cell: 312-555-0188', '312-555-0188'],
  ])('keeps the customer’s own: %j', (text, value) => {
    expect(ofType(text, 'PHONE')).toEqual([value]);
  });
});

describe('an IBAN the post gives to someone else, not the customer', () => {
  it.each([
    [
      'Vorrei mandare soldi a mia figlia, IBAN sua IT60 X054 2811 1010 0000 0123 456 — è la sua, non la mia.',
    ],
    ["Please wire it to my son: DE89 3704 0044 0532 0130 00 (it's his, not mine)."],
    ['IBAN GB82 WEST 1234 5698 7654 32, that is his account and not mine'],
  ])('is no finding: %j', (text) => {
    expect(ofType(text, 'IBAN')).toEqual([]);
  });

  it.each([
    [
      'Il mio IBAN IT60 X054 2811 1010 0000 0123 456, è il mio conto',
      'IT60 X054 2811 1010 0000 0123 456',
    ],
    ['my IBAN is DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
  ])('keeps the customer’s own: %j', (text, value) => {
    expect(ofType(text, 'IBAN')).toEqual([value]);
  });
});

describe('a nursing home the customer moved to', () => {
  it.each([
    [
      'I moved to the nursing home at 2250 Westbrook Ave, Room 108, Dayton, OH 45406. Send my checks there.',
      '2250 Westbrook Ave, Room 108, Dayton, OH 45406',
    ],
    [
      'mom now lives at the care home at 18 Orchard Ln, Burlington, VT 05401',
      '18 Orchard Ln, Burlington, VT 05401',
    ],
  ])('is the customer’s address: %j', (text, value) => {
    expect(ofType(text, 'ADDRESS')).toEqual([value]);
  });

  it('the nursing home’s own address stays no finding', () => {
    expect(
      ofType(
        'is the nursing home at 2250 Westbrook Ave, Dayton, OH 45406 a partner of yours?',
        'ADDRESS',
      ),
    ).toEqual([]);
  });
});

describe('Korean road-name addresses in Latin letters', () => {
  it.each([
    [
      'please ship the new card to 152 Teheran-ro, Gangnam-gu, Seoul 06236 by friday',
      '152 Teheran-ro, Gangnam-gu, Seoul 06236',
    ],
    [
      'my address: 35 Olympic-ro 8-gil, Songpa-gu, Seoul 05551, South Korea',
      '35 Olympic-ro 8-gil, Songpa-gu, Seoul 05551, South Korea',
    ],
    [
      'can you courier my card to Hanbit Tower, 21 Jungang-daero, Jung-gu, Busan 48939?',
      'Hanbit Tower, 21 Jungang-daero, Jung-gu, Busan 48939',
    ],
  ])('reads the address: %j', (text, value) => {
    expect(ofType(text, 'ADDRESS')).toEqual([value]);
  });

  it('takes no building name without a request to send', () => {
    expect(
      ofType(
        'I study at Hanbit Tower, 21 Jungang-daero, Jung-gu, Busan 48939 this year',
        'ADDRESS',
      ),
    ).toEqual(['21 Jungang-daero, Jung-gu, Busan 48939']);
  });

  it('reads no address from a road name without its district and postcode', () => {
    expect(ofType('I walked 20 Yonsei-ro blocks today', 'ADDRESS')).toEqual([]);
  });
});
