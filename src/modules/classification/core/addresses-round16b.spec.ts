import { found } from '../../../../test/classification/entities-found';

/**
 * Round 16, second wave: European street lines that run from the street (its type before
 * the name, after it as a word, or glued to it) through the house number, units and floors
 * to a postcode and city; Welsh and Irish lines closed by a UK postcode or an Eircode;
 * Mexican lines with the city and state after the postcode; Cyrillic and Hebrew lines after
 * an address cue; Glasgow flats and Singapore units; a branch, an agent's office or a title
 * company named before its address stays unread. Made-up posts; values are fake.
 */

const addresses = (text: string): string[] =>
  found(text)
    .filter(([type]) => type === 'ADDRESS')
    .map(([, value]) => value);

describe('European street lines closed by a postcode and city', () => {
  it.each([
    ['Meine neue Adresse: Limmatstrasse 207, 8005 Zürich. Danke', 'Limmatstrasse 207, 8005 Zürich'],
    ['Wir wohnen jetzt in Linzer Straße 41/7, 1140 Wien.', 'Linzer Straße 41/7, 1140 Wien'],
    ['ik woon in Molenstraat 12 bus 4, 3000 Leuven sinds mei', 'Molenstraat 12 bus 4, 3000 Leuven'],
    [
      'Abito in Via Mazzini 9, int. 3, 40121 Bologna BO da marzo',
      'Via Mazzini 9, int. 3, 40121 Bologna BO',
    ],
    [
      'La nova és Carrer de Sants 88, 3r 1a, 08014 Barcelona',
      'Carrer de Sants 88, 3r 1a, 08014 Barcelona',
    ],
    ['Adres: ul. Długa 12/4 m. 6, 80-827 Gdańsk', 'ul. Długa 12/4 m. 6, 80-827 Gdańsk'],
    ['Stanujem na Celovška cesta 55, 1000 Ljubljana', 'Celovška cesta 55, 1000 Ljubljana'],
    ['Jeg bor i Thorvaldsgata 7A, 0365 Oslo nå', 'Thorvaldsgata 7A, 0365 Oslo'],
    [
      'Min adresse er Vesterbrogade 120, 3. th., 1620 København V.',
      'Vesterbrogade 120, 3. th., 1620 København V',
    ],
    ['Heimilisfang: Hverfisgata 40, 101 Reykjavík.', 'Hverfisgata 40, 101 Reykjavík'],
    ["J'habite 12, rue Haute, 1000 Bruxelles depuis peu", '12, rue Haute, 1000 Bruxelles'],
  ])('%j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('Welsh and Irish lines, Glasgow flats, Singapore units', () => {
  it.each([
    ['Cyfeiriad: 8 Heol y Castell, Aberystwyth SY23 2AB', '8 Heol y Castell, Aberystwyth SY23 2AB'],
    [
      'Bogfaidh mé go 9 Bóthar an Chalaidh, Corcaigh T12 X3F4 go luath',
      '9 Bóthar an Chalaidh, Corcaigh T12 X3F4',
    ],
    [
      'Flat 2/1, 17 Byres Road, Glasgow G11 5RD is my address',
      'Flat 2/1, 17 Byres Road, Glasgow G11 5RD',
    ],
    [
      'I moved to Blk 318 Tampines St 33 #05-212 Singapore 520318 last month',
      'Blk 318 Tampines St 33 #05-212 Singapore 520318',
    ],
  ])('%j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('Mexican, Cyrillic and Hebrew lines', () => {
  it.each([
    [
      'Mi mamá vive en Calle Hidalgo #45, Col. Centro, 58000 Morelia, Mich. y ya',
      'Calle Hidalgo #45, Col. Centro, 58000 Morelia, Mich.',
    ],
    [
      'Mi domicilio: Av. Juárez 310, Col. Centro, 31000 Cd. Chihuahua, Chih.',
      'Av. Juárez 310, Col. Centro, 31000 Cd. Chihuahua, Chih.',
    ],
    [
      'Адрес: ул. „Васил Левски“ 22, ет. 2, ап. 5, 4000 Пловдив, благодаря',
      'ул. „Васил Левски“ 22, ет. 2, ап. 5, 4000 Пловдив',
    ],
    [
      'Мојата адреса е ул. Партизанска бр. 8/2, 7000 Битола.',
      'ул. Партизанска бр. 8/2, 7000 Битола',
    ],
    [
      'הכתובת שלי: רחוב ביאליק 12, דירה 4, רמת גן 5245112. תודה',
      'רחוב ביאליק 12, דירה 4, רמת גן 5245112',
    ],
  ])('%j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('stays unread', () => {
  it.each([
    // A branch, an agent's office, a title company: not the customer's address.
    '¿La sucursal de la calle Oak cierra temprano? 220 Oak St, creo',
    'Your agent at 450 Elm Street Toronto never called me back.',
    'The title company is Summit Title, 90 N State St Suite 400. Is that right?',
    'Complimenti alla filiale di Via Dante 3, 20121 Milano, gentilissimi',
    // No postcode and city after the house number.
    'We met via Zoom 12 times, then 3000 people joined',
    'I paid via Zelle 250, 1500 Dallas owes me the rest',
    'The Kerkstraat 45 bus stopped at 9 in the morning',
    'Policy 4512, 2024 renewal for Seefeldstrasse?',
  ])('%j', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
