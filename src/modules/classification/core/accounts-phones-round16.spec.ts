import { found } from '../../../../test/classification/entities-found';

/**
 * Round 16: insurance policy numbers with their letters after policy words in more
 * languages (Afrikaans, Finnish, Portuguese, Swahili, Sinhala, Chinese in traditional
 * characters); account cues in Zulu, Cantonese, Javanese, Malayalam, Gujarati, Kannada,
 * Khmer and Punjabi, with the account in the script's own digits; Portugal's NIB read
 * whole; phone cues in Zulu, Swahili, Javanese and Portuguese; a phone number with its
 * area code in parentheses after a reference cue; a merchant's id, which is no bank
 * account. Made-up posts; values are fake.
 */

describe('lettered policy numbers after policy words abroad', () => {
  it.each([
    ['Polisnommer MT 00552917, asseblief help', 'MT 00552917'],
    ['My polisnommer is LB-3307-5512. Dankie', 'LB-3307-5512'],
    ['Vakuutusnumero KT-55120934, korvaus puuttuu', 'KT-55120934'],
    ['Vakuutusnumero 71-3390-05. Kiitos', '71-3390-05'],
    ['A minha apólice AU-0091-33481 foi cancelada', 'AU-0091-33481'],
    ['Nambari ya sera ya bima GB 0091 3352, tafadhali', 'GB 0091 3352'],
    ['ප්‍රතිපත්ති අංකය LIF 5519 2207 ගැන', 'LIF 5519 2207'],
    ['保單號碼 HM-5530-1187，請跟進', 'HM-5530-1187'],
    ['年金保單號碼 AN 3390 1175 2，支票未收到', 'AN 3390 1175 2'],
  ])('%j', (text, policy) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', policy]]);
  });

  it('a policy word with no number after it reads nothing', () => {
    expect(found('Ek het my polisnommer verloor, wat nou?')).toEqual([]);
    expect(found('Vakuutus ei korvannut mitään, olen pettynyt')).toEqual([]);
  });
});

describe('account cues in more languages and scripts', () => {
  it.each([
    ['I-akhawunti yami 71 3302 558 19, imali ayingenanga', '71 3302 558 19'],
    ['我個戶口號碼係 033-551-2-098814，幫我查下', '033-551-2-098814'],
    ['Rekening ibu 5519 2207 3.', '5519 2207 3'],
    ['Nomer rekening kula 3381 0075 2214', '3381 0075 2214'],
    ['അക്കൗണ്ട് നമ്പർ 3391 5520 8817 — ദയവായി നോക്കൂ', '3391 5520 8817'],
    ['મારો એકાઉન્ટ નંબર ૩૩૯૧ ૫૫૨૦ ૮૮૧૭ છે.', '૩૩૯૧ ૫૫૨૦ ૮૮૧૭'],
    ['ನನ್ನ ಅಕೌಂಟ್ ೩೩೯೧ ೫೫೨೦ ೮೮೧೭ ಬ್ಲಾಕ್ ಆಗಿದೆ', '೩೩೯೧ ೫೫೨೦ ೮೮೧೭'],
    ['លេខគណនីរបស់ខ្ញុំ ០០៧ ៥៥១ ៣៣៩ ២០ សូមជួយ', '០០៧ ៥៥១ ៣៣៩ ២០'],
    ['ਮੇਰਾ ਖਾਤਾ 5520 3391 7718 ਬੰਦ ਹੈ', '5520 3391 7718'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it("Portugal's NIB (bank, branch, account) is one account", () => {
    expect(found('N.º de conta 0018 0003 00551298830, obrigado')).toEqual([
      ['BANK_ACCOUNT', '0018 0003 00551298830'],
    ]);
    expect(found('A minha conta é 0033 0000 45512983301 05')).toEqual([
      ['BANK_ACCOUNT', '0033 0000 45512983301 05'],
    ]);
  });
});

describe('phone cues in more languages', () => {
  it.each([
    ['Ucingo 071 553 2290, ngicela ningishayele', '071 553 2290'],
    ['Tafadhali nipigie. Simu 0733 550 219.', '0733 550 219'],
    ['Nomer HP ku ganti, saiki 0813-5520-7741.', '0813-5520-7741'],
    ['o meu telemóvel 91 552 33 08, obrigado', '91 552 33 08'],
  ])('%j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });

  it('an area code in parentheses after a reference cue is a phone number', () => {
    expect(found('Contact for the claim: (555) 555-0143 (cell)')).toEqual([
      ['PHONE', '(555) 555-0143'],
    ]);
  });

  it('a claim number after the claim cue stays no phone', () => {
    expect(found('Contact for the claim: 2024-5519-330')).toEqual([]);
    expect(found('claim (555) 555-0143 was closed without a call')).toEqual([]);
  });
});

describe("a merchant's id is no bank account", () => {
  it.each([
    'our merchant ID is MID 5530218847, terminal keeps failing',
    'Merchant acct ID 6610332290 for the 1099-K, tax year 2023',
    'merchant account id 7730551920 shows the wrong totals',
  ])('%j', (text) => {
    expect(found(text).filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
  });

  it('the bank account beside the merchant id is still read', () => {
    expect(found('Merchant ID 5520331987, bank account 330019283746. Please check')).toEqual([
      ['BANK_ACCOUNT', '330019283746'],
    ]);
  });
});
