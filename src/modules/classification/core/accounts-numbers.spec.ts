import { createClassifier } from '.';
import { found } from '../../../../test/classification/entities-found';
import { cardNetwork, isCardNumber } from './checksums';

/**
 * Accounts, policy and member numbers, and numbers that are not accounts, by round.
 * Each block below is one round's specs, kept as it was written.
 */

describe('accounts-credentials-4', () => {
  /**
   * Plan numbers and a payment's destination read as accounts, a RIB read whole,
   * references (applications, student IDs) that are not accounts, the routing number
   * asked about, and credentials after French link words or typed at an ATM. Values
   * are fake; offsets are checked by slicing the text as received.
   */

  describe('a plan number and where a payment should go', () => {
    it.each([
      ['moving money out of my college savings plan 612-0044-7391 this week', '612-0044-7391'],
      ['the headstone payment plan PP-310247 drafted twice', 'PP-310247'],
      ['my payment plan 66120873 autopays on the 5th', '66120873'],
      ['claim #QX-4410 closed, my reimbursement should go to 7730194458 please', '7730194458'],
      ['the payout should go to 5502918834, not the old one', '5502918834'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });

    it.each([
      ['my 529 plan is up 9% this year'],
      ['the payment plan is 12 months at $180'],
      ['the 401k plan 2026 limits changed'],
      ['we are on the family plan, 4 lines'],
    ])('a plan without a number of its own stays unread: %j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('a French or CEMAC RIB', () => {
    it.each([
      ['Douala: mon compte 20041-01005-03318829174, merci', '20041-01005-03318829174'],
      ['mon compte 30002-00550-00001234567-81 est bloqué', '30002-00550-00001234567-81'],
      ['compte 30004 00821 00019283746', '30004 00821 00019283746'],
    ])('is read whole: %j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });
  });

  describe('references that are not accounts', () => {
    it.each([
      ['Confirmation number for my mortgage application: 6610293384. Any news?'],
      ['loan application 5592017736 status?'],
      ['student ID 00719935 for the tuition refund'],
      ['my library card number 22918830 was charged a fee'],
    ])('%j', (text) => {
      expect(found(text)).toEqual([]);
    });

    it('the account beside a student ID is still read', () => {
      expect(found('tuition refund. student ID 00719935, my account 6620194473')).toEqual([
        ['BANK_ACCOUNT', '6620194473'],
      ]);
    });

    it('an SSN asked for an application is still read', () => {
      expect(found('ssn for the application is 521-77-3046')).toEqual([['SSN', '521-77-3046']]);
    });
  });

  describe('the routing number asked about', () => {
    it.each([
      [
        'Hola, necesito el número de ruta para el depósito directo. Mi cuenta es 5510293847. ¿Es 011000015?',
        '5510293847',
        '011000015',
      ],
      [
        'I need my routing number for direct deposit. my account is 5510293847, is it 021000021?',
        '5510293847',
        '021000021',
      ],
    ])('%j', (text, account, routing) => {
      expect(found(text)).toEqual([
        ['BANK_ACCOUNT', account],
        ['ROUTING_NUMBER', routing],
      ]);
    });

    it('an invalid routing number asked about stays an account', () => {
      expect(
        found('what is the routing number? my account 5510293847 and is my acct 123456789?'),
      ).toEqual([
        ['BANK_ACCOUNT', '5510293847'],
        ['BANK_ACCOUNT', '123456789'],
      ]);
    });
  });

  describe('credentials after French link words and typed at an ATM', () => {
    it.each([
      [
        "On m'a volé ma carte. Mon mot de passe était Mbanga#77, je l'ai dit à un faux agent",
        'Mbanga#77',
      ],
      ["Mon NIP c'est 5582 et le guichet le refuse", '5582'],
      ["mon code secret c'était 9041", '9041'],
      ['need a new PIN, pretty sure a guy saw me type 8046 at the gas station ATM', '8046'],
    ])('%j', (text, secret) => {
      expect(found(text)).toEqual([['CREDENTIAL', secret]]);
    });

    it.each([
      ['my pin is locked, the app says type 4 digits then enter'],
      ['forgot my PIN, what do I enter at the ATM'],
    ])('no value typed stays unread: %j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });
});

describe('accounts-languages', () => {
  /**
   * Account, card, routing and credential values after cues in more languages
   * and layouts: Swahili, Telugu, Czech, Korean, Brazilian Portuguese, Yoruba,
   * Nigerian Pidgin; lettered policy and loan numbers after a qualifier; a
   * corrected lettered number; a routing number with the account on the next
   * line. Values are fake.
   */

  describe('account cues in more languages and layouts', () => {
    it.each([
      ['Habari, namba ya akaunti yangu ni 0220 3384 1129 00, mshahara', '0220 3384 1129 00'],
      ['నా అకౌంట్ నంబర్ 0051 3390 7722 81, జీతం రాలేదు', '0051 3390 7722 81'],
      ['Dobrý den, číslo účtu je 27-1000234567/0100, nepřišla výplata', '27-1000234567/0100'],
      ['계좌 ４５１-０２３４-５６７８-９１ 으로 보내주세요', '４５１-０２３４-５６７８-９１'],
      ['Oi, minha conta é ag 4321 conta 12345-6, o pagamento não caiu', '12345-6'],
    ])('reads the whole account: %j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });

    it.each([
      // A bank code is four digits; a check digit is one.
      ['acct 55123390/12 ok', '55123390'],
      ['checking 44817723-1234 is the one', '44817723'],
    ])('other suffixes are no part of it: %j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });
  });

  describe('lettered policy and loan numbers', () => {
    it.each([
      ['número de póliza de flood FL-0031-551234 y mi casa', 'FL-0031-551234'],
      ['Mi póliza de inquilino es RT 7710 4483 12, quiero agregar a alguien', 'RT 7710 4483 12'],
      ['credit builder CB-00412277, can i pay it off early', 'CB-00412277'],
    ])('the letters are part of the number: %j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });

    it.each([
      ['Mon assureur répond pas. Police QC-HAB-551234. Quelqu’un peut aider?', 'QC-HAB-551234'],
      ['police habitation QC-HAB-551234 svp', 'QC-HAB-551234'],
      ['Police : HB-22918433', 'HB-22918433'],
    ])('French "police" before an insurer’s number names it: %j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });

    it.each([
      ['police report PR-2291847'],
      ['the policeman AB-1234567'],
      ['police 44871203 merci'],
    ])('the police is no policy: %j', (text) => {
      expect(found(text).filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
    });

    it('a routing number after a policy cue stays a routing number', () => {
      expect(found('policy RT 122000661')).toEqual([['ROUTING_NUMBER', '122000661']]);
    });

    it('reads a corrected number laid out like the first', () => {
      expect(
        found(
          'my loan number is LN-3308-11442 wait no thats the old one. real one is LN-3308-27719',
        ),
      ).toEqual([
        ['BANK_ACCOUNT', 'LN-3308-11442'],
        ['BANK_ACCOUNT', 'LN-3308-27719'],
      ]);
    });
  });

  describe('cards, routing numbers and credentials', () => {
    it('reads a Verve card after a Yoruba card cue', () => {
      expect(found('Kaadi mi ni 5061 2290 4418 3377 1')).toEqual([
        ['CARD_NUMBER', '5061 2290 4418 3377 1'],
      ]);
    });

    it('reads a routing number with the account on the next line', () => {
      expect(found('for the direct deposit form:\n322271627\n0049921175')).toEqual([
        ['ROUTING_NUMBER', '322271627'],
        ['BANK_ACCOUNT', '0049921175'],
      ]);
    });

    it('reads a password after Nigerian Pidgin "na"', () => {
      expect(found('my password na Ngozi@1999 abeg reset am')).toEqual([
        ['CREDENTIAL', 'Ngozi@1999'],
      ]);
    });
  });
});

describe('accounts-lettered', () => {
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
      expect(
        found('Il mio conto business è 4410 2287 1190 e mi avete addebitato due volte'),
      ).toEqual([['BANK_ACCOUNT', '4410 2287 1190']]);
    });

    it('a Polish routing cue names the ABA number, not an account', () => {
      expect(found('Numer rozliczeniowy banku w USA 084205517, konto 6620 1187 3304')).toEqual([
        ['ROUTING_NUMBER', '084205517'],
        ['BANK_ACCOUNT', '6620 1187 3304'],
      ]);
    });

    it('where the number is printed, then the number', () => {
      expect(found('policy number is on the declarations page, HV-HO 551 2290 38. thanks')).toEqual(
        [['BANK_ACCOUNT', 'HV-HO 551 2290 38']],
      );
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
});

describe('accounts-references-2', () => {
  /**
   * Account, routing and IBAN readings: abbreviated loan cues and a note suffix,
   * policy and Medicare numbers, the routing number described by where it sits on
   * a check, IBANs of every country in use; and identifiers named by cues that are
   * not accounts (a vessel's documentation number, a BVN, a badge, an inmate's
   * number), which stay unread. Values are fake; offsets are checked by slicing
   * the text as received.
   */

  describe('abbreviated loan cues and a loan note suffix', () => {
    it.each([
      ['still waiting on the draw. LN 0038812 01 if anyone reads this', '0038812 01'],
      ['mtg # 55102298 escrow is off again', '55102298'],
      ['loan 7720193 004, payment posted twice', '7720193 004'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });

    it('a count of months after the number is not its suffix', () => {
      expect(found('loan 7720193 12 months behind')).toEqual([['BANK_ACCOUNT', '7720193']]);
    });

    it('a date after the number is not its suffix', () => {
      expect(found('loan 7720193 05/26 payment')).toEqual([['BANK_ACCOUNT', '7720193']]);
    });
  });

  describe('a line of credit named by a bare "line"', () => {
    it('a lender-shaped number after "Line" is read', () => {
      expect(found('they froze it mid job and I cannot draw. Line QH-5520-10983')).toEqual([
        ['BANK_ACCOUNT', 'QH-5520-10983'],
      ]);
    });

    it.each([
      ['the fraud line 1-800-555-0199 hung up on me'],
      ['checked online AB-2024 status page'],
    ])('a phone line and "online" are no cue: %j', (text) => {
      expect(found(text).filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
    });
  });

  describe('policy and Medicare numbers', () => {
    it.each([
      ['Nimewo polis asirans lan se KT4-11920-0382. Tanpri ede nou', 'KT4-11920-0382'],
      ['nimewo polis lan se HB-55019-22', 'HB-55019-22'],
      ['My Medicare number is 7QW2-HF4-XR63, the plan raised my premium', '7QW2-HF4-XR63'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });
  });

  describe('the routing number described by its place on a check', () => {
    it.each([
      ['el número que aparece abajo a la izquierda del cheque es 011000015, ¿es ese?'],
      ['the number at the bottom left of the check is 011000015 right?'],
    ])('%j', (text) => {
      expect(found(text, 'chat')).toEqual([['ROUTING_NUMBER', '011000015']]);
    });
  });

  describe('IBANs of countries outside the registry and of territories', () => {
    it.each([
      [
        'Ela tem conta no banco, IBAN CV67 0004 0000 1234 5678 9012 3',
        'CV67 0004 0000 1234 5678 9012 3',
      ],
      ['mon IBAN SN43 A010 0100 2345 6789 0123 4567 svp', 'SN43 A010 0100 2345 6789 0123 4567'],
      [
        'IBAN GP11 2004 1010 0505 0001 3M02 606 pour le virement',
        'GP11 2004 1010 0505 0001 3M02 606',
      ],
    ])('%j', (text, iban) => {
      expect(found(text)).toEqual([['IBAN', iban]]);
    });

    it('words of the sentence are not read as the rest of an IBAN', () => {
      // "ML" is a country code: the loan number after it must not be taken for a mistyped IBAN.
      expect(found('URGENT: mortgage ML448120-77 escrow is wrong again')).toEqual([
        ['BANK_ACCOUNT', 'ML448120-77'],
      ]);
    });
  });

  describe('identifiers that are not accounts stay unread', () => {
    it.each([
      ['Boat doc # 2217730 is not a bank number, my acct is elsewhere'],
      ['the F/V Sea Lark, USCG doc no. 5510292, needs a survey'],
      ['my birthday na 04/04 and BVN na 30118825574'],
      ['the reentry office wants my DOC number, it was 772104'],
      ['Badge # 88120 and still on hold'],
      ['employee id 44102977 for the payroll office'],
      ['inmate number 5521983 at the county facility'],
      ['VIN 1HGCM82633A004352 for the auto loan payoff'],
      ['מספר אסמכתא 55120938'],
    ])('%j', (text) => {
      expect(
        found(text).filter(([type]) => type === 'BANK_ACCOUNT' || type === 'CREDENTIAL'),
      ).toEqual([]);
    });
  });
});

describe('accounts-phones-round15', () => {
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
});

describe('accounts-phones-round15b', () => {
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
      [
        'Mon compte 10005 00231 04512345678 27, rien reçu depuis lundi',
        '10005 00231 04512345678 27',
      ],
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
});

describe('accounts-phones-round16', () => {
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
});

describe('policies-services-round16', () => {
  /**
   * Round 16: insurance policy numbers that open with a country's or product's code
   * (with or without a hyphen or a blank, dots or slashes between the digits) read whole
   * after a policy word, in more languages; a product's name after a cue naming where money
   * goes is the account's kind, not its prefix; the institution's service lines a complaint
   * names, and a pet's microchip, a remittance's tracking number and a short certificate's,
   * are nobody's phone, SSN or account. Made-up posts; values are fake.
   */

  describe('coded policy numbers after a policy word', () => {
    it.each([
      ['Meine Hausrat-Polizze K-3390-17720 wurde doppelt abgebucht', 'K-3390-17720'],
      ['Police-Nr. BE-551.330.19, bitte prüfen', 'BE-551.330.19'],
      ['mijn woonpolis NL-WOON 33 551 907 is opgezegd', 'NL-WOON 33 551 907'],
      ['min indboforsikring police nr. DK 5530 18824 er betalt', 'DK 5530 18824'],
      ['Bilforsikring polise NO-55 119 307, takk', 'NO-55 119 307'],
      ['la mia polizza casa n. IT 0033 19 55120 è sospesa', 'IT 0033 19 55120'],
      ['a meva pòlissa CAT-AU 0055 3391 ha caducat', 'CAT-AU 0055 3391'],
      ['mi póliza de moto GA-MOT-33 119 07 aparece anulada', 'GA-MOT-33 119 07'],
      ['minha apólice PT 0551.3390.17 foi cancelada', 'PT 0551.3390.17'],
      ['Polisa NNW nr PL 5512 3390 17 została anulowana', 'PL 5512 3390 17'],
      ['pojistka auta č. CZ 5512 339 017 byla zrušena', 'CZ 5512 339 017'],
      ['moja poistka SK-HAV-3390 5517 je zrušená', 'SK-HAV-3390 5517'],
      ['polica HR 55-0033-917 za stan', 'HR 55-0033-917'],
      ['полица № BG 0551 3390 17 е прекратена', 'BG 0551 3390 17'],
      ['il-polza tad-dar nru MT-DAR 3390 551 tħallset', 'MT-DAR 3390 551'],
      ['polasaí uimhir IE-TI 3390 551, le do thoil', 'IE-TI 3390 551'],
      ['fy mholisi car CYM-CA 0055 3390 wedi dod i ben', 'CYM-CA 0055 3390'],
      ['פוליסת ביטוח דירה מספר IL-55 3390 117 בוטלה', 'IL-55 3390 117'],
      ['กรมธรรม์ประกันบ้านเลขที่ TH-HOM 3390 5517 ถูกยกเลิก', 'TH-HOM 3390 5517'],
      ['polisi insurans rumah saya no MY-RM 3390 5517 dah tamat', 'MY-RM 3390 5517'],
      ['polis asuransi mobil no ID-MB 0055 3390 17 masih aktif?', 'ID-MB 0055 3390 17'],
      ['என் பாலிசி எண் TN-HM 3390 5517. தயவு செய்து', 'TN-HM 3390 5517'],
      ['నా పాలసీ నంబర్ AP-LIF 3390 5517. దయచేసి', 'AP-LIF 3390 5517'],
      ['sur mon assurance-vie AV-FR 3390 5517, merci', 'AV-FR 3390 5517'],
      ['mijn polisnummer BR-WOON 339 551. Graag snel', 'BR-WOON 339 551'],
      ['my travel policy TRV/2022/0055133 shows expired', 'TRV/2022/0055133'],
      ['Policen er BH-55 3390 1', 'BH-55 3390 1'],
      ['polisnummer RV-339017, graag opzeggen', 'RV-339017'],
    ])('%j', (text, policy) => {
      expect(found(text, 'chat')).toEqual([['BANK_ACCOUNT', policy]]);
    });

    it('a recent year closing the number stays out; a label alone is no code', () => {
      expect(found('polizza n. IT 0033 19 55120 2024 rinnovo', 'chat')).toEqual([
        ['BANK_ACCOUNT', 'IT 0033 19 55120'],
      ]);
      expect(found('Polisa ubezpieczenia, wiek ID 12 lat', 'chat')).toEqual([]);
    });

    it('a policy word with no coded number after it reads no code', () => {
      expect(found('Meine Polizze ist seit Mai gekündigt, keine Antwort', 'chat')).toEqual([]);
      expect(found('pojistka domácnosti byla zrušena bez důvodu', 'chat')).toEqual([]);
    });
  });

  describe("a product's name after a cue naming where money goes", () => {
    it('is the account kind: the number is the digits', () => {
      expect(found('please deposit to IRA 44017729 by Friday')).toEqual([
        ['BANK_ACCOUNT', '44017729'],
      ]);
      expect(found('wire to HSA 3390 5517 please')).toEqual([['BANK_ACCOUNT', '3390 5517']]);
    });

    it('after a cue naming the number, it stays the prefix', () => {
      expect(found('acct IRA 5512-3390, RMD please')).toEqual([['BANK_ACCOUNT', 'IRA 5512-3390']]);
    });
  });

  describe("the institution's service lines and other reference numbers", () => {
    it.each([
      'Ehrlich, Ihre Hotline 0800 330 330 ist eine Katastrophe.',
      'Bellen naar 030 555 0199 is zinloos, niemand neemt op',
      'Numero verde 800 551 339 sempre occupato.',
      'Llevo una hora... 50 minutos al teléfono 900 551 339 y nada.',
      'Телефонът ви 0700 33 551 никой не вдига.',
      'Egy órát vártam a 06 1 555 0199 számon, aztán bontotta.',
      'your customer service line 1-800-555-0199 hung up on me twice',
    ])('%j reads nothing', (text) => {
      expect(found(text, 'dm')).toEqual([]);
    });

    it("the customer's own number after a call word stays read", () => {
      expect(found('Mijn nummer is 06 1234 5678, bellen naar mij graag')).toEqual([
        ['PHONE', '06 1234 5678'],
      ]);
    });

    it.each([
      'Dog insurance: microchip number 956 000 331 557 190, vet in Leeds',
      'Mandé plata a Quito, código de envío 55-3390-17, no llegó',
      'Remesa pendiente, MTCN 5512339017',
      'I fitted a smoke alarm, certificate #SA-55133. Discount?',
    ])('%j reads nothing', (text) => {
      expect(found(text, 'dm')).toEqual([]);
    });

    it("a group certificate's number of six digits or more stays read", () => {
      expect(found('group life certificate GL-553390, claim pending')).toEqual([
        ['BANK_ACCOUNT', 'GL-553390'],
      ]);
    });
  });
});

describe('accounts-policies-round17', () => {
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
});

describe('accounts-national-round17b', () => {
  /**
   * Round 17b: an account written with its bank's code in a country's layout, read
   * whole (UK sort code, Australian BSB, Canadian transit and institution, New
   * Zealand bank and branch); building-society roll
   * numbers; policy and loan numbers with lettered codes after cues in more languages.
   * Values are fake.
   */

  // round 27: the account part only of a UK sort code, an Australian BSB or a Canadian transit
  // and institution written with it (the labelling brief: the bank's code is not labelled).
  describe('an account with its bank code in a national layout', () => {
    it.each([
      ['acct 71-35-08 52290417 please send a statement', '52290417'],
      ['transfer it to my account 11-84-20 / 60172293 thanks', '60172293'],
      ['Account 03-07-29 81140562. Why the fee', '81140562'],
      ['paid in from 22-61-05 48803317 yesterday', '48803317'],
      ['my wages go into 083-417 2291 6604 but nothing today', '2291 6604'],
      ['super payout to 734-052 558120 please', '558120'],
      ['pension going to 02261 004 7718320 from next month', '7718320'],
      ['chequing 04417 - 219 - 3308814 is the one', '3308814'],
      ['the account is\n06104\n003\n9920147\nthanks', '9920147'],
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
});

describe('ids-credentials-phones-round17b', () => {
  /**
   * Round 17b: Canada's Social Insurance Number and Australia's Tax File Number after their own
   * cue, read as SSN with their own checks; phone words in Welsh, Punjabi, Somali, Urdu in Latin
   * letters, with "new" and "is" between the word and the number (Welsh, Italian, Vietnamese);
   * a UK sort code before its account is not a birth date. Made-up posts; values are fake.
   */

  // round 27: another country's identity or tax number after its own cue is kept from every
  // reader, not reported as an SSN (the labelling brief: other countries' numbers are not labelled).
  describe('national identity and tax numbers after their own cue', () => {
    it.each([
      'SIN 130 692 544 on the tax slip',
      'my TFN is 123 456 782 thanks',
      'le formulaire demande mon NAS 130 692 544 encore',
      'my numéro d’assurance sociale est 130 692 544',
      'ho dato il mio tax file number 123 456 782 al telefono',
    ])('%s', (text) => {
      expect(found(text)).toEqual([]);
    });

    it('a US SSN after its cue is still one', () => {
      expect(found('my SSN 219-41-7736 on the tax slip')).toEqual([['SSN', '219-41-7736']]);
    });

    it.each([
      // Spanish "sin" (without) and Portuguese "nas" (in the) are no cues.
      'pagué sin 130692544 de referencia',
      'nas contas 130692544 pagas',
      // A TFN that fails its check.
      'TFN 123456781 on the form',
    ])('stays unread: %s', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('phone words of more languages', () => {
    it.each([
      ['Ffoniwch ni ar 07700 900 331 diolch', [['PHONE', '07700 900 331']]],
      ['fy rhif ffôn newydd yw 07700 900 442', [['PHONE', '07700 900 442']]],
      ['Lambarkaygu cusub waa 07700 900 773', [['PHONE', '07700 900 773']]],
      ['mere phone number 07700 900 919 hai', [['PHONE', '07700 900 919']]],
      ['numero di telefono nuova 0412 555 903', [['PHONE', '0412 555 903']]],
      ['số điện thoại mới 0912 555 408', [['PHONE', '0912 555 408']]],
      ['ਮੇਰਾ ਫੋਨ 07700 900 660', [['PHONE', '07700 900 660']]],
    ])('%s', (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
  });

  describe('a sort code before its account is no birth date', () => {
    it('reads no date in "account 14-02-71 55120834"', () => {
      expect(found('account 14-02-71 55120834 for the direct debit')).not.toContainEqual([
        'DATE_OF_BIRTH',
        '14-02-71',
      ]);
    });

    it('still reads a date next to a name and an email', () => {
      expect(found('Pauline Hart 14-02-71 pauline@example.com')).toContainEqual([
        'DATE_OF_BIRTH',
        '14-02-71',
      ]);
    });
  });
});

describe('lettered-policies', () => {
  /**
   * Lettered policy, lease, loan and brokerage numbers: cues in more languages,
   * words between the cue and an insurer-shaped number, a state or form letter
   * closing a spaced number, and a count after an account number left out.
   * Values are fake.
   */

  describe('policy cues in more languages', () => {
    it.each([
      ['Номер полиса QT-NV-61028-B, спасибо', 'QT-NV-61028-B'],
      ['Полис KA-70194-2235', 'KA-70194-2235'],
      ['보험 증권번호 QT-OR-44102-M입니다', 'QT-OR-44102-M'],
      ['Պոլիս KA-61830-7714', 'KA-61830-7714'],
      ['Policy aō KA-20931-55. Jerammōn', 'KA-20931-55'],
      ['Ai policy nampa QTX-40917-21, kinisou', 'QTX-40917-21'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });
  });

  describe('an insurer-shaped number past words after the cue', () => {
    it.each([
      ['em muốn hỏi về hợp đồng bảo hiểm nhà của em, số KA-77120-4408 ạ', 'KA-77120-4408'],
      ['Can I get my dec page for the umbrella policy? QTU-220914-3', 'QTU-220914-3'],
      ['My loan number with the bank is QL-00462719, please send it', 'QL-00462719'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });

    it('a claim cue between makes it the claim', () => {
      expect(found('policy on my car, claim QX-66120 is open')).toEqual([]);
    });
  });

  describe('a state or form letter closes a spaced lettered number', () => {
    it.each([
      ['Póliza QA 40817 92 NV', 'QA 40817 92 NV'],
      ['policy QH 6610 2287 OR, the estimate', 'QH 6610 2287 OR'],
      ['Policy QRT 40718 MT', 'QRT 40718 MT'],
      ["mon numéro de police c'est QH 5520 1187 K, merci", 'QH 5520 1187 K'],
      ['motorcycle QM-66301-NV, suspend it please', 'QM-66301-NV'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });

    it('a word after the capitals leaves them out', () => {
      expect(found('policy QA 7730 1182 OK thanks')).toEqual([['BANK_ACCOUNT', 'QA 7730 1182']]);
    });
  });

  describe('lease and brokerage numbers', () => {
    it.each([
      ['lease EL 55019377 buyout quote', 'EL 55019377'],
      ['租赁编号EL 6620 1193，谢谢', 'EL 6620 1193'],
      ['my account with you QRK 66120 43', 'QRK 66120 43'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });
  });

  describe('a line and state layout with no cue', () => {
    it('in a post about insurance', () => {
      expect(found('HO-NV-61827 — hail took the roof off')).toEqual([
        ['BANK_ACCOUNT', 'HO-NV-61827'],
      ]);
    });

    it('not after a claim cue, nor outside insurance', () => {
      expect(found('claim HO-NV-61827 — hail on the roof')).toEqual([]);
      expect(found('HO-NV-61827 — see you Tuesday')).toEqual([]);
    });
  });

  it('a count after an account number is no group of it', () => {
    expect(found('you paid from account 7730 4418 226 three days late')).toEqual([
      ['BANK_ACCOUNT', '7730 4418 226'],
    ]);
  });
});

describe('numbers-kinds', () => {
  /**
   * Numbers read as the kind their cue and layout say: an eight-digit number is a
   * phone only after its phone cue, a national mobile after a call verb, the
   * account a wire is debited from, a part of a phone number that no NANP number
   * can be, a Canadian transit-institution-account, lettered policy numbers after
   * an insurance line or a glued "#", and a phone said in words in comma-set parts.
   * Values are fake; offsets are checked by slicing the text as received.
   */

  describe('eight digits: the phone cue must stand before the number', () => {
    it.each([
      ['Акаунт 52207194, телефон (312) 555-0178.', '52207194', '(312) 555-0178'],
      ['Account 63318820, phone (646) 555-0121, please check', '63318820', '(646) 555-0121'],
    ])('%j', (text, account, phone) => {
      expect(found(text)).toEqual([
        ['BANK_ACCOUNT', account],
        ['PHONE', phone],
      ]);
    });

    it.each([
      ['mobile 9331 2786 please call', '9331 2786'],
      ['香港電話 6128 4497', '6128 4497'],
    ])('%j is still a phone', (text, phone) => {
      expect(found(text)).toEqual([['PHONE', phone]]);
    });
  });

  describe('national mobiles after a call verb', () => {
    it.each([
      ['Tawag po kayo sa 0918 442 7109, nasa Cebu ako', '0918 442 7109'],
      ['Tawagan niyo ako sa 0927 310 5582 mamaya', '0927 310 5582'],
      ['Llámame al 0917 223 4410 por favor', '0917 223 4410'],
    ])('%j', (text, phone) => {
      expect(found(text)).toEqual([['PHONE', phone]]);
    });
  });

  describe('the account a wire is debited from', () => {
    it.each([
      ['Transfer details: mine to debit: 7301928846', '7301928846'],
      ['please debit from 5520194837 for the wire', '5520194837'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });
  });

  describe('a part of a phone number is no phone', () => {
    it.each([
      'Rang the branch at (555) 013-2290, they sorted it out',
      'the office line (555) 104-8821 never picks up',
    ])('%j', (text) => {
      expect(found(text)).toEqual([]);
    });

    it('a number so laid out and said to be the customer is still read', () => {
      expect(found('call me at (555) 012-3398')).toEqual([['PHONE', '(555) 012-3398']]);
    });
  });

  describe('a valid routing number described as the number on the check', () => {
    it('is the routing number', () => {
      expect(found('The number printed on my check 021000021 does not match the app')).toEqual([
        ['ROUTING_NUMBER', '021000021'],
      ]);
    });

    it('an account cue before "on my checks" keeps the account', () => {
      expect(found('my account number on my checks is 021000021')).toEqual([
        ['BANK_ACCOUNT', '021000021'],
      ]);
    });
  });

  describe('a Canadian transit-institution-account is read for its account part', () => {
    it.each([
      ['Compte 00731-002-6640291. Merci', '6640291'],
      ['acct 01822-004-1120873 for the deposit', '1120873'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });
  });

  describe('lettered policy numbers', () => {
    it.each([
      [
        'bundle: home policy HM-7720194-01, auto AT-7720194-02. thanks',
        ['HM-7720194-01', 'AT-7720194-02'],
      ],
      ['discount missing on my auto AUT-55120-7 since June', ['AUT-55120-7']],
      ['my renters RNT-4419207 renewed twice', ['RNT-4419207']],
      ['Policy #TX-88120473, new address soon', ['TX-88120473']],
      ['policy #HO-3318820 lapsed', ['HO-3318820']],
    ])('%j', (text, values) => {
      expect(found(text)).toEqual(values.map((v) => ['BANK_ACCOUNT', v]));
    });

    it.each([
      'my car ABC-1234 was towed',
      'the auto AP-12 form is confusing',
      '#Auto-2024 deals are here #CA-1234567',
      'I love my home HOA-22 meetings',
    ])('%j stays unread', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('a phone said in words, its parts set off by commas', () => {
    it.each([
      [
        'Mi teléfono es seis seis… no: siete uno cuatro, cinco cinco cinco, cero uno tres ocho',
        'siete uno cuatro, cinco cinco cinco, cero uno tres ocho',
      ],
      [
        'my phone is four one two, five five five, zero one six six',
        'four one two, five five five, zero one six six',
      ],
    ])('%j', (text, phone) => {
      expect(found(text)).toEqual([['PHONE', phone]]);
    });

    it.each(['I have two, three kids', 'one, two, three, four, five'])(
      '%j stays unread',
      (text) => {
        expect(found(text)).toEqual([]);
      },
    );
  });
});

describe('numbers-credentials-5', () => {
  /**
   * Domestic card networks (Elo, Mir, RuPay, Troy, Hipercard), "account" spelt as said,
   * where deposits land, a loan called a note, a range of checks, the MICR line read as
   * routing then account, an old security answer told in the next sentence, and a
   * professional's email address. Values are fake; offsets are checked by slicing the
   * text as received.
   */

  const digitsOf = (s: string): number[] => [...s.replace(/\D/g, '')].map(Number);

  describe('domestic card networks', () => {
    it.each([
      ['5090 4881 2207 3346', 'elo'],
      ['5067 2033 9918 2244', 'elo'],
      ['2201 4117 7308 1528', 'mir'],
      ['6080 1233 4455 6675', 'rupay'],
      ['9792 1044 8823 3100', 'troy'],
      ['6062 8200 4471 1938', 'hipercard'],
    ])('%s is a %s card', (pan, network) => {
      const d = digitsOf(pan);
      expect(cardNetwork(d, 0, d.length)).toBe(network);
      expect(isCardNumber(d, 0, d.length)).toBe(true);
    });

    it('a wrong check digit or length is no card', () => {
      expect(isCardNumber(digitsOf('5090 4881 2207 3347'), 0, 16)).toBe(false);
      expect(cardNetwork(digitsOf('509048812207334'), 0, 15)).toBeUndefined();
      expect(cardNetwork(digitsOf('9793104488233100'), 0, 16)).toBeUndefined();
    });

    it.each([
      ['Oi, meu cartão 5090 4881 2207 3346 foi clonado, preciso bloquear', '5090 4881 2207 3346'],
      ['mi tarjeta 2201 4117 7308 1528 fue clonada ayer', '2201 4117 7308 1528'],
      ['ma carte 9792 1044 8823 3100 a été volée', '9792 1044 8823 3100'],
      ['my RuPay card 6080 1233 4455 6675 got blocked', '6080 1233 4455 6675'],
    ])('%j', (text, pan) => {
      expect(found(text)).toEqual([['CARD_NUMBER', pan]]);
    });
  });

  describe('account cues: "account" spelt as said, and where deposits land', () => {
    it.each([
      ['Me card no dey work. Akawnt 6623104475', '6623104475'],
      ['pls check my akaunt no 3318820946, money never land', '3318820946'],
      ['our market stall deposits to 7712093386 are three days late', '7712093386'],
      ['payments to 4410293385 keep bouncing back', '4410293385'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });

    it('a phone cue keeps its number a phone', () => {
      expect(found('call me at 7712093386 about my deposits')).toEqual([['PHONE', '7712093386']]);
    });
  });

  describe('a loan called a note', () => {
    it.each([
      ['my car note CN-0058211 is due friday, can i push it', 'CN-0058211'],
      ['Truck note TK-7730419 autopay failed', 'TK-7730419'],
    ])('%j', (text, loan) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', loan]]);
    });

    it.each([
      ['Note TK-0058211 is the ticket from the shop'],
      ['side note: ZX-4410023 was the old form'],
    ])('a note that names no loan stays unread: %j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('a range of checks is not an account', () => {
    it.each([
      [
        'Lost my checkbook. Checks 3301-3350 from account 7711204469, stop them please',
        '7711204469',
      ],
      ['cheques 0451-0475 de la cuenta 5528810394 fueron robados', '5528810394'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });

    it('an account after "de cheques" is still read', () => {
      expect(found('la de ahorros 3300-8812 y la de cheques 3300-8890, quiero pasar $200')).toEqual(
        [
          ['BANK_ACCOUNT', '3300-8812'],
          ['BANK_ACCOUNT', '3300-8890'],
        ],
      );
    });
  });

  describe('the MICR line: routing number, then the account', () => {
    it.each([
      [
        'the number on the bottom of my check: 0210 0002 1 then 00048812290. right routing for ACH?',
        '0210 0002 1',
        '00048812290',
      ],
      ['bottom of the check says 021000021 and 5530021987', '021000021', '5530021987'],
    ])('%j', (text, routing, account) => {
      expect(found(text)).toEqual([
        ['ROUTING_NUMBER', routing],
        ['BANK_ACCOUNT', account],
      ]);
    });

    it('a number that is no valid routing number stays unread', () => {
      expect(found('the bottom of the check says 123456789')).toEqual([]);
    });
  });

  describe('an old security answer told in the next sentence with "used to be"', () => {
    it.each([
      [
        'somebody changed my security answer. It used to be Maple Grove Academy. not me!',
        'Maple Grove Academy',
      ],
      ['alguien cambió mi respuesta de seguridad. Antes solía ser Colegio Andes.', 'Colegio Andes'],
    ])('%j', (text, value) => {
      expect(found(text)).toEqual([['CREDENTIAL', value]]);
    });

    it.each([
      ['my security answer. It has to be Maple Grove Academy'],
      ['i forgot my password, i need to be able to log in today'],
    ])('stays unread: %j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe("a professional's email address is not the customer's", () => {
    it.each([
      ["My agent's email is rep@sportsdesk.example if you need to coordinate."],
      ['el correo de mi abogado es lic.ruiz@despacho.example'],
    ])('%j', (text) => {
      expect(found(text)).toEqual([]);
    });

    it.each([
      [
        "my lawyer's email: counsel@firm.example and mine is jo.b@mail.example",
        'jo.b@mail.example',
      ],
      [
        "My wife's on the account. Her email mia.k@mail.example, add her as joint",
        'mia.k@mail.example',
      ],
    ])("the customer's or a joint owner's stays read: %j", (text, email) => {
      expect(found(text)).toEqual([['EMAIL', email]]);
    });
  });
});

describe('accounts-americas-round18', () => {
  /**
   * Round 18: accounts in the Americas' layouts. A US policy number opening with a state's code
   * (before the line's code, hyphened to it, or after a cue's "ID"), four digits after a state
   * and a line code, a code alone on the cue's line, an insurer's number with no cue, a second
   * policy of the same layout; a member number's letter; a US Medicare number (MBI) after its
   * cue, the customer's insurance account (as in the earlier rounds); a Mexican CLABE in its printed groups; a Brazilian branch and account with its
   * check digit. Values are fake.
   */

  describe("a policy number's state and line codes are read with it", () => {
    it.each([
      ['Please explain the denial. Policy NM HO 61 208 334', 'NM HO 61 208 334'],
      ['policy WA AU 7731 0482, need proof of insurance', 'WA AU 7731 0482'],
      ['MY POLICY IS OH HO 4471 2093 AND NOBODY CALLS BACK', 'OH HO 4471 2093'],
      ['policy ID-HO 7741 2208 renewal question', 'ID-HO 7741 2208'],
      ['need the body shop info, policy NV-AU 4471', 'NV-AU 4471'],
      ['Policy: MT-HO\n6620-3318\nAdjuster: K. Lane', 'MT-HO\n6620-3318'],
      ['the card in my glovebox says PA-AU-7712-0943 is that my policy number', 'PA-AU-7712-0943'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });

    it('reads a state and a line code after a loan or policy cue in other languages', () => {
      expect(found('Số hợp đồng NV RS 4410 2287 ạ')).toEqual([['BANK_ACCOUNT', 'NV RS 4410 2287']]);
      expect(found('هل تغطي وثيقتي MI 7740 1182 الحادث؟')).toEqual([
        ['BANK_ACCOUNT', 'MI 7740 1182'],
      ]);
    });

    it('reads a second policy of the same layout with another line code', () => {
      expect(
        found('my policy for the house is BX-HO 7730 412, the cars are on BX-AU 7730 413'),
      ).toEqual([
        ['BANK_ACCOUNT', 'BX-HO 7730 412'],
        ['BANK_ACCOUNT', 'BX-AU 7730 413'],
      ]);
    });

    it('leaves four digits after a state and line code that read as a year', () => {
      expect(found('policy NV-AU 2024 was the old one')).toEqual([]);
    });

    it('reads no state code that is not before a line code', () => {
      expect(found('policy HO 5531 2280 in TX')).toEqual([['BANK_ACCOUNT', 'HO 5531 2280']]);
    });
  });

  describe("a member number's letter", () => {
    it.each([
      ['my member id K 331 5520 87 for the denial', 'K 331 5520 87'],
      ['MY MEMBER NUMBER IS R 44 120 5589 PLEASE CALL', 'R 44 120 5589'],
      ['会员号 MS 3317 2290，请帮我查一下', 'MS 3317 2290'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });
  });

  describe('a US Medicare number (MBI) after its cue is the insurance account', () => {
    it.each([
      ['my mom gave her Medicare number 2HX5-MV7-KT40 to a caller', '2HX5-MV7-KT40'],
      ['MBI 9QP3XJ4KR28 — can you add a supplement', '9QP3XJ4KR28'],
      ['número de Medicare 6TC1-WY8-AN93, ¿qué hago?', '6TC1-WY8-AN93'],
    ])('%j', (text, mbi) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', mbi]]);
    });
  });

  describe('a Mexican CLABE in its printed groups is read whole', () => {
    it.each([
      ['mi CLABE es 012 180 00123456789 6 de BBVA', '012 180 00123456789 6'],
      ['CLABE 138-580-00012345678-0 para el depósito', '138-580-00012345678-0'],
      // A check digit that does not hold: the cue "CLABE" still ties it.
      ['my CLABE is 072 180 00882934551 4 Banorte', '072 180 00882934551 4'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });
  });

  describe("a Brazilian branch and account keep the account's check digit", () => {
    it.each([
      ['minha conta é 0412 / 55210987-3 no Inter', '0412 / 55210987-3'],
      ['conta 3318/77120-4, pix não caiu', '3318/77120-4'],
    ])('%j', (text, account) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
    });
  });

  /** Timings are in `npm run bench:classify` (see hostile-input.spec.ts), not asserted here. */
  describe('256 KiB posts of the new shapes', () => {
    const classifier = createClassifier();
    it.each([
      ['policy TX HO 5590 2281 ', 'BANK_ACCOUNT TX HO 5590 2281'],
      ['member id W 228 4410 93 ', 'BANK_ACCOUNT W 228 4410 93'],
      ['CLABE 072 180 00882934551 7 ', 'BANK_ACCOUNT 072 180 00882934551 7'],
      ['conta 0001 / 12098877-4 ', 'BANK_ACCOUNT 0001 / 12098877-4'],
    ])('%j repeated', (unit, finding) => {
      const text = unit.repeat(Math.ceil(262144 / unit.length));
      const entities = classifier.classify(text, { channel: 'dm' }).entities;
      expect(entities.length).toBeGreaterThan(1000);
      expect(new Set(entities.map((e) => `${e.type} ${text.slice(e.start, e.end)}`))).toEqual(
        new Set([finding]),
      );
    });

    it.each(['TX HO ', 'Policy: KS-HO\n'])('%j repeated: nothing', (unit) => {
      const text = unit.repeat(Math.ceil(262144 / unit.length));
      expect(classifier.classify(text, { channel: 'dm' }).entities).toEqual([]);
    });
  });
});

describe('ids-accounts-world-round18', () => {
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
});

describe('phones-world-round18', () => {
  /**
   * Round 18: national phone numbers by their countries' numbering plans, read by the digit-run
   * model as accounts before: mobiles in their usual groups (South Africa, the UAE, Nigeria, the
   * Philippines, Mexico, Brazil), numbers only businesses hold (freephone, share-call, toll-free
   * 800) and hotlines, a protocol number, and the advertiser's phone in a loan or prize advert.
   * Values are fake.
   */

  describe("a national mobile in its country's grouping is a phone, not an account", () => {
    it.each([
      // South Africa and the UAE: 0 + 5…9, then 3-3-4.
      ['Sawubona, sicela nishintshe, entsha ngu 072 555 0143', '072 555 0143'],
      ['the new one is 050 555 7781 thanks', '050 555 7781'],
      // Nigeria and the Philippines: eleven digits, 4-3-4.
      ['abeg update am, na 0815 555 2290 be the correct one', '0815 555 2290'],
      ['Paki-update po, ito na 0928 555 0176 salamat', '0928 555 0176'],
      // Mexico: two-digit area 55, 33 or 81, then 4-4.
      ['cambió mi celular, ahora es 33 5550 1184 por favor', '33 5550 1184'],
    ])('%j', (text, phone) => {
      expect(found(text)).toEqual([['PHONE', phone]]);
    });

    it('drops a folded "one" before the number', () => {
      expect(found('sorry typo, the full one 0929 555 0192, pls update')).toEqual([
        ['PHONE', '0929 555 0192'],
      ]);
    });

    it('reads one group from a trunk 0 as a mobile after a phone word in the sentence before', () => {
      expect(found('Ndicela inombolo yefowuni itshintshwe. Entsha yi 0825550147')).toEqual([
        ['PHONE', '0825550147'],
      ]);
    });

    it("reads Brazil's area code in parentheses before a mobile's nine digits", () => {
      expect(found('atualiza meu celular pro (41) 9 5550-3321 por favor')).toEqual([
        ['PHONE', '(41) 9 5550-3321'],
      ]);
      expect(found('novo número (71) 95550-1842')).toEqual([['PHONE', '(71) 95550-1842']]);
    });

    it("leaves 3-3-4 after an account's cue an account", () => {
      expect(
        found('routing and account for the deposit: 322271627 / 071 555 2093, why rejected'),
      ).toEqual([
        ['ROUTING_NUMBER', '322271627'],
        ['BANK_ACCOUNT', '071 555 2093'],
      ]);
    });
  });

  describe("business lines, hotlines and protocol numbers are no one's own", () => {
    it.each([
      'their call centre line 0861 555 240 just rings and rings',
      'waited an hour on 0800 555 0199 before giving up',
      'ساعة على الهاتف 8005550123 بدون رد',
      'their toll-free 1800 555 2290 is always busy',
      '打咗熱線 3555 0182 兩個鐘都冇人聽',
      '客服电话 4555 0192 一直占线',
      'Contestei a compra, protocolo 77310245, e nada ainda',
    ])('%j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe("an advertiser's phone in a loan or prize advert is not the customer's", () => {
    it.each([
      'FAST LOANS NO CREDIT CHECK!! WhatsApp Mrs Khumalo 064 555 9012 today',
      'Préstamos sin buró, manda WhatsApp al 81 5550 3321 Lic. Torres',
      'Mkopo bila dhamana leo, piga 0712 555 081',
      'Walang collateral! send 300 fee sa 0918 555 2204 Sir Ben',
      'You have won a prize! contact agent Farouk 056 555 3310 to claim',
      'RENDA EXTRA garantida, chama no zap (21) 95550-4410',
    ])('%j', (text) => {
      expect(found(text).filter(([type]) => type === 'PHONE' || type === 'BANK_ACCOUNT')).toEqual(
        [],
      );
    });

    it('names such a post spam', () => {
      const result = createClassifier().classify('Préstamos sin buró en 5 minutos, WhatsApp ya', {
        channel: 'dm',
      });
      expect(result.intents.map((i) => i.intent)).toContain('spam');
    });

    it("keeps the customer's own mobile in a post about a scam", () => {
      expect(found('a loan app scammed me, my own number 0815 555 3318 is spammed now')).toEqual([
        ['PHONE', '0815 555 3318'],
      ]);
    });
  });

  /** Timings are in `npm run bench:classify`, not asserted here (see hostile-input.spec.ts). */
  describe('256 KiB of national numbers and their cues', () => {
    const SIZE = 256 * 1024;
    const fill = (unit: string): string =>
      unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

    it.each([
      fill('bago na 0917 555 0184, '),
      fill('entsha yi yefowuni 0716234458 '),
      fill('(31) 9 8851-2240 '),
    ])('reads each as a phone or not at all (%#)', (text) => {
      const types = new Set(
        createClassifier()
          .classify(text, { channel: 'dm' })
          .entities.map((e) => e.type),
      );
      expect([...types].filter((t) => t !== 'PHONE')).toEqual([]);
    });

    it.each([
      fill('打熱線 2233 3000 '),
      fill('protocolo 55201198 '),
      fill('sin buró WhatsApp 55 2211 0098 '),
    ])('finds nothing (%#)', (text) => {
      expect(createClassifier().classify(text, { channel: 'dm' }).entities).toEqual([]);
    });
  });
});

describe('accounts-round18b', () => {
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
          found(
            'Ang username ko sa MetroBank online ay lcruz_88 at password Bahay2023! pakitulong',
          ),
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
        const entities = classifier.classify(text, { channel: 'dm' }).entities;
        expect(entities.length).toBeGreaterThan(1000);
        expect(new Set(entities.map((e) => `${e.type} ${text.slice(e.start, e.end)}`))).toEqual(
          new Set([finding]),
        );
      });
    });
  });
});
