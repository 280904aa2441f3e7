import { found } from '../../../../test/classification/entities-found';

/**
 * Round 15: loan, contract and account numbers named in more languages (a loan or a
 * mortgage number is an account); national phone numbers after a phone cue in the post's
 * language; a "+" country code makes a phone number; numbers that are neither (amounts
 * with blank thousands, references with letters after them, a branch's transit number);
 * phones that are someone else's (a payee's, a relative's wallet, one a caller gave).
 * Made-up posts; values are fake.
 */

describe('loan, contract and account numbers abroad', () => {
  it.each([
    // Swedish, Hungarian, Malay, Thai, Telugu: the loan or contract named in the post's language.
    ['Räntan på lånet har höjts igen. Lånenummer 5520-114 336 71, varför?', '5520-114 336 71'],
    ['A törlesztőm megint nőtt. Szerződésszám HX-KL-0071842, kérem nézzék meg', 'HX-KL-0071842'],
    ['Baki tak berubah lagi. No akaun pinjaman 2210 5547 8830 1', '2210 5547 8830 1'],
    ['ดอกเบี้ยขึ้นอีกแล้ว สัญญาเลขที่ 0417-552-33018', '0417-552-33018'],
    ['వడ్డీ పెంచారు. లోన్ నంబర్ PL0093 4412 08. చూడండి', 'PL0093 4412 08'],
    // Amharic with the possessive suffix, Swahili with a third person's owner.
    ['የሂሳብ ቁጥሬ 3318 2207 9914 ነው፣ እባካችሁ', '3318 2207 9914'],
    ['Akaunti yake 5519 3302 4471. Tafadhali msaada', '5519 3302 4471'],
    // A loan account and a car payment named in English.
    ['Need the payoff. Loan A/C HL-0772 3391 58. Thanks', 'HL-0772 3391 58'],
    ['can my car payment AT66031984 move to the 5th', 'AT66031984'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a Ukrainian routing number', () => {
    expect(found('Рахунок 3301 5528 7740, рутинг 0210 0002 1. Де гроші?')).toEqual([
      ['BANK_ACCOUNT', '3301 5528 7740'],
      ['ROUTING_NUMBER', '0210 0002 1'],
    ]);
  });

  it('an eleven-digit account the customer paid from, not a phone with a digit after', () => {
    expect(found("I Zelle'd the plumber from 415 662 0931 7 and it's still pending")).toEqual([
      ['BANK_ACCOUNT', '415 662 0931 7'],
    ]);
  });

  it.each([
    // Loan words alone name no number: a count, a rate, a year.
    'Mitt bolån har fått höjd ränta med 2 procent',
    'Pinjaman kereta saya tinggal 14 bulan lagi',
    'my car payment went up 40 this month',
  ])('no account: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('national phone numbers and the "+" country code', () => {
  it.each([
    // Swedish, Dutch and Hungarian mobiles after a phone cue in the post's language.
    ['Någon tog ett lån i mitt namn, ring mig 073-442 18 90', '073-442 18 90'],
    ['Kunt u mij bellen op 06 4471 2290? Het gaat om mijn lening', '06 4471 2290'],
    ['Belépni nem tudok, telefonszám 06 30 442 1877. Köszönöm', '06 30 442 1877'],
    // A country code's "+" makes a phone number even when the digits pass Luhn.
    ['new number is +49 1573 8820419 while I am in Germany', '+49 1573 8820419'],
    // A bare "ext" and one digit: the number ends before it; "ext." keeps it.
    ['reach me at (415) 555-0133 ext 3 after five', '(415) 555-0133'],
  ])('%j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });

  it('a bare "ext" with three digits stays part of the number', () => {
    expect(found('reach me at (415) 555-0133 ext 204 after five')).toEqual([
      ['PHONE', '(415) 555-0133 ext 204'],
    ]);
  });
});

describe('numbers that are neither', () => {
  it.each([
    // Amounts with blank thousands, the currency or the cents after them.
    'Någon tog ett lån på 250 000 kr i mitt namn',
    'la mensualité a été prélevée deux fois (2 315,40 $ chacune)',
    'a részlet 18 000 Ft-tal nőtt',
    // A reference with letters after it, after a reference cue in Spanish and English.
    'No ha llegado el envío. Número de confirmación 553018-MG',
    'confirmation number 771204-RX never showed up',
    // Certified mail receipts are tracking numbers.
    'Sent it twice. Certified mail receipts 7019 2280 0001 4471 9920 and nothing',
  ])('nothing: %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("a Canadian branch's transit number is no account; the account after it is", () => {
    expect(
      found("Mon transit c'est 40211, mon numéro de compte 7719 3302. Merci"),
    ).not.toContainEqual(['BANK_ACCOUNT', '40211']);
  });
});

describe("phones that are not the customer's", () => {
  it.each([
    // Money sent to a phone number: the payee's.
    'I sent my rent through Zelle to 312-555-0147 instead of 312-555-0174, please help',
    'venmoed $80 to (646) 555-0192 by mistake',
    // A relative's mobile-money wallet.
    "the money went to my sister's M-Pesa number +254 733 218 440 but came back",
    'Namba yake ya M-Pesa ni 0722 318 449. Pesa imerudishwa',
    'abbu ke 01819-552731 number e bKash korsilam, asheni',
    // A number a caller gave.
    'A man came to my door about the car and he gave number 415-555-0163, is he real?',
  ])('%j', (text) => {
    expect(found(text).filter(([type]) => type === 'PHONE')).toEqual([]);
  });

  it.each([
    // A code sent to the phone, or money sent to the customer's own number, stays theirs.
    ['the code was sent to 312-555-0147 but never came', '312-555-0147'],
    [
      "sent $20 to (312) 555-0147 on zelle, that's my own number at the other bank",
      '(312) 555-0147',
    ],
  ])("still the customer's: %j", (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });

  it('money paid in to an account stays the account', () => {
    expect(
      found('I get paid on Cash App, deposits go to 4418023395. Do I need a business account?'),
    ).toEqual([['BANK_ACCOUNT', '4418023395']]);
  });
});

describe('an account with its bank code after a slash', () => {
  it('keeps the bank code after a loan cue', () => {
    expect(found('Číslo účtu pro hypotéku 27-4412009183/0300, prosím o kontrolu')).toEqual([
      ['BANK_ACCOUNT', '27-4412009183/0300'],
    ]);
  });
});
