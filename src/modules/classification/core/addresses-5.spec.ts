import { found } from '../../../../test/classification/entities-found';

/**
 * Addresses in forms the reader missed or over-read: a Spanish floor and door after the
 * street, a numbered district and a country after a city, a building number where streets
 * go unnamed, "St." in a city's name, a Texas farm-to-market road with its own suffix, a
 * care-of line or a residence's name written before the street, a second unit after the
 * first, an owner phrase without the possessive, and a road's number followed by ordinary
 * words. Values are made up.
 */

function of(type: string, text: string): string[] {
  return found(text)
    .filter(([t]) => t === type)
    .map(([, v]) => v);
}

describe('Spanish floor and door after the street', () => {
  it.each([
    [
      'Mi dirección: Calle de Toledo 88, 2º izq, 28005 Madrid. Gracias',
      'Calle de Toledo 88, 2º izq, 28005 Madrid',
    ],
    [
      'Enviad la tarjeta a Calle Mayor 17, 4º C, 46002 Valencia, por favor',
      'Calle Mayor 17, 4º C, 46002 Valencia',
    ],
    ['Dirección: Calle Sierpes 9, 1ª, 41004 Sevilla.', 'Calle Sierpes 9, 1ª, 41004 Sevilla'],
  ])('%s', (text, value) => {
    expect(of('ADDRESS', text)).toEqual([value]);
  });
});

describe('a numbered district and a country after the city', () => {
  it('reads "Colombo 05, Sri Lanka"', () => {
    expect(
      of('ADDRESS', 'my address for statements: 17 Duplication Road, Colombo 05, Sri Lanka'),
    ).toEqual(['17 Duplication Road, Colombo 05, Sri Lanka']);
  });
});

describe('Canada: building numbers and "St." in the city', () => {
  it.each([
    [
      'My address is Building 2214, Unit 7, Iqaluit, NU X0A 0H0. Thanks',
      'Building 2214, Unit 7, Iqaluit, NU X0A 0H0',
    ],
    [
      'mail it to Bldg 318, Apt 2, Rankin Inlet, NU X0C 0G0',
      'Bldg 318, Apt 2, Rankin Inlet, NU X0C 0G0',
    ],
    [
      "new address 88 Duckworth St, St. John's, NL A1C 1G9 for my statements",
      "88 Duckworth St, St. John's, NL A1C 1G9",
    ],
  ])('%s', (text, value) => {
    expect(of('ADDRESS', text)).toEqual([value]);
  });

  it('does not read a building number without a postcode', () => {
    expect(of('ADDRESS', 'Building 5 at work is closed, Suite 4 moved upstairs')).toEqual([]);
  });
});

describe('Texas farm-to-market and ranch-to-market roads', () => {
  it.each([
    [
      'ship the card to 2210 FM 529 Rd E, Apt 12, Katy, TX 77449',
      '2210 FM 529 Rd E, Apt 12, Katy, TX 77449',
    ],
    ['my address is 9500 RM 620 Rd, Austin, TX 78726', '9500 RM 620 Rd, Austin, TX 78726'],
  ])('%s', (text, value) => {
    expect(of('ADDRESS', text)).toEqual([value]);
  });
});

describe('lines before the street and units after it', () => {
  it.each([
    [
      'Please mail it c/o Pastor Jim Cole, 310 Peachtree St NW, Atlanta, GA 30308. Thanks',
      'c/o Pastor Jim Cole, 310 Peachtree St NW, Atlanta, GA 30308',
    ],
    [
      'Dad moved to Willow Creek Senior Living, 75 Maple Bend Dr Room 9, Boone, NC 28607. Send his statements there.',
      'Willow Creek Senior Living, 75 Maple Bend Dr Room 9, Boone, NC 28607',
    ],
    [
      'send my card to 12 University Pl, Dorm C Room 305, Ithaca, NY 14850.',
      '12 University Pl, Dorm C Room 305, Ithaca, NY 14850',
    ],
  ])('%s', (text, value) => {
    expect(of('ADDRESS', text)).toEqual([value]);
  });
});

describe('hard negatives', () => {
  it.each([
    'We run a pumpkin stand off Route 31 every October. Card payouts are late again.',
    'We drive Hwy 12 most weekends. Square readers keep dropping.',
    'the care home address is 48 Linden Rd, Marion. statements stay with me',
    'The hospital address is 600 Main St, Boone. Please don\u2019t send anything there',
  ])('%s', (text) => {
    expect(of('ADDRESS', text)).toEqual([]);
  });
});
