import { found } from '../../../../test/classification/entities-found';

/**
 * Street addresses in layouts the reader did not take: Hawaii's zone-and-lot house
 * numbers, Puerto Rico's numbered streets and roads, Texas loops, rural routes written
 * with dots, European streets with the number after the name, a country after the
 * postcode, and a district and city without a postcode. Values are made up.
 */

function addresses(text: string): string[] {
  return found(text)
    .filter(([type]) => type === 'ADDRESS')
    .map(([, value]) => value);
}

describe('addresses around the world', () => {
  it.each([
    // Hawaii: a zone of one or two digits, a hyphen, then up to four digits; hyphenated cities.
    [
      'new address is 68-3471 Waikoloa Rd, Waikoloa, HI 96738 thanks',
      '68-3471 Waikoloa Rd, Waikoloa, HI 96738',
    ],
    [
      'Mahalo! 73-1290 Ahikawa St, Kailua-Kona, HI 96740 is where we live now',
      '73-1290 Ahikawa St, Kailua-Kona, HI 96740',
    ],
    // Quebec: "rue" and a hyphenated city before the province and postal code.
    [
      'Nouvelle adresse : 318 rue Perreault, Val-des-Sources, QC J1T 2K9.',
      '318 rue Perreault, Val-des-Sources, QC J1T 2K9',
    ],
    // Puerto Rico: an urbanización written first, a numbered calle and its bloque.
    [
      'Envíen el cheque a Urb. Los Almendros, Calle 7 Bloque 22 #14, Bayamón, PR 00961 por favor',
      'Urb. Los Almendros, Calle 7 Bloque 22 #14, Bayamón, PR 00961',
    ],
    // Puerto Rico: a carretera by its kilometre, and a barrio after it.
    [
      'Dirección postal: Carr. 172 Km 9.4, Bo. Rincón, Cidra, PR 00739. Gracias',
      'Carr. 172 Km 9.4, Bo. Rincón, Cidra, PR 00739',
    ],
    // Texas: a numbered loop with its sides.
    [
      'ship to 8200 W Loop 335 S Apt 410, Amarillo, TX 79118',
      '8200 W Loop 335 S Apt 410, Amarillo, TX 79118',
    ],
    // A rural route written with dots, then its box.
    [
      'Mailing: R.R. 4, Box 212, Walnut Creek, OH 44687. no phone out here',
      'R.R. 4, Box 212, Walnut Creek, OH 44687',
    ],
    // A country after the postcode and city.
    [
      'Adresse : 7 Rue des Tanneurs, 67000 Strasbourg, France. Merci',
      '7 Rue des Tanneurs, 67000 Strasbourg, France',
    ],
    // The number after the street's name, and a postcode and city after it.
    [
      'Il mio indirizzo: Via Garibaldi 58, 40124 Bologna, Italia. Grazie',
      'Via Garibaldi 58, 40124 Bologna, Italia',
    ],
    [
      'Mijn adres is Keizersgracht 417, 1016 EK Amsterdam, stuur de pas daarheen',
      'Keizersgracht 417, 1016 EK Amsterdam',
    ],
    ['adresa: Korunní 2076/18, 130 00 Praha 3', 'Korunní 2076/18, 130 00 Praha 3'],
    ['Meine Adresse: Lindenstraße 12, 50674 Köln', 'Lindenstraße 12, 50674 Köln'],
    ['mój adres: ul. Polna 31, 00-635 Warszawa', 'ul. Polna 31, 00-635 Warszawa'],
    ['Adresse: Favoritenstraße 88, 1100 Wien', 'Favoritenstraße 88, 1100 Wien'],
    // A district and a city after the street, no postcode, with an address cue.
    [
      'my address na 9 Akin Adesola Street, Ikoyi, Lagos, abeg send am there',
      '9 Akin Adesola Street, Ikoyi, Lagos',
    ],
  ])('reads the whole address in %j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    // A measure before "loop" or "way" written in lower case is no street.
    ['the hold music is a 15 second loop of a trumpet'],
    ['we walked a 3 mile loop around the lake'],
    // A year after a city, a score, a box or a unit before a postcode-like number.
    ['I moved to Denver 2019, loved it'],
    ['final score Tigers 104, 2024 playoffs were wild'],
    ['Chapter 11, 2020 was a rough year'],
    // A shift or a score with a hyphen is no Hawaii house number.
    ['I work the 7-3 shift on Ala Moana Blvd'],
    ['we lost 10-15 points on Main'],
    // "via" before a payment app is no Italian street.
    ['I sent 40 via Zelle, 2 days ago'],
    // A numbered calle with no postcode and no cue.
    ['hay tapón en la Calle 5 desde las 8'],
  ])('reads no address in %j', (text) => {
    expect(addresses(text)).toEqual([]);
  });

  it('keeps a unit before a numbered highway, and the side after it', () => {
    expect(addresses('I live at Lot 7, 3100 Hwy 64 W, Tarboro, NC 27886 now')).toEqual([
      'Lot 7, 3100 Hwy 64 W, Tarboro, NC 27886',
    ]);
  });

  it('still reads a box alone, and a box after a unit', () => {
    expect(addresses('Box 2291, Sitka AK 99835')).toEqual(['Box 2291, Sitka AK 99835']);
    expect(addresses('Ste 4, Box 16, Lodi, OH 44254')).toEqual(['Box 16, Lodi, OH 44254']);
  });
});

describe('a place after a street without a postcode', () => {
  it.each([
    ['my address is 40 Liberty Road, Osu, Accra.', '40 Liberty Road, Osu, Accra'],
    ['mi dirección es Carr. 845 Km 3.2, Trujillo Alto', 'Carr. 845 Km 3.2, Trujillo Alto'],
    // One place that the sentence goes on after is left out.
    ['I live at 12 Birch St, Dayton, and work nights', '12 Birch St'],
    // Without an address cue the place is not read.
    ['the party is at 9 Cedar Lane, Brookfield.', '9 Cedar Lane'],
  ])('%j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});
