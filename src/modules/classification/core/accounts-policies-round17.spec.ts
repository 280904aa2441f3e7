import { found } from '../../../../test/classification/entities-found';

/**
 * Round 17: coded policy, facility and account numbers after cues in more languages
 * and scripts, a code of Greek or Cyrillic capitals, a year between slashes, twenty-one
 * digits after an account cue, and a marked word after a number that is no number word.
 * Values are fake.
 */

describe('policy cues in more languages and scripts', () => {
  it.each([
    ['Poliçe no KSK-55120934 hâlâ ödenmedi', 'KSK-55120934'],
    ['رقم الوثيقة QAR-771204 من فضلكم', 'QAR-771204'],
    ['Număr poliță BV-LOC-330918, vă rog', 'BV-LOC-330918'],
    ['Namba ya bima NKR-66120933, asante', 'NKR-66120933'],
    ['پالیسی نمبر KH-4471-208 براہ کرم', 'KH-4471-208'],
    ['পলিসি নম্বর CT-HLT-90217 দয়া করে', 'CT-HLT-90217'],
    ['පොලිසි අංකය KN-5520-9931 කරුණාකර', 'KN-5520-9931'],
    ['የፖሊሲ ቁጥር ADD-6610927 እባክዎ', 'ADD-6610927'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});

describe('a policy code of Greek or Cyrillic capitals', () => {
  it.each([
    ['Номер полиса КАС-7730-1185, спасибо', 'КАС-7730-1185'],
    ['Αριθμός συμβολαίου ΖΩΗ-440917 παρακαλώ', 'ΖΩΗ-440917'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a short code is left alone', () => {
    expect(found('Номер полиса ВЗ-12, спасибо')).toEqual([]);
  });
});

describe('a lettered number with a year between slashes', () => {
  it('one letter, the year, the number', () => {
    expect(found('policy H/2021/558301 — renewal question')).toEqual([
      ['BANK_ACCOUNT', 'H/2021/558301'],
    ]);
  });

  it('no year, no number', () => {
    expect(found('policy H/55/8301 — renewal question')).toEqual([]);
  });
});

describe('facility and Somali account cues', () => {
  it.each([
    ['the credit facility CF-0099310452 was frozen', 'CF-0099310452'],
    ['Fadlan eega akoon KB-00419927', 'KB-00419927'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a facility without a number is left alone', () => {
    expect(found('the facility at the airport was closed')).toEqual([]);
  });
});

describe("twenty-one digits after an account cue (Angola's and Portugal's NIB)", () => {
  it('read whole', () => {
    expect(found('o número de conta é 0055 0000 9876 5432 1017 4 no banco')).toEqual([
      ['BANK_ACCOUNT', '0055 0000 9876 5432 1017 4'],
    ]);
  });
});

describe('a marked word after a number is no number word', () => {
  it.each([
    ['Số tài khoản: 0082 0004 71293, tên LE VAN AN', '0082 0004 71293'],
    ['số tài khoản 2201 4477 8899 03 — tên: PHAM THI HOA', '2201 4477 8899 03'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});
