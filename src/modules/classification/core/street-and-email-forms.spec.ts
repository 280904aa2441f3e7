import { found } from '../../../../test/classification/entities-found';

/**
 * Addresses and emails written in forms the other readers did not take: Queens
 * house numbers, and "(at)" between an address's parts. Values are made up.
 */

describe('Queens house numbers, by the cross street', () => {
  it.each([
    [
      'my address is 42-17 Ditmars Blvd, Astoria, NY 11105',
      '42-17 Ditmars Blvd, Astoria, NY 11105',
    ],
    [
      'send it to 108-22 Queens Blvd Apt 4C, Forest Hills, NY 11375',
      '108-22 Queens Blvd Apt 4C, Forest Hills, NY 11375',
    ],
    [
      'Η διεύθυνσή μου είναι 37-06 30th Ave, Astoria, NY 11103',
      '37-06 30th Ave, Astoria, NY 11103',
    ],
  ])('the hyphen and the second part are the house number: %j', (text, address) => {
    expect(found(text)).toEqual([['ADDRESS', address]]);
  });

  it.each([
    ['we lost 10-15 points on Main'],
    ['the 9-5 shift on Main St'],
    ['call 555-1234 Main St'],
  ])('a score, a shift or a phone is no house number: %j', (text) => {
    expect(found(text).filter(([type]) => type === 'ADDRESS')).toEqual([]);
  });
});

describe('street names holding a unit word, and Quebec layouts', () => {
  it.each([
    // "Bay" is a unit only before its value ("Bay 7"); here it is part of the name.
    [
      'mi dirección: 1450 Biscayne Bay Dr Apt 1204, Miami, FL 33132',
      '1450 Biscayne Bay Dr Apt 1204, Miami, FL 33132',
    ],
    ['4410 Harbor Blvd Bay 7, Oxnard, CA 93035', '4410 Harbor Blvd Bay 7, Oxnard, CA 93035'],
    // A comma after the house number, and the province in parentheses.
    [
      'nouvelle adresse: 3120, rue Beaubien Est, app. 2, Montréal (Québec) H1Y 1H5',
      '3120, rue Beaubien Est, app. 2, Montréal (Québec) H1Y 1H5',
    ],
  ])('%j', (text, address) => {
    expect(found(text)).toEqual([['ADDRESS', address]]);
  });

  it('a number, a comma and a word that is no street type is no address: "J\'ai 4521, rue de problèmes"', () => {
    expect(found("J'ai 4521, rue de problèmes")).toEqual([]);
  });
});

describe("a Mexican state's abbreviation after the city", () => {
  it.each([
    [
      'envíen la tarjeta a Av. Hidalgo 77, Col. Centro, 44100 Guadalajara, Jal.',
      'Av. Hidalgo 77, Col. Centro, 44100 Guadalajara, Jal.',
    ],
    [
      'Calle Zaragoza 12, 64000 Monterrey, N.L. gracias',
      'Calle Zaragoza 12, 64000 Monterrey, N.L.',
    ],
  ])('%j', (text, address) => {
    expect(found(text)).toEqual([['ADDRESS', address]]);
  });
});

describe('"(at)" in an email address', () => {
  it.each([
    ['email the forms to lena.m (at) outlook.com thanks', 'lena.m (at) outlook.com'],
    ['reach me at rafa_22[at]gmail.com', 'rafa_22[at]gmail.com'],
  ])('%j', (text, email) => {
    expect(found(text)).toEqual([['EMAIL', email]]);
  });
});
