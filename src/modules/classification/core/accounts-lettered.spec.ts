import { found } from '../../../../test/classification/entities-found';

/**
 * Identifiers of the customer's own holdings written with lettered parts, or
 * named by cue words for annuity contracts, lines of credit, group insurance
 * certificates and customer numbers, in several languages and scripts.
 * Values are fake; offsets are checked by slicing the text as received.
 */

describe('a prefix in two lettered parts before digit groups', () => {
  it.each([
    ['Policy QW-HOME 4410 2298 3. The tree fell on the garage', 'QW-HOME 4410 2298 3'],
    ['mi póliza es NM-AU 7730 1184, ¿me mandan una grúa?', 'NM-AU 7730 1184'],
    ['Polisa KR-AU 5519 0273, czekam od miesiąca', 'KR-AU 5519 0273'],
  ])('the whole prefix is part of the number: %j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a product name in capitals after another cue is the prefix', () => {
    expect(found('mi número de miembro HSA 5510 2287 3391, gracias')).toEqual([
      ['BANK_ACCOUNT', 'HSA 5510 2287 3391'],
    ]);
  });

  it('a year after the prefix is no number', () => {
    expect(found('policy QA-HO 2024 renewal came in the mail')).toEqual([]);
  });
});

describe('cue words for holdings that are not called accounts', () => {
  it.each([
    ['Contract no. RB 2210 4471 93, the surrender charge is too high', 'RB 2210 4471 93'],
    ['su número de contrato es ZK-4410-2290 y cobra cada mes', 'ZK-4410-2290'],
    ['my annuity, contract TR-66120-B, pays monthly', 'TR-66120-B'],
    ['Group disability, certificate 5510-2287, was cut off', '5510-2287'],
    ['mi número de cliente es QC-00918273, ayúdenme', 'QC-00918273'],
    ['Operating line # FL-2210-55019 needs a draw', 'FL-2210-55019'],
    ['Numero di polizza per l’auto è VR-IT 5502 1187, grazie', 'VR-IT 5502 1187'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('Italian names the account alone, its kind after it', () => {
    expect(found('Il mio conto business è 4410 2287 1190 e mi avete addebitato due volte')).toEqual(
      [['BANK_ACCOUNT', '4410 2287 1190']],
    );
  });

  it('a Polish routing cue names the ABA number, not an account', () => {
    expect(found('Numer rozliczeniowy banku w USA 084205517, konto 6620 1187 3304')).toEqual([
      ['ROUTING_NUMBER', '084205517'],
      ['BANK_ACCOUNT', '6620 1187 3304'],
    ]);
  });

  it('where the number is printed, then the number', () => {
    expect(found('policy number is on the declarations page, HV-HO 551 2290 38. thanks')).toEqual([
      ['BANK_ACCOUNT', 'HV-HO 551 2290 38'],
    ]);
  });

  it('a spaced prefix after a clause that restates the cue', () => {
    expect(found('Member ID on my dental card is QZT 551 208 774, group 00917')).toEqual([
      ['BANK_ACCOUNT', 'QZT 551 208 774'],
    ]);
  });

  it.each([
    'my contract ends in 2025 and I owe 3 months',
    'mi contrato es por 12 meses',
    'the contract is on the table, 12 pages',
    'claim # is on the letter, CS-AU 5510 2287',
    'order number is on the receipt, OR-DR 5510 2287',
    'I uploaded the birth certificate 2 weeks ago, ticket 5519022',
    'credit line went up to 5000 dollars',
  ])('no account number: %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a speaker label in a chat is no cue of the phone number after it', () => {
    expect(
      found('Agent: Best number to reach you?\nMember: (415) 555-0177 after 5pm', 'chat'),
    ).toEqual([['PHONE', '(415) 555-0177']]);
  });
});

describe('cues inside running Chinese and Japanese text', () => {
  it.each([
    ['自動車保険の証券番号はKM-5510-2287です。修理の件です', 'KM-5510-2287'],
    ['您好，我的账号是 4410-2287-119，转账一直失败', '4410-2287-119'],
    ['餐厅商户账户55 1029 3384 7，请查一下', '55 1029 3384 7'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a Japanese copula glued to a secret is no part of it', () => {
    expect(found('ワンタイムパスワードは５５０２９１です')).toEqual([
      ['CREDENTIAL', '５５０２９１'],
    ]);
    expect(found('パスワードはQpz7781kです')).toEqual([['CREDENTIAL', 'Qpz7781k']]);
  });
});
