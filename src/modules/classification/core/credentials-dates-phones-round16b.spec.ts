import { found } from '../../../../test/classification/entities-found';

/**
 * Round 16, second wave: a username beside a password the credential model read; a
 * Korean particle glued to a username; PINs in Hungarian; birth dates in Icelandic,
 * Welsh, Haitian Creole and Catalan; phone cues in Portuguese, Bulgarian and Thai; a
 * Vietnamese member number. Made-up posts; values are fake.
 */

describe('usernames beside a password the model read', () => {
  it.each([
    [
      'Hasło miałam Wrzos2021!, login mkowal55. Nie mogę się zalogować',
      [
        ['CREDENTIAL', 'Wrzos2021!'],
        ['CREDENTIAL', 'mkowal55'],
      ],
    ],
    [
      'Hasło do banku Lato#2020, login p.zielinski — zablokowane',
      [
        ['CREDENTIAL', 'Lato#2020'],
        ['CREDENTIAL', 'p.zielinski'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(['login jdoe77 does not work', 'username ana.k no password yet, login pending'])(
    'a lone username stays unread: %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('a Korean particle glued to a credential', () => {
  it.each([
    [
      '아이디 minho77로 로그인이 안 돼요. 비밀번호는 Hana2019!',
      [
        ['CREDENTIAL', 'minho77'],
        ['CREDENTIAL', 'Hana2019!'],
      ],
    ],
    [
      '아이디는 kimmy77이고 비밀번호는 Blue2020#입니다',
      [
        ['CREDENTIAL', 'kimmy77'],
        ['CREDENTIAL', 'Blue2020#'],
      ],
    ],
    ['비밀번호는 Abc12345!이에요 로그인이 안 돼요', [['CREDENTIAL', 'Abc12345!']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('PINs in Hungarian', () => {
  it.each([
    ['Elvesztettem a kártyát, a PIN kódom 8812 volt', '8812'],
    ['Ellopták a tárcámat, PIN kódom 3390, kérem tiltsák le', '3390'],
  ])('%j', (text, pin) => {
    expect(found(text)).toEqual([['CREDENTIAL', pin]]);
  });
});

describe('birth dates in Icelandic, Welsh, Haitian Creole and Catalan', () => {
  it.each([
    ['Amma mín fædd 3. apríl 1950, tryggingin', '3. apríl 1950'],
    ['Helo, fy nyddiad geni yw 4 Ebrill 1969', '4 Ebrill 1969'],
    ['Helo, dyddiad geni 21 Tachwedd 1958, diolch', '21 Tachwedd 1958'],
    ['Manman m fèt 14 out 1950.', '14 out 1950'],
    ['La meva data de naixement és 03/05/1972', '03/05/1972'],
  ])('%j', (text, date) => {
    expect(found(text)).toEqual([['DATE_OF_BIRTH', date]]);
  });
});

describe('phones and member numbers after cues in more languages', () => {
  it.each([
    ['Тел. 0899 123 456, моля обадете се', 'PHONE', '0899 123 456'],
    ['เบอร์ติดต่อ ๐๘๙-๑๒๓-๔๕๖๗ ค่ะ', 'PHONE', '๐๘๙-๑๒๓-๔๕๖๗'],
    ['số thành viên 220 5519, tôi muốn hỏi', 'BANK_ACCOUNT', '220 5519'],
  ])('%j', (text, type, value) => {
    expect(found(text)).toEqual([[type, value]]);
  });
});
