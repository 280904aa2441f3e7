import { found } from '../../../../test/classification/entities-found';

/**
 * Birth dates after a birth word in more languages (Urdu, Romanian, Czech,
 * Portuguese, Indonesian, Yoruba, Telugu, Tamil, Swahili, Amharic, Spanish for a
 * child), the Czech spaced dotted date, and phone numbers after an Indonesian cue
 * and after a place phrase. Values are fake; offsets are checked
 * by slicing the text as received.
 */

function birthDates(text: string): string[] {
  return found(text)
    .filter(([type]) => type === 'DATE_OF_BIRTH')
    .map(([, value]) => value);
}

function phones(text: string): string[] {
  return found(text)
    .filter(([type]) => type === 'PHONE')
    .map(([, value]) => value);
}

describe('birth words in more languages', () => {
  it.each([
    // Urdu, with Extended Arabic-Indic digits; Persian.
    ['میری تاریخ پیدائش ۰۳-۱۱-۱۹۷۶ ہے', '۰۳-۱۱-۱۹۷۶'],
    ['تاریخ تولد من 21/06/1979', '21/06/1979'],
    ['data nașterii: 09.02.1971', '09.02.1971'],
    ['data de naștere 30.10.1966, vă rog', '30.10.1966'],
    ['nascimento 27/01/1988, CPF em anexo', '27/01/1988'],
    ['tanggal lahir 05-11-1993, mohon dicek', '05-11-1993'],
    ['tgl lahir saya 12 Agustus 1980', '12 Agustus 1980'],
    ['Ọjọ́ ìbí mi ni 11/04/1969', '11/04/1969'],
    ['పుట్టిన తేదీ 02-12-1977, దయచేసి చూడండి', '02-12-1977'],
    ['என் பிறந்த தேதி 19-07-1984', '19-07-1984'],
    ['nilizaliwa 4 Machi 1981', '4 Machi 1981'],
    ['tarehe ya kuzaliwa 16/09/1975', '16/09/1975'],
    ['የትውልድ ቀን 08/05/1990', '08/05/1990'],
    // A child's birth date is a birth date too.
    ['quiero agregar a mi hijo, nació el 9 de marzo de 2016', '9 de marzo de 2016'],
  ])('%j', (text, date) => {
    expect(birthDates(text)).toEqual([date]);
  });

  it.each([
    // Czech and Slovak: a space after each dot, and months in the genitive.
    ['datum narození 8. 4. 1972', '8. 4. 1972'],
    ['datum narození 21. 11. 1969, díky', '21. 11. 1969'],
    ['datum narození 3. července 1985', '3. července 1985'],
  ])('Czech dates: %j', (text, date) => {
    expect(birthDates(text)).toEqual([date]);
  });

  it.each([
    // Dates of a payment, a transfer, a meeting: no birth word.
    'platba odešla 4. 6. 2024 a pořád nic',
    'schůzka 12. 3. 2025 v 10 hodin',
    'transfer tanggal 17 Agustus 2023 belum masuk',
    'am trimis banii pe 14.05.2024',
    // No such day.
    'datum narození 31. 2. 1980',
  ])('no birth date: %j', (text) => {
    expect(birthDates(text)).toEqual([]);
  });
});

describe('phone numbers after more cues', () => {
  it.each([
    // Indonesian mobiles: a trunk 0 and up to twelve digits, after "nomor HP saya".
    ['nomor HP saya 0813-2274-9081', '0813-2274-9081'],
    ['no hp 0857 4410 2291, tolong hubungi', '0857 4410 2291'],
    // A place phrase between the cue and the number.
    ['mi número en la Ciudad de México es 55 7781 4420, ahí estaré', '55 7781 4420'],
    ['mi número en Monterrey es 81 4471 0923', '81 4471 0923'],
    ['my cell in Guadalajara is 33 8812 4410', '33 8812 4410'],
  ])('%j', (text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });

  it.each(['nomor rekening saya 0813227490815', 'my number in the queue is 48'])(
    'no phone number: %j',
    (text) => {
      expect(phones(text)).toEqual([]);
    },
  );
});
