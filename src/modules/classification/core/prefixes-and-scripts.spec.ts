import { found } from '../../../../test/classification/entities-found';
import { LAYER_ENTITY, LexiconTrie, newScanResult } from './lexicon-trie';
import { foldTerm } from './text-normalizer';

/**
 * Account numbers with a brokerage's or a product's prefix, and cue words in
 * the scripts whose words take a particle or the next word without a space
 * (Korean, Japanese), or in more of the languages US customers write in.
 * Values are fake; offsets are checked by slicing the text as received.
 */

describe('account numbers with a letter prefix', () => {
  it.each([
    ['brokerage acct 5RT-44102-17 need to move cash', '5RT-44102-17'],
    ['PDT flag on my account 8XQ-22019-4 after only 3 day trades', '8XQ-22019-4'],
    ['Account number 4TR 00718 22. I have $41k equity', '4TR 00718 22'],
    ['Her IRA # IRA-330 217 8842. the estate EIN is 88-1234567', 'IRA-330 217 8842'],
    ['Póliza AU-5518 2047. ¿Tengo que ir a un taller?', 'AU-5518 2047'],
    ['loan # LN-2024-88213 is late', 'LN-2024-88213'],
  ])('the prefix is part of the number: %j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it.each([
    // A recent year after the number is no group of it.
    ['policy HO-4829-1173 2024 renewal', 'HO-4829-1173'],
    // A group of fewer than three digits is no group of it.
    ['policy HO-4829-1173 12 months', 'HO-4829-1173'],
  ])('what follows a space is not always more of the number: %j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it.each([
    'my account 2FA-codes never come',
    'acct IRA-330 2 days ago',
    'my account 44B-22 is the unit number',
    // Lower case after the digit is a word, not a branch prefix.
    'account 5rt-44102-17',
  ])('no account number: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('cue words with a particle or running text glued on', () => {
  it.each([
    ['제 계좌번호는 3021 7748 0155 입니다', [['BANK_ACCOUNT', '3021 7748 0155']]],
    [
      '할아버지 비밀번호가 Seoul1945! 인데 로그인이 안 돼요. 아이디는 kimsh1945 입니다',
      [
        ['CREDENTIAL', 'Seoul1945!'],
        ['CREDENTIAL', 'kimsh1945'],
      ],
    ],
    ['口座番号は1234567です', [['BANK_ACCOUNT', '1234567']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a glued cue covers its particle, a Latin cue does not match inside a word', () => {
    const trie = LexiconTrie.build([
      { term: foldTerm('계좌번호'), layer: LAYER_ENTITY, payload: 0 },
      { term: foldTerm('acct'), layer: LAYER_ENTITY, payload: 1 },
    ]);
    const out = newScanResult();
    // The scanner reads folded text (Hangul syllables decomposed), as the classifier gives it.
    const text = foldTerm('계좌번호는 123 acctg 456');
    trie.scan(text, out);
    expect(out.entityHits.count).toBe(1);
    expect(text.slice(out.entityHits.start[0], out.entityHits.end[0])).toBe(foldTerm('계좌번호는'));
  });
});

describe('account and password cues in more languages', () => {
  it.each([
    ['मेरो अमेरिकी खाता नम्बर ३३०२ ७७४१ ९०१८ हो।', 'BANK_ACCOUNT', '३३०२ ७७४१ ९०१८'],
    ['ያለኝ አካውንት ቁጥር 4408 1193 5527 ነው።', 'BANK_ACCOUNT', '4408 1193 5527'],
    ['мій номер рахунку 4408 1193 5527, переказ не дійшов', 'BANK_ACCOUNT', '4408 1193 5527'],
    ['شماره حساب 4408 1193 5527', 'BANK_ACCOUNT', '4408 1193 5527'],
    ['nimewo kont mwen 4408 1193 5527', 'BANK_ACCOUNT', '4408 1193 5527'],
    ['Seine Kontonummer war 4471 3308 2291. Bitte überweisen', 'BANK_ACCOUNT', '4471 3308 2291'],
    ['мій пароль Sonechko2020 не працює', 'CREDENTIAL', 'Sonechko2020'],
    ['mật khẩu: Hoa#Sen88', 'CREDENTIAL', 'Hoa#Sen88'],
  ])('%j', (text, type, value) => {
    expect(found(text)).toEqual([[type, value]]);
  });
});

describe('a cue with a lettered number of its own', () => {
  it.each([
    [
      'Mi teléfono +52 81 5555 4421, póliza HM 3310 2876',
      [
        ['PHONE', '+52 81 5555 4421'],
        ['BANK_ACCOUNT', 'HM 3310 2876'],
      ],
    ],
    [
      'my phone +44 7450 042586, policy HO-4829-1173',
      [
        ['PHONE', '+44 7450 042586'],
        ['BANK_ACCOUNT', 'HO-4829-1173'],
      ],
    ],
  ])('does not name the number before it: %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a cue with nothing after it still names the number before it', () => {
    expect(found('4471 2290 83 policy')).toEqual([['BANK_ACCOUNT', '4471 2290 83']]);
  });
});

describe('a lettered number after what its cue is for', () => {
  it.each([
    ['my policy for the food truck is GL-4408-1173', 'GL-4408-1173'],
    ['my loan on the boat is LN-88231-05', 'LN-88231-05'],
    ['Mi préstamo de la lancha es el LN-88231-05.', 'LN-88231-05'],
    ['mi póliza de responsabilidad es GL-4408-1173', 'GL-4408-1173'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it.each([
    // More than three words between: no longer what the cue is for.
    'my loan on the old blue fishing boat is LN-88231-05',
    // No "is": the value belongs to another word.
    'my loan on the boat is fine, ticket TK-4408-1173',
  ])('stays unread: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('units of USPS Publication 28 and commercial bays', () => {
  it.each([
    ['its 440 Market St Bay 7, Camden, NJ 08102', '440 Market St Bay 7, Camden, NJ 08102'],
    ['boat is at 12 Harbor Rd Slip 22, Mystic, CT 06355', '12 Harbor Rd Slip 22, Mystic, CT 06355'],
    ['ship it to 9 Airport Way Hngr 3, Tulsa, OK 74115', '9 Airport Way Hngr 3, Tulsa, OK 74115'],
  ])('the address runs over the unit to the ZIP: %j', (text, address) => {
    expect(found(text)).toEqual([['ADDRESS', address]]);
  });

  it('a street named Bay is no unit', () => {
    expect(found('the branch on Bay St closed')).toEqual([]);
  });
});

describe('card codes said by where they are printed, one-time codes as services print them', () => {
  it.each([
    [
      'read them the 3 numbers on the back of his card 482 and the card number 5274 0081 3326 9911',
      [
        ['CREDENTIAL', '482'],
        ['CARD_NUMBER', '5274 0081 3326 9911'],
      ],
    ],
    [
      'mi tarjeta 4716 2209 8830 4417 vence 11/27 y el código de atrás es 731',
      [
        ['CARD_NUMBER', '4716 2209 8830 4417'],
        ['CREDENTIAL', '731'],
      ],
    ],
    ['the code you texted me was G-772914 but i didnt request it', [['CREDENTIAL', 'G-772914']]],
    ['verification code G-772914', [['CREDENTIAL', 'G-772914']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'the promo code is X-123456',
    'the error code was E-401001',
    'gift card code is X-123456',
    'on the back of her card it says 24 hours',
  ])('no secret: %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a username after its German cue, beside its password', () => {
    expect(found('Benutzername: hschneider41 Passwort: Edelweiss1941')).toEqual([
      ['CREDENTIAL', 'hschneider41'],
      ['CREDENTIAL', 'Edelweiss1941'],
    ]);
  });
});

describe('cues and link words in more languages, and clauses ended without a blank', () => {
  it.each([
    ['Nenosiri langu ni Simba#2023 lakini haifanyi kazi', [['CREDENTIAL', 'Simba#2023']]],
    [
      'Modpas mwen se Jezi2020! men li di mwen pa ka konekte. Non itilizatè mjoseph509',
      [
        ['CREDENTIAL', 'Jezi2020!'],
        ['CREDENTIAL', 'mjoseph509'],
      ],
    ],
    [
      '登录名 wang_li_88，密码 Lili@8899，一直登录不上',
      [
        ['CREDENTIAL', 'wang_li_88'],
        ['CREDENTIAL', 'Lili@8899'],
      ],
    ],
    ['Habari, Akaunti yangu 3301 8847 2290 imefungwa.', [['BANK_ACCOUNT', '3301 8847 2290']]],
    ['Deprem sigortası poliçe numaram DSK-88013372. Evde', [['BANK_ACCOUNT', 'DSK-88013372']]],
    ['Polis asirans mwen se RNT-3308812. Tanpri', [['BANK_ACCOUNT', 'RNT-3308812']]],
    ["Police d'assurance habitation QC-7781204.", [['BANK_ACCOUNT', 'QC-7781204']]],
    [
      'square deposits go to 3409982211 but the last 2 never landed',
      [['BANK_ACCOUNT', '3409982211']],
    ],
    [
      '615 S Zaragoza Rd Lote 31, El Paso, TX 79907',
      [['ADDRESS', '615 S Zaragoza Rd Lote 31, El Paso, TX 79907']],
    ],
    [
      'card is 4400 6612 0937 2215 exp 11/26 and the 3 digit is 084.',
      [
        ['CARD_NUMBER', '4400 6612 0937 2215'],
        ['CREDENTIAL', '084'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // A Turkish policy cue is a phrase: "police" alone is the police.
    'police report 24-019883 filed yesterday',
    'police no. 24-019883',
  ])('no account: %j', (text) => {
    expect(found(text).filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
  });
});
