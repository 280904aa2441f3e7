import { found } from '../../../../test/classification/entities-found';

/**
 * Round 15, second wave: national account formats read whole (Argentina's CBU and CVU,
 * Peru's CCI, West and Central African and French RIBs with their key and country
 * letters); account cues in Oromo, Dari and Farsi in Latin letters, Pashto; a Portuguese
 * routing cue; a routing number listed on its own line beside the account; national phone
 * numbers after a phone cue (German, Turkish, Senegalese, Peruvian, Mongolian); national
 * ID numbers (CPF, DNI, TC kimlik) that are no account. Made-up posts; values are fake.
 */

describe('national account formats', () => {
  it.each([
    [
      'Buen día, mi CBU es 2850590940090418135201 y no me llegó el sueldo',
      '2850590940090418135201',
    ],
    ['Te paso mi CVU 0000003100098765432107 para la devolución', '0000003100098765432107'],
    ['mi CCI es 003-210-004455667788-41, me depositan ahí el sueldo', '003-210-004455667788-41'],
    [
      'Bonjour, mon compte est CI008 01234 004455667788 12 et le virement est bloqué',
      'CI008 01234 004455667788 12',
    ],
    ['Mon compte 10005 00231 04512345678 27, rien reçu depuis lundi', '10005 00231 04512345678 27'],
    [
      'mon compte FR-20041 01005 05500012345 86 est débité deux fois',
      'FR-20041 01005 05500012345 86',
    ],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});

describe('account and routing cues in more languages', () => {
  it.each([
    ['Lakkoofsi herregaa koo 5512 0934 7781. Maaloo na gargaaraa', '5512 0934 7781'],
    ['Hisab-e man 6610 2284 9930 ast, pool nayamad', '6610 2284 9930'],
    ['زما د حساب شمیره ۵۵۱۲۰۹۳۴۷۷۸۱ ده، مننه', '۵۵۱۲۰۹۳۴۷۷۸۱'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a Portuguese routing cue names the routing number, not an account', () => {
    expect(found('Minha conta: 4471 2093 5518, roteamento 021000021. Está certo?')).toEqual([
      ['BANK_ACCOUNT', '4471 2093 5518'],
      ['ROUTING_NUMBER', '021000021'],
    ]);
  });

  it('a routing number on its own line beside the account', () => {
    expect(found('55019283746\n026009593\nfor the deposit form')).toEqual([
      ['BANK_ACCOUNT', '55019283746'],
      ['ROUTING_NUMBER', '026009593'],
    ]);
  });

  it('nine digits on a line that fail the routing checksum are no routing number', () => {
    expect(found('55019283746\n026009594\nfor the deposit form')).not.toContainEqual([
      'ROUTING_NUMBER',
      '026009594',
    ]);
  });
});

describe('national phone numbers after a phone cue', () => {
  it.each([
    ['Bitte zurückrufen, Handy 0176 5554 2189', '0176 5554 2189'],
    ['Kartım çalındı. Telefonum 0541 555 27 63, arayın lütfen', '0541 555 27 63'],
    ['Mon numéro 76 555 18 42, rappelez-moi svp', '76 555 18 42'],
    ['mi número es 9 4 5 - 5 5 5 - 7 1 3, llámenme', '9 4 5 - 5 5 5 - 7 1 3'],
    ['mi número es 945 555 713, llámenme', '945 555 713'],
    ['утасны дугаар 8812 4471', '8812 4471'],
  ])('%j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });

  it('nine digits after an SSN cue stay an SSN', () => {
    expect(found('my ssn is 512 44 7781')).toEqual([['SSN', '512 44 7781']]);
  });

  it('nine digits after an account cue stay an account', () => {
    expect(found('mon numéro de compte 551 204 778')).toEqual([['BANK_ACCOUNT', '551 204 778']]);
  });
});

describe('national ID numbers are no account', () => {
  it.each([
    'Meu CPF é 408.221.569-04, preciso atualizar o cadastro',
    'mi dni es 41992037 y no me deja entrar',
    'TC kimlik no 20000000128, şifremi unuttum',
  ])('%j', (text) => {
    expect(found(text).filter(([t]) => t === 'BANK_ACCOUNT' || t === 'SSN')).toEqual([]);
  });

  it('the account beside a CPF is still read', () => {
    expect(found('CPF 408.221.569-04, conta 55120-7 agência 0912')).toContainEqual([
      'BANK_ACCOUNT',
      '55120-7',
    ]);
  });
});
