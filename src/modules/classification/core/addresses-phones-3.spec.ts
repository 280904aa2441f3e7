import { found } from '../../../../test/classification/entities-found';

/**
 * Addresses, phones and spelled-out emails in forms the readers missed or over-read:
 * a room in a lodging before the street, numbered highways hyphened to their number,
 * Caribbean and Irish addresses closed by a district and a country, Mexican ranches on
 * a kilometre road, addresses an owner phrase gives to someone else, a "+" phone that a
 * Nordic word for email follows, and "X at Y dot com" where X is a plain word. Values
 * are made up.
 */

function of(type: string, text: string): string[] {
  return found(text)
    .filter(([t]) => t === type)
    .map(([, v]) => v);
}

describe('a room rented in a lodging, and highways written with a hyphen', () => {
  it.each([
    [
      'on a work crew this month, mail me at Room 118, Lakeside Motel, 4410 SR-9, Dothan, AL 36301',
      'Room 118, Lakeside Motel, 4410 SR-9, Dothan, AL 36301',
    ],
    [
      'temp address: Rm 7, Pine Hollow Inn, 2290 US-61, Natchez, MS 39120 until March',
      'Rm 7, Pine Hollow Inn, 2290 US-61, Natchez, MS 39120',
    ],
    ['new address 3120 Hwy-90, Beaumont, TX 77705', '3120 Hwy-90, Beaumont, TX 77705'],
  ])('the room, the lodging and the street are one address: %j', (text, address) => {
    expect(of('ADDRESS', text)).toEqual([address]);
  });

  it.each([
    ['we had the reunion at the Harbor Hotel, 300 Bay St, Mobile, AL 36602'],
    ['the conference is at Room 4, Town Hall, 18 Main St, Avon, CT 06001'],
  ])('a lodging or hall named without a rented room stays unread: %j', (text) => {
    expect(of('ADDRESS', text)).toEqual([]);
  });
});

describe('districts and countries closing an address without a postcode', () => {
  it.each([
    [
      'please post the card to 27 Lady Musgrave Road, Kingston 10, Jamaica. thanks',
      '27 Lady Musgrave Road, Kingston 10, Jamaica',
    ],
    ['send it to 9 Bay Street, Bridgetown, Barbados.', '9 Bay Street, Bridgetown, Barbados'],
    [
      'my address is 31 Harcourt Street, Dublin 2, Ireland',
      '31 Harcourt Street, Dublin 2, Ireland',
    ],
  ])('the district and the country belong to the address: %j', (text, address) => {
    expect(of('ADDRESS', text)).toEqual([address]);
  });

  it.each([
    ['we met at 12 Elm St, Kingston, and then drove home', '12 Elm St'],
    ['my address is 12 Elm St, Springfield, and I work nights', '12 Elm St'],
  ])('a place a comma and the sentence follow is left out: %j', (text, address) => {
    expect(of('ADDRESS', text)).toEqual([address]);
  });
});

describe('Mexican ranches and ejidos on a kilometre road', () => {
  it.each([
    [
      'domicilio Rancho Los Alamos, Carr. 45 Km 18, Camargo, Chih. 33700',
      'Rancho Los Alamos, Carr. 45 Km 18, Camargo, Chih. 33700',
    ],
    [
      'mi dirección es Ejido San Isidro, Carretera 57 Km 102, Matehuala, S.L.P., C.P. 78700',
      'Ejido San Isidro, Carretera 57 Km 102, Matehuala, S.L.P., C.P. 78700',
    ],
  ])('the ranch, the road, the city, its state and postcode: %j', (text, address) => {
    expect(of('ADDRESS', text)).toEqual([address]);
  });
});

describe("an address an owner phrase gives to someone else's place", () => {
  it.each([
    [
      "The hospital's address is 900 Pine St, but he stays with me at 41 Linden Ave, Akron, OH 44303",
      '41 Linden Ave, Akron, OH 44303',
    ],
    [
      'forward the statements to the firehouse, 22 Route 6, account is in the department name',
      null,
    ],
    ['the clinic at 75 Oak St said to bring my card', null],
    [
      'my dad lives at the nursing home at 55 Birch Ave, Dayton, OH 45402',
      '55 Birch Ave, Dayton, OH 45402',
    ],
  ])('only the customer’s own is read: %j', (text, address) => {
    expect(of('ADDRESS', text)).toEqual(address === null ? [] : [address]);
  });
});

describe('"+" phone numbers that a Nordic word for email follows', () => {
  it.each([
    ['Mobilen min er +47 903 18 442, e-post kari@example.no', '+47 903 18 442'],
    ['Mitt nummer är +46 70 555 12 34, e-post per@example.se', '+46 70 555 12 34'],
    ['my phone is +45 21 43 65 87, epost below', '+45 21 43 65 87'],
  ])('the number is a phone, not a reference: %j', (text, phone) => {
    expect(of('PHONE', text)).toEqual([phone]);
  });

  it.each([['my ticket 4471 2290, post it here']])(
    'a number without "+" before a reference word stays unread: %j',
    (text) => {
      expect(of('PHONE', text)).toEqual([]);
    },
  );
});

describe('"X at Y dot com" with a plain word for X', () => {
  it.each([
    ['Get real likes at likeboost dot com!!'],
    ['Buy cheap views at viewfarm dot net today'],
    ['come meet us at brunchclub dot com'],
  ])('no email is read: %j', (text) => {
    expect(of('EMAIL', text)).toEqual([]);
  });

  it.each([
    ['you can reach me, rosa at gmail dot com', 'rosa at gmail dot com'],
    ['write to m.okafor at outlook dot com', 'm.okafor at outlook dot com'],
    ['my email is dario at yahoo dot com', 'dario at yahoo dot com'],
  ])('a name or handle stays read: %j', (text, email) => {
    expect(of('EMAIL', text)).toEqual([email]);
  });
});

describe("a message's sender named before its address", () => {
  it.each([
    ['Got a text saying my card is locked. Sender was alerts-team@verify-cardhelp.net, fake'],
    ["the sender's address is noreply@secure-login-check.co, is that you?"],
  ])('the sender’s email is not the customer’s: %j', (text) => {
    expect(of('EMAIL', text)).toEqual([]);
  });

  it('the customer’s own after a sender named elsewhere stays read', () => {
    expect(
      of('EMAIL', 'Sender was unknown. My email is lena.park@example.com, reply there'),
    ).toEqual(['lena.park@example.com']);
  });
});
