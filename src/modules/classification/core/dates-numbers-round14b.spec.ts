import { createClassifier } from './classifier';

/**
 * Birth dates, numbers and extra findings in the phrasings the working sets of round 14
 * (second half) showed the detectors lacked: German "geb.", Quebec French "date de fête",
 * Persian in Latin letters with a Solar Hijri date restated, Lao and Khmer birth words; an
 * SSN said digit by digit after "soc", Finglish account cues, a routing number listed by
 * slashes beside the account, a loan's note suffix, an annuity's number; and a transfer's
 * id and a date-stamped reference, which are no accounts. Each value is made up.
 */
const classifier = createClassifier();

function found(text: string): [string, string][] {
  return classifier
    .classify(text, { channel: 'dm' })
    .entities.map((e) => [e.type, text.slice(e.start, e.end)]);
}

describe('dates of birth', () => {
  it.each([
    ['Ich schreibe für meinen Vater Otto Brandt, geb. 03.09.1931. Er ist im Heim.', '03.09.1931'],
    ['Mein Onkel (geb. 21.06.1940) hat ein Konto bei Ihnen.', '21.06.1940'],
    ['Meine Mutter, geboren 07.12.1936, braucht Hilfe.', '07.12.1936'],
    ['ma date de fête 4 mars 2001, je peux pas me connecter', '4 mars 2001'],
    ['tarikh tavalod 1379/11/02 baraye verify', '1379/11/02'],
    ['ແມ່ ເກີດ 1950-03-22. ຂອບໃຈ', '1950-03-22'],
    ['ម្តាយខ្ញុំ កើត 1948-10-05 សូមជួយ', '1948-10-05'],
  ])('%j', (text, date) => {
    expect(found(text)).toContainEqual(['DATE_OF_BIRTH', date]);
  });

  it('reads a date restated after "yani" as the same birth date', () => {
    const text = 'tarikh tavalod 1380/02/14 — yani May 4 2001 — lazem bood?';
    expect(found(text)).toEqual([
      ['DATE_OF_BIRTH', '1380/02/14'],
      ['DATE_OF_BIRTH', 'May 4 2001'],
    ]);
  });

  it('leaves a Solar Hijri date with no birth word unreported', () => {
    expect(found('pardakht 1402/05/10 anjam shod')).toEqual([]);
  });

  it('reads no invalid Solar Hijri date (month 7 has 30 days)', () => {
    expect(found('tarikh tavalod 1381/07/31')).not.toContainEqual(['DATE_OF_BIRTH', '1381/07/31']);
  });
});

describe('numbers', () => {
  it('reads an SSN said digit by digit with spaced dashes after "soc"', () => {
    expect(found('my soc is 6 1 4 - 2 2 - 7 0 3 9 sorry for the spaces')).toEqual([
      ['SSN', '6 1 4 - 2 2 - 7 0 3 9'],
    ]);
  });

  it.each([
    ['shomare hesab 4410 2293 7', '4410 2293 7'],
    ['hesabam 5520 1187 36 block shode', '5520 1187 36'],
  ])('Finglish account cue: %j', (text, value) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', value]]);
  });

  it('reads a routing number listed by slashes beside the account', () => {
    const text = 'ok here u go: 2209 4417 553 / 0210 0002 1 / 312-555-0147';
    expect(found(text)).toContainEqual(['ROUTING_NUMBER', '0210 0002 1']);
  });

  it('reads no routing number beside a phone number alone', () => {
    expect(found('call 312-555-0147 / 0210 0002 1')).not.toContainEqual([
      'ROUTING_NUMBER',
      '0210 0002 1',
    ]);
  });

  it.each([
    ['Please pause it. Loan HL-008812 04.', 'HL-008812 04'],
    ['Loan PL-004471 22', 'PL-004471 22'],
  ])('lettered loan number with its note suffix: %j', (text, value) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', value]]);
  });

  it('leaves a count after a loan number out of it', () => {
    expect(found('Loan PL-004471 22 days late')).toEqual([['BANK_ACCOUNT', 'PL-004471']]);
  });

  it('reads an annuity number as a policy number', () => {
    expect(found("my mom's annuity # VA 3318 20447 - can the payout change?")).toEqual([
      ['BANK_ACCOUNT', 'VA 3318 20447'],
    ]);
  });
});

describe('identifiers that are not accounts', () => {
  it.each([
    ['cashapp says my transfer id is 5518203946172 and nothing arrived'],
    ['the payment id is 77120045581 per the receipt'],
    ['paid tuition, it bounced. ref 20240902-COLL-0417'],
    ['the police 60193377 said to call my bank, thanks'],
    ['Police: 60193377 is the report for the stolen wallet'],
  ])('%j', (text) => {
    expect(found(text).filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
  });
});

describe('a number after the French policy words stays a policy number', () => {
  it.each([
    ['numéro de police 60193377 merci', '60193377'],
    ['votre police 60193377 est-elle active?', '60193377'],
  ])('%j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });
});
