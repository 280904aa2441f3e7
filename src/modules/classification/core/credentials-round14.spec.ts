import { found } from '../../../../test/classification/entities-found';

/**
 * Credentials and number cues in scripts and phrasings read this round: Hebrew and
 * Arabic keywords with their prefix letters glued on, Turkish keywords with their
 * suffixes, a PIN told through "changed it to" after a clause naming an acronym, a
 * card's code named after the card in Spanish, a "username X / password Y" pair,
 * Persian account cues, CJK routing cues and merchant numbers. Values are fake.
 */

const credentials = (text: string): string[] =>
  found(text, 'chat')
    .filter(([type]) => type === 'CREDENTIAL')
    .map(([, value]) => value);

const ofType = (text: string, type: string): string[] =>
  found(text, 'chat')
    .filter(([t]) => t === type)
    .map(([, value]) => value);

describe('Hebrew and Arabic keywords with their prefix letters', () => {
  it.each([
    ['שם משתמש dana_tiles וסיסמה Tile#7781 לא עובדים', ['dana_tiles', 'Tile#7781']],
    ['שם משתמש mizrahi_auto סיסמה Garage2031 — תקוע', ['mizrahi_auto', 'Garage2031']],
    ['נחסמתי. ושם המשתמש rafi.bakery והסיסמה Bread$552', ['rafi.bakery', 'Bread$552']],
    ['اسم المستخدم salma_store وكلمة مرور Qamar#4410 لا تعمل', ['salma_store', 'Qamar#4410']],
  ])('reads the pair: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });

  it.each([['שכחתי סיסמה, מה עושים?'], ['איך מחליפים את הסיסמה באפליקציה?']])(
    'reads no value where none is told: %j',
    (text) => {
      expect(credentials(text)).toEqual([]);
    },
  );
});

describe('Turkish keywords with their suffixes', () => {
  it.each([
    ['Kartımın şifresini unuttum, eski şifrem 8264 idi galiba', ['8264']],
    ['parolam Deniz!905 ama kabul etmiyor', ['Deniz!905']],
    ['pin kodum 3370 dir, değiştirmek istiyorum', ['3370']],
  ])('reads the value: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });

  it.each([['şifremi unuttum, yardım eder misiniz?'], ['şifremi nasıl değiştiririm']])(
    'reads nothing without a value: %j',
    (text) => {
      expect(credentials(text)).toEqual([]);
    },
  );
});

describe('a PIN set through "changed it to" after a clause naming an acronym or a name', () => {
  it.each([
    ['my pin quit working at the ATM. I changed it to 2719 yesterday, could that be it?', ['2719']],
    ['pin got declined at Kroger. I set it to 8830 last month', ['8830']],
    ['my PIN stopped working at the ATM. i reset it to 6051', ['6051']],
    // The other tries after the first, told after the clause.
    ['pin got refused at the ATM, I typed 5172 and 5127', ['5172', '5127']],
  ])('reads the new PIN: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });

  it('reads no amount set after the clause', () => {
    expect(credentials('my pin stopped working at the ATM. I changed it to 300 dollars')).toEqual(
      [],
    );
  });
});

describe("a card's code named after the card", () => {
  it.each([
    ['le di mi tarjeta al estafador: 4539 1488 0343 6467 y el código 281. Ayuda', ['281']],
    ['passei o cartão 4539 1488 0343 6467 e o código 915 para ele', ['915']],
    ['gave him card 4539 1488 0343 6467 and the code 604', ['604']],
  ])('reads the code: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });

  it('reads no amount after a filler word', () => {
    expect(credentials('charged card 4539 1488 0343 6467 and the 250 never came back')).toEqual([]);
  });
});

describe('a username and its password split by a slash or a bar', () => {
  it.each([
    ['username tkessler77 / password Falcons!2009 — says invalid', ['tkessler77', 'Falcons!2009']],
    ['login mbriggs_2 | pw Harbor#614 wont work', ['mbriggs_2', 'Harbor#614']],
    ['user: oyelowo88 / pass Sahara!47', ['oyelowo88', 'Sahara!47']],
    // The bare secret after the slash is still read.
    ['Login: pquinn_4 / Maple#2290', ['pquinn_4', 'Maple#2290']],
  ])('reads the two values, never the keyword: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });
});

describe('account, routing and merchant cues', () => {
  it.each([
    ['حساب تجاری من ۷۷۱۰۴۵۲۲۸۹ هست. چک برگشت خورد', '7710452289'],
    ['حساب بانکی من 5820193374 است', '5820193374'],
  ])('reads a Persian account: %j', (text, digits) => {
    const accounts = ofType(text, 'BANK_ACCOUNT').map((v) =>
      v.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0)),
    );
    expect(accounts).toEqual([digits]);
    expect(ofType(text, 'PHONE')).toEqual([]);
  });

  it.each([
    [
      '口座番号０４４７１９２２６０に振込をお願いします。ルーティング番号は０２１０００３２２です。',
      '０２１０００３２２',
    ],
    ['账户55 1029 8831，路由号026009593，工资没到', '026009593'],
    ['我的账户是 8830 1124 59，路由号码 121000358', '121000358'],
  ])('reads a routing number after a CJK routing cue: %j', (text, routing) => {
    expect(ofType(text, 'ROUTING_NUMBER')).toEqual([routing]);
    expect(ofType(text, 'BANK_ACCOUNT')).not.toContain(routing);
  });

  it.each([
    ['你好，商户号 77120493，刷卡款没到账。', '77120493'],
    ['merchant number 66019274 shows declined batches', '66019274'],
  ])('reads a merchant number as no account: %j', (text, merchant) => {
    expect(ofType(text, 'BANK_ACCOUNT')).not.toContain(merchant);
  });
});
