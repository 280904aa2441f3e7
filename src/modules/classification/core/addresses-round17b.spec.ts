import { found } from '../../../../test/classification/entities-found';

/**
 * Round 17 (second wave): addresses that start before the street (a box, a rural lot, a
 * unit and its building or park), numbered grid streets after the house number, a Finnish
 * stairway and flat, an Estonian house and flat with the street type after the name; and
 * the words after a postcode (a contact label, a pronoun, the next sentence) left out.
 * Made-up posts; values are fake.
 */

const addresses = (text: string): string[] =>
  found(text)
    .filter(([type]) => type === 'ADDRESS')
    .map(([, value]) => value);

describe('addresses that start before the street', () => {
  it.each([
    [
      'please mail it to Box 207, 14 Heron Rd, Cross Lake MB R0B 0J0',
      'Box 207, 14 Heron Rd, Cross Lake MB R0B 0J0',
    ],
    ['new address is Lot 9 Gidgee Flat Rd, Cobar NSW 2835', 'Lot 9 Gidgee Flat Rd, Cobar NSW 2835'],
    [
      'statements to Flat 3, Harbour House, 17 Promenade, Llandudno LL30 2LP please',
      'Flat 3, Harbour House, 17 Promenade, Llandudno LL30 2LP',
    ],
    [
      'please send to Lot 12, Pine Hollow Mobile Home Park, 2200 Route 30, Easton PA 18042',
      'Lot 12, Pine Hollow Mobile Home Park, 2200 Route 30, Easton PA 18042',
    ],
  ])('%s', (text, value) => {
    expect(addresses(text)).toEqual([value]);
  });
});

describe('numbered streets and Nordic-Baltic house numbers', () => {
  it.each([
    ['moved, address is 7714 142 St, Surrey BC V3S 2K7 now', '7714 142 St, Surrey BC V3S 2K7'],
    ['update to 1820 9 Ave SW, Calgary, AB T3C 0J4 thx', '1820 9 Ave SW, Calgary, AB T3C 0J4'],
    ['uusi osoite: Satakunnankatu 9 C 41, 33210 Tampere', 'Satakunnankatu 9 C 41, 33210 Tampere'],
    ['Uus aadress: Pärnu mnt 61-8, 10135 Tallinn. Aitäh', 'Pärnu mnt 61-8, 10135 Tallinn'],
  ])('%s', (text, value) => {
    expect(addresses(text)).toEqual([value]);
  });
});

describe('an address ends at its postcode', () => {
  it.each([
    [
      'Neue Adresse: Lindenstraße 8, 04109 Leipzig, Tel. 0341 555 0199',
      'Lindenstraße 8, 04109 Leipzig',
    ],
    [
      'adresas: 40 Mill Lane, Wisbech PE13 2AB. Paso numeris bus kitas',
      '40 Mill Lane, Wisbech PE13 2AB',
    ],
  ])('%s', (text, value) => {
    expect(addresses(text)).toEqual([value]);
  });
});

describe('stays unread', () => {
  it.each([
    'we paid 1500 12 Ave tickets for the whole team',
    'there was a lot 40 people at the branch today',
    'sent 9000 mnt 52, 10112 was the ref',
    'team B 18, 33100 points in the final',
  ])('%s', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
