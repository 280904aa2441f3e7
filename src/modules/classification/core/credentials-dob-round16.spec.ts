import { found } from '../../../../test/classification/entities-found';

/**
 * Round 16: password, PIN and username words in Hmong, Khmer, Serbian and Croatian,
 * Albanian, Greek, Hebrew, Romanian, Finnish and Estonian; birth-date cues in Hmong,
 * Gujarati and Hindi in Latin letters, Sinhala, Malayalam, Samoan and Louisiana French,
 * with Malayalam, Gujarati and Sinhala month names, French days in words, Taiwan's Minguo
 * era and a Japanese era run on from its cue; the dot that closes a Serbian or Croatian
 * date; card numbers after a card word in Korean, Japanese, Russian and German. Made-up
 * posts; values are fake.
 */

describe('passwords and usernames in more languages', () => {
  it.each([
    [
      'Kuv lub npe hauv app: ntxhw_farm22, lo lus zais Txiv9090kab',
      ['ntxhw_farm22', 'Txiv9090kab'],
    ],
    ['username: vanna_cafe ពាក្យសម្ងាត់ចាស់ Mekong88!', ['vanna_cafe', 'Mekong88!']],
    ['korisničko ime: jovic_prevoz lozinka Novi#Sad2021', ['jovic_prevoz', 'Novi#Sad2021']],
    ['Lozinka Plava44!, korisnik stankovic_agro. Ne mogu ući', ['Plava44!', 'stankovic_agro']],
    ['fjalëkalimi Vlora#1999, përdoruesi besa_market', ['Vlora#1999', 'besa_market']],
    ['Κωδικός Olympos!77, χρήστης eleni_bakery. Δεν μπαίνω', ['Olympos!77', 'eleni_bakery']],
  ])('%j', (text, values) => {
    expect(found(text)).toEqual(values.map((v) => ['CREDENTIAL', v]));
  });

  it('a Khmer password word after the value is no other value', () => {
    expect(found('ពាក្យសម្ងាត់ថ្មី Phnom#Penh42')).toEqual([['CREDENTIAL', 'Phnom#Penh42']]);
  });

  it.each([
    'Korisnik sam banke već 12 godina i nikad ovako nešto.',
    'Lozinka ne radi, zaključan sam.',
    'Fjalëkalimi nuk punon që dje',
    'Ο κωδικός δεν λειτουργεί από χθες, βοήθεια',
    'χρήστης είμαι εδώ και χρόνια',
    'korisnik petar_m je zvao juče',
  ])('no secret in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('PINs in Romanian, Finnish and Estonian', () => {
  it.each([
    ['Cardul s-a blocat, PIN-ul nou e 7302. Ce fac?', '7302'],
    ['pinul este 4419 si nu merge', '4419'],
    ['Tunnusluku 6024 ei käy automaatissa', '6024'],
    ['PIN2 90317 — Smart-ID ei tööta', '90317'],
    ['PIN1 5580, ID-kaart lukus', '5580'],
  ])('%j', (text, pin) => {
    expect(found(text)).toEqual([['CREDENTIAL', pin]]);
  });

  it.each(['PIN2 on vaja uuendada', 'Tunnusluku ei toimi enää', 'PIN-ul nu merge deloc'])(
    'no PIN in %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('birth dates after cues in more languages', () => {
  it.each([
    ['Kuv hnub yug yog 11/03/1968, thov pab', '11/03/1968'],
    ['Janma tarikh ૧૨-૦૪-૧૯૬૫, account band thai gayu', '૧૨-૦૪-૧૯૬૫'],
    ['ඉපදුණු දිනය 1971.08.23, කරුණාකර උදව් කරන්න', '1971.08.23'],
    ['ജനനത്തീയതി 3 മാർച്ച് 1958. സഹായിക്കൂ', '3 മാർച്ച് 1958'],
    ["Lo'u aso fanau 02/06/1947, fa'amolemole", '02/06/1947'],
    ["Ma fête c'est le dix-huit juin 1952, pour vérifier", 'dix-huit juin 1952'],
    ['date de naissance: le vingt et un mars 1948, merci', 'vingt et un mars 1948'],
  ])('%j', (text, date) => {
    expect(found(text)).toEqual([['DATE_OF_BIRTH', date]]);
  });

  it('a French birthday with no date names none', () => {
    expect(found("Ma fête c'est demain, on fait un souper.")).toEqual([]);
  });
});

describe('era dates', () => {
  it('the Minguo era belongs to the date', () => {
    expect(found('她的生日是民國35年8月9日，謝謝')).toEqual([['DATE_OF_BIRTH', '民國35年8月9日']]);
  });

  it('a Japanese era run on from its cue is read, not a house number later', () => {
    expect(found('母の生年月日は昭和9年11月2日、住所は本町3-2-15です。')).toEqual([
      ['DATE_OF_BIRTH', '昭和9年11月2日'],
    ]);
  });

  it('a Minguo date with no birth word stays unread', () => {
    expect(found('民國110年3月2日轉帳失敗')).toEqual([]);
  });
});

describe('the closing dot of a Serbian or Croatian date', () => {
  it.each([
    ['Datum rođenja 14.02.1973., broj računa nije bitan', '14.02.1973.'],
    ['Datum rođenja 5. 6. 1969., hvala', '5. 6. 1969.'],
    ['datum rodjenja 21.11.1980. i adresa se promenila', '21.11.1980.'],
  ])('%j', (text, date) => {
    expect(found(text)).toEqual([['DATE_OF_BIRTH', date]]);
  });

  it('at the end of a sentence the dot is the full stop', () => {
    expect(found('Datum rođenja 14.02.1973. Hvala unaprijed.')).toEqual([
      ['DATE_OF_BIRTH', '14.02.1973'],
    ]);
  });
});

describe('card numbers after a card word in more languages', () => {
  it.each([
    ['카드번호 9201 3308 4417 5629 분실신고 해주세요', '9201 3308 4417 5629'],
    ['カード番号 1104 5502 7733 9187 を止めてください', '1104 5502 7733 9187'],
    ['номер карты 8003 1264 9900 2155, украли', '8003 1264 9900 2155'],
    ['Meine Kartennummer 9201 3308 4417 5629 ist gesperrt', '9201 3308 4417 5629'],
  ])('%j', (text, card) => {
    expect(found(text)).toEqual([['CARD_NUMBER', card]]);
  });

  it('sixteen digits failing Luhn after a card word are no card', () => {
    expect(found('카드번호 9201 3308 4417 5628 분실')).not.toContainEqual([
      'CARD_NUMBER',
      '9201 3308 4417 5628',
    ]);
  });
});
