import { found } from '../../../../test/classification/entities-found';

/**
 * Account, birth-date and credential cues in more languages (Vietnamese, Tigrinya,
 * Amharic, Kurdish, Thai, Serbian, Croatian and Bosnian, Slovenian, Finnish,
 * Hungarian, Baltic, Albanian, Haitian Creole, Persian); a merger's new account
 * number read whole; a lettered member number after "after the merger is"; a
 * check's own number and a tax form's name, which are no account. Values are fake.
 */

describe('account cues in more languages', () => {
  it.each([
    ['Cho tôi hỏi khoản vay mua xe, số hợp đồng 55019274 còn nợ bao nhiêu?', '55019274'],
    ['ሰላም፣ ቁጽሪ ሕሳበይ 3307 5521 8846 እዩ።', '3307 5521 8846'],
    ['Silav, Hesabê min 6610 2294 3375 hate girtin.', '6610 2294 3375'],
    ['สวัสดีครับ บัญชี 4417 0028 9963 โดนล็อกครับ', '4417 0028 9963'],
    ['Dobar dan. Račun 0062 8814 3390, kartica blokirana', '0062 8814 3390'],
    ['Moj broj računa je 1150 2289 0043', '1150 2289 0043'],
    ['Hei, tilinumero 3381 0075 2264, kortti lukittu', '3381 0075 2264'],
    ['Számlaszám 1177 3016 4402, a kártyám elveszett', '1177 3016 4402'],
    ['Mano sąskaitos numeris 7734 1108 2259', '7734 1108 2259'],
    ['Llogaria ime 5520 1849 3376, ju lutem', '5520 1849 3376'],
    ['Mwen bezwen voye kòb. Kont mwen se 5583310274. Mèsi.', '5583310274'],
  ])('reads the account: %j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('an account cue before a ten-digit number outweighs its phone shape', () => {
    expect(found('Kont mwen se 3057719246')).toEqual([['BANK_ACCOUNT', '3057719246']]);
  });

  it.each([['Račun za struju je 4500 dinara'], ['Tili 2.11. mennessä, kiitos']])(
    'a bill, an amount or a date after the word is no account: %j',
    (text) => {
      expect(found(text).filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
    },
  );
});

describe('birth-date cues in more languages', () => {
  it.each([
    ['Syntymäaikani 17.8.1966, kortti hukassa', '17.8.1966'],
    ['Sünniaeg 08.03.1981, kaart kadunud', '08.03.1981'],
    ['Születési dátum: 1972.10.29., a kártyám elveszett', '1972.10.29'],
    ['Gimimo data 1983-02-14, kortelė pavogta', '1983-02-14'],
    ['Mans dzimšanas datums ir 22.06.1979', '22.06.1979'],
    ['Datum rođenja 6.1.1958. Kartica je ukradena.', '6.1.1958'],
    ['Datum rojstva: 30. 4. 1987', '30. 4. 1987'],
    ['Data e lindjes 19.12.1975', '19.12.1975'],
  ])('reads the birth date: %j', (text, date) => {
    expect(found(text)).toEqual([['DATE_OF_BIRTH', date]]);
  });
});

describe('Persian, Dari and Urdu credential words', () => {
  it.each([
    ['یکی زنگ زد و گفت از بانکه. رمز 9182 بود.', '9182'],
    ['رمز کارتم 6604 بود', '6604'],
    ['رمز عبور من Daryа#4471 است', 'Daryа#4471'],
  ])('reads the secret: %j', (text, secret) => {
    expect(found(text)).toEqual([['CREDENTIAL', secret]]);
  });
});

describe('numbers whose kind the words around them say', () => {
  it('reads a merger’s new account number whole', () => {
    expect(found('Pay went to the old acct 50029917, new 3004 8821 7756. Help')).toEqual([
      ['BANK_ACCOUNT', '50029917'],
      ['BANK_ACCOUNT', '3004 8821 7756'],
    ]);
  });

  it('a longer number after an account with no "new" is not its sibling', () => {
    expect(found('acct 50029917, call me at 3004 8821 7756 x2').map(([, v]) => v)).not.toContain(
      '3004 8821',
    );
  });

  it.each([
    ['My member number after the conversion is M-0038821. The old one is gone.', 'M-0038821'],
    ['member number since the merger is M-0051937', 'M-0051937'],
  ])('reads a lettered member number after when it holds: %j', (text, member) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', member]]);
  });

  it.each([
    ['el cheque no ha pasado, número de cheque 003318, fue por $9,200'],
    ['the check number 007215 bounced twice'],
    ['check #4471 cashed in May, still says past due'],
    ['How do I get my 2024 1099-INT?'],
    ['where is the 2025 1098-E for the student loan'],
  ])('a check’s number or a tax form is no account: %j', (text) => {
    expect(found(text).filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
  });

  it('the account beside a check’s number is still read', () => {
    expect(found('número de cheque 003318, a mi cuenta 6620551893')).toEqual([
      ['BANK_ACCOUNT', '6620551893'],
    ]);
  });
});
