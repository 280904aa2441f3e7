import { found } from '../../../../test/classification/entities-found';

/**
 * Round 17: usernames written after their password (Spanish, Portuguese, Turkish, Arabic,
 * Hindi); Portuguese "é" after a keyword; a Somali secret number; a PIN tried in a later
 * sentence; a date of birth spaced digit by digit; phones spaced by middle dots; Vietnamese
 * NAPAS cards. Made-up posts; values are fake.
 */

describe('a username after its password', () => {
  it.each([
    [
      'clave Lima!2031 rechazada, usuario jtorres. Ayuda',
      [
        ['CREDENTIAL', 'Lima!2031'],
        ['CREDENTIAL', 'jtorres'],
      ],
    ],
    [
      'Palavra-passe Porto#88 não entra, utilizador tmarques. Obrigado',
      [
        ['CREDENTIAL', 'Porto#88'],
        ['CREDENTIAL', 'tmarques'],
      ],
    ],
    [
      'Şifrem Bursa2210 kabul edilmiyor, kullanıcı adım mehmet.y lütfen yardım',
      [
        ['CREDENTIAL', 'Bursa2210'],
        ['CREDENTIAL', 'mehmet.y'],
      ],
    ],
    [
      'كلمة المرور Doha#71 مرفوضة، اسم المستخدم omar.f، شكرا',
      [
        ['CREDENTIAL', 'Doha#71'],
        ['CREDENTIAL', 'omar.f'],
      ],
    ],
    [
      'पासवर्ड Delhi#4455 नहीं चल रहा। यूजरनेम rsharma_tx',
      [
        ['CREDENTIAL', 'Delhi#4455'],
        ['CREDENTIAL', 'rsharma_tx'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // A plain word after "usuario" is no handle: "bloqueado" (blocked).
    ['contraseña Quito#19 no funciona, usuario bloqueado.', [['CREDENTIAL', 'Quito#19']]],
    // Two consonants that open words: "ström" is a word, not an initial and a name.
    ['password Fjord#42 failed, user strand', [['CREDENTIAL', 'Fjord#42']]],
    // No password: the username stays unread.
    ['usuario mlopez no puede entrar', []],
  ])('reads no username from a plain word: %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('Portuguese "é" after a keyword', () => {
  it.each([
    [
      'Perdi o acesso. A resposta da pergunta de segurança é Botafogo.',
      [['CREDENTIAL', 'Botafogo']],
    ],
    ['minha senha é gaivota77 e não entra', [['CREDENTIAL', 'gaivota77']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(['minha senha e o usuário foram bloqueados', 'a senha e a conta estão bloqueadas'])(
    '"e" (and) links nothing: %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('secrets without the keyword right before them', () => {
  it.each([
    ['Koontadayda, lambarka sirta ah 8830. Fadlan i caawi', [['CREDENTIAL', '8830']]],
    [
      'PIN refused at the kiosk in Suva. Card arrived last week. Entered 6604 three times.',
      [['CREDENTIAL', '6604']],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'PIN reset please. I moved house. Tried 12 times to call you.',
    'PIN works now. Later that day I tried calling 3 branches.',
  ])('a later sentence tries no PIN: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a date of birth spaced digit by digit', () => {
  it.each([
    ['dob 7 / 9 / 88 please verify', [['DATE_OF_BIRTH', '7 / 9 / 88']]],
    ['date of birth 11 / 3 / 79', [['DATE_OF_BIRTH', '11 / 3 / 79']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a year said as two numbers is no short year', () => {
    expect(found('my date of birth is oh four slash twenty slash nineteen eighty six')).toEqual([
      ['DATE_OF_BIRTH', 'oh four slash twenty slash nineteen eighty six'],
    ]);
  });

  it('no birth cue, no finding', () => {
    expect(found('scored 3 / 4 / 90 on the three quizzes')).toEqual([]);
  });
});

describe('phones spaced by middle dots', () => {
  it.each([
    ['text me at 918 · 334 · 2071 after work', [['PHONE', '918 · 334 · 2071']]],
    ['my cell is 512 . 448 . 6630', [['PHONE', '512 . 448 . 6630']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a sentence stop between numbers still ends them', () => {
    expect(found('We paid 480. 227 people were there.')).toEqual([]);
  });
});

describe('Vietnamese NAPAS cards', () => {
  it('reads a 9704 card with a valid check digit', () => {
    expect(found('Mất ví rồi. Số thẻ 9704 3311 2080 4413, khóa giúp tôi')).toEqual([
      ['CARD_NUMBER', '9704 3311 2080 4413'],
    ]);
  });

  it('a 9704 number failing Luhn is no card', () => {
    expect(found('Số thẻ 9704 3311 2080 4414')).not.toContainEqual([
      'CARD_NUMBER',
      '9704 3311 2080 4414',
    ]);
  });
});
