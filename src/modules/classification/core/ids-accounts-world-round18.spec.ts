import { found } from '../../../../test/classification/entities-found';

/**
 * Round 18: national identity numbers set aside by their layout, checks and cues (South
 * Africa, Kenya, India, Chile, Brazil, Malaysia); accounts after cues of Tamil, Malay and
 * Chinese, after the bank they are held at, and policy numbers opened by one letter or joined by
 * slashes; a branch code and an address's postal code are no credential; a Hinglish birthday
 * cue. Values are fake.
 */

describe('a national identity number is no account or date', () => {
  it.each([
    'please verify me, ID number 9202204720082 is on the form',
    'hi there, ID no. 31225664, I cannot log in',
    'KYC pending, Aadhaar 2341 2341 2346 uploaded already',
    'Mi RUT es 7.654.321-6 y no me deja entrar',
    'el de mi papá es 9.876.543-K, la tarjeta está bloqueada',
    'meu cpf 529.982.247-25 não é aceito no app',
    'minha chave pix é meu cpf 11144477735',
    'my IC 900415-14-5521 for the account opening',
  ])('%j', (text) => {
    expect(
      found(text).filter(([type]) => type === 'BANK_ACCOUNT' || type === 'DATE_OF_BIRTH'),
    ).toEqual([]);
  });

  it('still finds a member ID, which is an account', () => {
    expect(found('my member ID 31225664 please')).toEqual([['BANK_ACCOUNT', '31225664']]);
  });

  it('still finds the account beside an ID number', () => {
    expect(found('Account 3308 1145 92, ID number 9202204720082')).toEqual([
      ['BANK_ACCOUNT', '3308 1145 92'],
    ]);
  });
});

describe('accounts after cues in Asian languages and after the bank they are at', () => {
  it.each([
    ['என் கணக்கு 4410 2290 7731 இல் இருந்து பணம் போச்சு', '4410 2290 7731'],
    ['Tolong bantu. Akaun Maybank 5520 1177 3390', '5520 1177 3390'],
    ['我嘅會員號碼 01122 4471，唔該幫我查', '01122 4471'],
    ['My savings account at HSBC is 112-334455-001, please check', '112-334455-001'],
    ['my account with Standard Bank is 0044 1122 98', '0044 1122 98'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it.each([
    ['保單號碼 K 3301 7720 55，想查保費', 'K 3301 7720 55'],
    ['claim denied, policy no H/552100/02/2022/001943. please review', 'H/552100/02/2022/001943'],
    ['ek wil my begrafnispolis FP441290 kanselleer', 'FP441290'],
  ])('reads the policy number %j', (text, policy) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', policy]]);
  });

  it('reads no one capital before an account number as its prefix', () => {
    expect(found('my account A 1234 5678 90')).toEqual([['BANK_ACCOUNT', '1234 5678 90']]);
  });
});

describe('a branch code or a postal code is no credential', () => {
  it.each([
    'please stop the debit order, Acc 2203 4418 90 branch 250655',
    'new address: 45 Lake Road, Ballygunge, Kolkata 700019 please',
    'send the card to Blk 221 #08-114, 560221 thanks',
  ])('%j', (text) => {
    expect(found(text).filter(([type]) => type === 'CREDENTIAL')).toEqual([]);
  });
});

describe('a Hinglish birthday cue', () => {
  it('reads the date after "janm din"', () => {
    expect(found('meri mummy ka janm din 12.05.1949 hai, pension account kholna hai')).toEqual([
      ['DATE_OF_BIRTH', '12.05.1949'],
    ]);
  });
});
