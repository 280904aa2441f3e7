import { found } from '../../../../test/classification/entities-found';

/**
 * Round 17b: an account written with its bank's code in a country's layout, read
 * whole (UK sort code, Australian BSB, Canadian transit and institution, New
 * Zealand bank and branch); building-society roll
 * numbers; policy and loan numbers with lettered codes after cues in more languages.
 * Values are fake.
 */

describe('an account with its bank code in a national layout', () => {
  it.each([
    ['acct 71-35-08 52290417 please send a statement', '71-35-08 52290417'],
    ['transfer it to my account 11-84-20 / 60172293 thanks', '11-84-20 / 60172293'],
    ['Account 03-07-29 81140562. Why the fee', '03-07-29 81140562'],
    ['paid in from 22-61-05 48803317 yesterday', '22-61-05 48803317'],
    ['my wages go into 083-417 2291 6604 but nothing today', '083-417 2291 6604'],
    ['super payout to 734-052 558120 please', '734-052 558120'],
    ['pension going to 02261 004 7718320 from next month', '02261 004 7718320'],
    ['chequing 04417 - 219 - 3308814 is the one', '04417 - 219 - 3308814'],
    ['the account is\n06104\n003\n9920147\nthanks', '06104\n003\n9920147'],
    ['NZ one is 12-3140-0588213-02 for the transfer', '12-3140-0588213-02'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a sort code named apart stays apart', () => {
    expect(found('sort code 55-12-09 account 77031948 for the refund')).toEqual([
      ['BANK_ACCOUNT', '77031948'],
    ]);
  });

  it('a short number after a BSB-shaped pair is no account', () => {
    expect(found('Tel saya 013-552 7719, tolong call')).not.toContainEqual([
      'BANK_ACCOUNT',
      '013-552 7719',
    ]);
  });

  it('a date and a count are not a sort code and account', () => {
    expect(found('on 12-04-23 I waited 3 hours')).toEqual([]);
  });
});

describe('roll numbers and coded policy and loan numbers', () => {
  it.each([
    ['savings roll number K/5520-1180 is locked', 'K/5520-1180'],
    ['my roll no T-0093-55721 thanks', 'T-0093-55721'],
    ['policy number AVN/HSE/7730415 renewal', 'AVN/HSE/7730415'],
    ['Policy ref QMT-5590127, direct debit', 'QMT-5590127'],
    ['Συμβόλαιο αρ. KP 4410 9923 παρακαλώ', 'KP 4410 9923'],
    ['البوليصة رقم CAR-55017-2 من فضلكم', 'CAR-55017-2'],
    ['保單 HLT４４０１９２７', 'HLT４４０１９２７'],
    ['ਮੇਰਾ ਲੋਨ ਦਾ ਨੰਬਰ CL-7729104 ਹੈ', 'CL-7729104'],
    ['我的汽車貸款 CV-228-4410，謝謝', 'CV-228-4410'],
    ['uimhir pholasaí HM-6620193 le do thoil', 'HM-6620193'],
    ['Poliso nr. LT-KS-5502918. Ačiū', 'LT-KS-5502918'],
    ['Versicherungsschein-Nr. AT-KF-4471092 bitte', 'AT-KF-4471092'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a policy A/C label is no lettered code', () => {
    expect(found('policy N/A yet, still waiting')).toEqual([]);
  });
});
