import { createClassifier } from '.';
import { found } from '../../../../test/classification/entities-found';

describe('accounts-round18b', () => {
  /**
   * Round 18b: Brazilian accounts after a branch and "cc"/"c/c", with a check digit after
   * thousands' dots, and a branch and account joined by a slash with no cue; an Indian
   * account with its branch's IFSC after a slash; a policy named after its number with a
   * word of its kind, its capitals before the digits; a Korean birth date written year first
   * with a blank after each dot; no credential in a person named after "who … was", in a
   * service's name after "sa"/"at"/"for", nor in a SPEI tracking key. Values are fake.
   */

  describe('a Brazilian branch and current account', () => {
    it.each([
      ['minha conta ag 0342 cc 7712094-3 no Inter', '7712094-3'],
      ['AG 1120 CC 0088123-6, pix não chegou', '0088123-6'],
      ['agência 0877, c/c 45.118-2 por favor', '45.118-2'],
      ['ag. 3318-2 c/c 11223-4', '11223-4'],
      ['c/c 52.903-1 no Itaú', '52.903-1'],
      ['conta 61220-5, urgente', '61220-5'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });

    it('reads a branch and account joined by a slash without a cue', () => {
      expect(found('saiu da 0459/77120983-1 e foi para 3321/55019-8, nada caiu')).toEqual([
        ['BANK_ACCOUNT', '0459/77120983-1'],
        ['BANK_ACCOUNT', '3321/55019-8'],
      ]);
    });

    it.each([['please cc me 7712094-3 was the ticket'], ['Kontonr 8327-9 saknas']])(
      'leaves "cc" in English and a short number before a check digit: %j',
      (text) => {
        expect(found(text).filter(([t]) => t === 'BANK_ACCOUNT')).toEqual([]);
      },
    );
  });

  describe("an Indian account keeps its branch's IFSC after a slash", () => {
    it.each([
      ['NEFT failed, debit from 50219847731/HDFC0004471', '50219847731/HDFC0004471'],
      ['my account 30118829045 / SBIN0011223 please check', '30118829045 / SBIN0011223'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });
  });

  describe('a policy named after its number, with a word of its kind', () => {
    it.each([
      ['TRX 4471 2208 is my supplement policy, why the raise', 'TRX 4471 2208'],
      ['KS 3319 0452 8 is my policy #, the hail claim', 'KS 3319 0452 8'],
      ['5582 1094 is my auto policy', '5582 1094'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });

    it('takes no word of the sentence for its letters', () => {
      expect(found('AND 4471 2208 is my policy')).toEqual([['BANK_ACCOUNT', '4471 2208']]);
    });
  });

  describe('a Korean birth date written year first', () => {
    it.each([
      ['생년월일 1952. 11. 3., 증권번호 문의', '1952. 11. 3.'],
      ['생년월일 1961. 7. 22. 입니다', '1961. 7. 22.'],
      ['DOB 1974. 2. 9', '1974. 2. 9'],
    ])('%j', (text, date) => {
      expect(found(text)).toEqual([['DATE_OF_BIRTH', date]]);
    });
  });

  describe('no credential in a name that is not a secret', () => {
    it('reads no person named after "who … was" as a username', () => {
      expect(
        found('I gave my bank login to a man who said he was CPF. User ID KOHJ88 PIN 441902'),
      ).toEqual([
        ['CREDENTIAL', 'KOHJ88'],
        ['CREDENTIAL', '441902'],
      ]);
    });

    it('still reads a secret holding a digit after such a clause', () => {
      expect(found('the password i gave the guy who called was Fish77!')).toEqual([
        ['CREDENTIAL', 'Fish77!'],
      ]);
    });

    it("reads no service's name after sa/at/for as a credential", () => {
      expect(
        found('Ang username ko sa MetroBank online ay lcruz_88 at password Bahay2023! pakitulong'),
      ).toEqual([
        ['CREDENTIAL', 'lcruz_88'],
        ['CREDENTIAL', 'Bahay2023!'],
      ]);
    });

    it('reads no SPEI tracking key as a password', () => {
      expect(found('hice el SPEI ayer, clave de rastreo 2025031140012XZ, no llega')).toEqual([]);
    });
  });

  /** Timings are in `npm run bench:classify` (see hostile-input.spec.ts), not asserted here. */
  describe('256 KiB posts of the new shapes', () => {
    const classifier = createClassifier();
    it.each([
      ['ag 0342 cc 7712094-3 ', 'BANK_ACCOUNT 7712094-3'],
      ['c/c 45.118-2 ', 'BANK_ACCOUNT 45.118-2'],
      ['de 0459/77120983-1 ', 'BANK_ACCOUNT 0459/77120983-1'],
      ['account 50219847731/HDFC0004471 ', 'BANK_ACCOUNT 50219847731/HDFC0004471'],
    ])('%j repeated', (unit, finding) => {
      const text = unit.repeat(Math.ceil(262144 / unit.length));
      const t0 = Date.now();
      const entities = classifier.classify(text, { channel: 'dm' }).entities;
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(entities.length).toBeGreaterThan(1000);
      expect(new Set(entities.map((e) => `${e.type} ${text.slice(e.start, e.end)}`))).toEqual(
        new Set([finding]),
      );
    });
  });
});
