import { found } from '../../../../test/classification/entities-found';
import { createClassifier } from './index';

/**
 * Whose a value is: the customer's own, a payee's, a scammer's or the institution's, by round.
 * Each block below is one round's specs, kept as it was written.
 */

const classifier = createClassifier();

describe('contacts-round14b', () => {
  /**
   * Whose contact data it is, read this round: an owning phrase right after an email address
   * that the words before gave to a message's sender, a third party's email named by a
   * possessive role noun, the institution's branch or main number named before it, an IBAN the
   * post gives to someone else and not the customer, a nursing home the customer moved to, and
   * Korean road-name addresses written in Latin letters. Values are fake.
   */

  const ofType = (text: string, type: string): string[] =>
    found(text, 'chat')
      .filter(([t]) => t === type)
      .map(([, value]) => value);

  describe('an owning phrase right after an email address', () => {
    it.each([
      [
        'my dad got an alert email from walt.okafor1941@example.net — that is his email but he never reads it',
        'walt.okafor1941@example.net',
      ],
      [
        'the reset email came from june.parr52@example.org, which is my old email. who sent it?',
        'june.parr52@example.org',
      ],
      [
        'got a message from ruthie.k@example.com, that’s mine, i never wrote it',
        'ruthie.k@example.com',
      ],
    ])('keeps it: %j', (text, value) => {
      expect(ofType(text, 'EMAIL')).toEqual([value]);
    });

    it.each([
      ['got an email from security-alerts@example.biz saying my account is locked'],
      ['someone changed my email to dark.rider@example.net without asking'],
    ])('still drops a sender or a wrongdoer: %j', (text) => {
      expect(ofType(text, 'EMAIL')).toEqual([]);
    });
  });

  describe("a third party's email named by a possessive role noun", () => {
    it.each([
      ["my landlord's email is leasing@maplecourt-homes.example, send the receipt there"],
      ["her employer's email is hr.team@northfield-mfg.example"],
      ["the school's email: office@lincoln-elem.example"],
      ["my lawyer's email is d.ferraro@ferraro-law.example"],
    ])('is no finding: %j', (text) => {
      expect(ofType(text, 'EMAIL')).toEqual([]);
    });

    it('keeps the customer’s own', () => {
      expect(ofType('my email is tessa.liang@example.com', 'EMAIL')).toEqual([
        'tessa.liang@example.com',
      ]);
    });
  });

  describe("the institution's branch or main number named before it", () => {
    it.each([
      ['Branch phone (503) 555-0172 just rings and rings.'],
      ['branch number 312-555-0139 goes to voicemail every time'],
      ['Main number 415-555-0166 says the branch is closed. Which is it?'],
      ["the credit union's phone 608-555-0121 is always busy"],
    ])('is no finding: %j', (text) => {
      expect(ofType(text, 'PHONE')).toEqual([]);
    });

    it.each([
      ['my main number is 503-555-0177, call me there', '503-555-0177'],
      ['my branch phone? no, my cell: 312-555-0188', '312-555-0188'],
    ])('keeps the customer’s own: %j', (text, value) => {
      expect(ofType(text, 'PHONE')).toEqual([value]);
    });
  });

  describe('an IBAN the post gives to someone else, not the customer', () => {
    it.each([
      [
        'Vorrei mandare soldi a mia figlia, IBAN sua IT60 X054 2811 1010 0000 0123 456 — è la sua, non la mia.',
      ],
      ["Please wire it to my son: DE89 3704 0044 0532 0130 00 (it's his, not mine)."],
      ['IBAN GB82 WEST 1234 5698 7654 32, that is his account and not mine'],
    ])('is no finding: %j', (text) => {
      expect(ofType(text, 'IBAN')).toEqual([]);
    });

    it.each([
      [
        'Il mio IBAN IT60 X054 2811 1010 0000 0123 456, è il mio conto',
        'IT60 X054 2811 1010 0000 0123 456',
      ],
      ['my IBAN is DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    ])('keeps the customer’s own: %j', (text, value) => {
      expect(ofType(text, 'IBAN')).toEqual([value]);
    });
  });

  describe('a nursing home the customer moved to', () => {
    it.each([
      [
        'I moved to the nursing home at 2250 Westbrook Ave, Room 108, Dayton, OH 45406. Send my checks there.',
        '2250 Westbrook Ave, Room 108, Dayton, OH 45406',
      ],
      [
        'mom now lives at the care home at 18 Orchard Ln, Burlington, VT 05401',
        '18 Orchard Ln, Burlington, VT 05401',
      ],
    ])('is the customer’s address: %j', (text, value) => {
      expect(ofType(text, 'ADDRESS')).toEqual([value]);
    });

    it('the nursing home’s own address stays no finding', () => {
      expect(
        ofType(
          'is the nursing home at 2250 Westbrook Ave, Dayton, OH 45406 a partner of yours?',
          'ADDRESS',
        ),
      ).toEqual([]);
    });
  });

  describe('Korean road-name addresses in Latin letters', () => {
    it.each([
      [
        'please ship the new card to 152 Teheran-ro, Gangnam-gu, Seoul 06236 by friday',
        '152 Teheran-ro, Gangnam-gu, Seoul 06236',
      ],
      [
        'my address: 35 Olympic-ro 8-gil, Songpa-gu, Seoul 05551, South Korea',
        '35 Olympic-ro 8-gil, Songpa-gu, Seoul 05551, South Korea',
      ],
      [
        'can you courier my card to Hanbit Tower, 21 Jungang-daero, Jung-gu, Busan 48939?',
        'Hanbit Tower, 21 Jungang-daero, Jung-gu, Busan 48939',
      ],
    ])('reads the address: %j', (text, value) => {
      expect(ofType(text, 'ADDRESS')).toEqual([value]);
    });

    it('takes no building name without a request to send', () => {
      expect(
        ofType(
          'I study at Hanbit Tower, 21 Jungang-daero, Jung-gu, Busan 48939 this year',
          'ADDRESS',
        ),
      ).toEqual(['21 Jungang-daero, Jung-gu, Busan 48939']);
    });

    it('reads no address from a road name without its district and postcode', () => {
      expect(ofType('I walked 20 Yonsei-ro blocks today', 'ADDRESS')).toEqual([]);
    });
  });
});

describe('owners-actions', () => {
  function found(text: string): Array<[string, string]> {
    return classifier
      .classify(text, { channel: 'chat', visibility: 'private' })
      .entities.map((f) => [f.type, text.slice(f.start, f.end)] as [string, string]);
  }

  describe('accounts named by what the customer does with them', () => {
    it.each([
      ['I withdrew $2,400 from 3382 1907 6654 and drove to the kiosk', '3382 1907 6654'],
      ['I have to get my money out of 6120 4471 0093 before noon', '6120 4471 0093'],
      ['Venmo says my bank 7741 0326 9918 declined it twice', '7741 0326 9918'],
      ['cancel the check #1044, $600 to Hillside Lumber, from 5530017742', '5530017742'],
      ['paid $918.20 from 4408 2231 907 on 3/2 and it bounced', '4408 2231 907'],
      ['my weekly pay lands in 6603 2817 459 and it came in twice', '6603 2817 459'],
      ['the paycheck goes into 2209 5518 7701 every other friday, not this one', '2209 5518 7701'],
    ])('%s', (text, value) => {
      expect(found(text)).toContainEqual(['BANK_ACCOUNT', value]);
    });

    it('a phone laid out as one after "put $… in" is no account', () => {
      expect(found('I put $200 in 555 123 4567 yesterday').map(([k]) => k)).not.toContain(
        'BANK_ACCOUNT',
      );
    });
  });

  describe("other people's values are not the customer's", () => {
    it.each([
      [
        "a text asked me to update our supplier's bank to routing 011000015 acct 55120987, I did not",
      ],
      ['the scammer changed the deposit account on my profile to acct 771203348. call me'],
      ['Shipping batch ID 2025090100321 is stuck'],
      ['The phone they used was (480) 555-0170. Help'],
      ['my number is 713-555-0140, his is 713-555-0149'],
      ["the garage's phone is 303-555-0166, they need the check"],
      ['Adjuster at the Tulsa OK office (918-555-0123) never called back'],
      ['someone changed my email to zz.thief88@mail.com last night'],
      ['posing as our deacon asking for Zelle to "deacon.tom.help@gmail.com". not us'],
      ['got an email from "verify-team@secure-pay-alerts.com" asking for my PIN'],
      ['I emailed helpdesk2@lenderexample.com twice, nothing back'],
    ])('%s', (text) => {
      const found1 = found(text);
      const values = found1
        .filter(([k]) => k === 'BANK_ACCOUNT' || k === 'EMAIL')
        .map(([, v]) => v);
      expect(values).toEqual([]);
      const phones = found1.filter(([k]) => k === 'PHONE').map(([, v]) => v);
      expect(
        phones.filter((v) => !text.startsWith('my number is ') || v !== '713-555-0140'),
      ).toEqual([]);
    });

    it("keeps the customer's own role mailbox", () => {
      expect(
        found('New contact for our shop, email for invoices billing@pinecrestbakery.com'),
      ).toContainEqual(['EMAIL', 'billing@pinecrestbakery.com']);
      expect(
        found('crooks spoofed accounts@harlanplumbing.com (that is our company) last week'),
      ).toContainEqual(['EMAIL', 'accounts@harlanplumbing.com']);
    });
  });

  describe('addresses', () => {
    it('reads the address asked for after a branch cue in an earlier sentence', () => {
      expect(
        found('the atm kept my card. please mail a new one to 42 Willow Bend Ln, Ames, IA 50010'),
      ).toContainEqual(['ADDRESS', '42 Willow Bend Ln, Ames, IA 50010']);
    });
    it("keeps the customer's address before a dash naming a branch", () => {
      expect(
        found(
          'my address is 7 Orchard Way, Keene, NH 03431 — the branch at 9 Elm St keeps mailing it wrong',
        ),
      ).toContainEqual(['ADDRESS', '7 Orchard Way, Keene, NH 03431']);
    });
    it('reads a US address glued to a CJK address cue', () => {
      expect(found('請寄到地址450 Pine St, Seattle, WA 98101，謝謝')).toContainEqual([
        'ADDRESS',
        '450 Pine St, Seattle, WA 98101',
      ]);
    });
    it('reads no street in a Spanish span of time', () => {
      expect(
        found('necesito los papeles de 6 meses para el traffic court mañana').map(([k]) => k),
      ).not.toContain('ADDRESS');
    });
  });
});

describe('owners-round16', () => {
  /**
   * Round 16: values in a post that are not the customer's, told by the words right before or
   * right after them: a business's or an office's phone, a phone a wrongdoer set on the
   * account, a stranger's email, an address the customer asks about ("… you??"), a payee's
   * account ("their account is …", "the account they gave was …", "told my mom to send money
   * to acct …"), and a payee's IBAN (a new one someone sent, or one said not to be the
   * customer's, in English, Polish, Greek and more). The customer's own values beside them
   * are still read. Made-up posts; values are fake.
   */

  describe("a business's or an office's phone", () => {
    it.each([
      [
        'The phone of the body shop that fixed my truck is 612-555-0143, nobody picks up. My cell 612-555-0190',
        '612-555-0190',
      ],
      [
        'Number for the dealership is 404-555-0127 and they keep dodging me. Reach me on 404-555-0175',
        '404-555-0175',
      ],
      [
        'Please fax the signed form to the county tax office at 319-555-0166. Call me at 319-555-0102',
        '319-555-0102',
      ],
      [
        'I called the DMV office on 208-555-0139 already. My number is 208-555-0181',
        '208-555-0181',
      ],
    ])('%j', (text, own) => {
      expect(found(text)).toEqual([['PHONE', own]]);
    });

    it('a phone a wrongdoer set on the account is not the customer’s', () => {
      expect(
        found(
          'Someone changed my phone on file to 786-555-0152 without asking. My real cell is 786-555-0119',
        ),
      ).toEqual([['PHONE', '786-555-0119']]);
    });

    it('the customer’s own office phone stays theirs', () => {
      expect(found('You can reach me at the office at 503-555-0164 after 9')).toEqual([
        ['PHONE', '503-555-0164'],
      ]);
      expect(found('my shop number is 503-555-0171')).toEqual([['PHONE', '503-555-0171']]);
    });
  });

  describe('a stranger’s email, and an address the customer asks about', () => {
    it.each([
      'the caller’s email was refunds@fastpay-help.net and he knew my name',
      "The scammer's email address is support@verify-now-desk.com, be careful",
      'Is payouts@claims-help-desk.com you?? It asked for my login',
      'got a message from my "bank" — is alerts@secure-bank-check.net legit?',
      'is notice@benefits-verify.org really from you?',
    ])('%j', (text) => {
      expect(found(text).filter(([t]) => t === 'EMAIL')).toEqual([]);
    });

    it('the customer’s own email is still read', () => {
      expect(found('my email is jo.farmer77@gmail.com, is that you guys need?')).toEqual([
        ['EMAIL', 'jo.farmer77@gmail.com'],
      ]);
      expect(found('Please email me at r.okafor@example.org you can also text')).toEqual([
        ['EMAIL', 'r.okafor@example.org'],
      ]);
    });
  });

  describe('a payee’s account', () => {
    it.each([
      [
        'Wire to our supplier please. Our acct 661029384455. Their account is 7700213344 at Valley Bank.',
        '661029384455',
      ],
      [
        'My checking 4410 2293 8871. I paid a contractor and the account he gave me was 0099881234, is it a scam?',
        '4410 2293 8871',
      ],
      [
        'The scammer told my mother to send money to acct 5520198877 at another bank. Her acct 3390 1127 4482.',
        '3390 1127 4482',
      ],
    ])('%j', (text, own) => {
      expect(found(text).filter(([t]) => t === 'BANK_ACCOUNT')).toEqual([['BANK_ACCOUNT', own]]);
    });

    it('a relative’s account the customer writes for stays read', () => {
      expect(
        found('I have POA for my dad. His account is 2290 4471 8830').map(([, v]) => v),
      ).toEqual(['2290 4471 8830']);
      expect(
        found('Can you send the refund to my acct 8812004433, the hackers emptied it').map(
          ([, v]) => v,
        ),
      ).toEqual(['8812004433']);
    });
  });

  describe('a payee’s IBAN', () => {
    it.each([
      'Płatność dla hurtowni na ich konto PL02 1020 3040 5000 0077 1234 5678 — to nie moje konto.',
      'Ο πελάτης μου έστειλε νέο IBAN GR74 0140 2270 0000 0000 9988 776 και πλήρωσα.',
      'Our supplier sent us a new IBAN DE41 5001 0517 0123 4567 89 last week, then vanished.',
      'El proveedor me envió una nueva cuenta ES44 2100 0418 4502 0005 1111 y pagué',
      'wysłałem na PL58 1140 2004 0000 3502 9988 7766 — nie moje, tylko dostawcy',
    ])('%j', (text) => {
      expect(found(text).filter(([t]) => t === 'IBAN')).toEqual([]);
    });

    it('the customer’s own IBAN stays read', () => {
      expect(found('Mój IBAN to PL02 1020 3040 5000 0077 1234 5678, proszę o zwrot')).toEqual([
        ['IBAN', 'PL02 1020 3040 5000 0077 1234 5678'],
      ]);
      expect(found('I sent you my new IBAN DE41 5001 0517 0123 4567 89 for the refund')).toEqual([
        ['IBAN', 'DE41 5001 0517 0123 4567 89'],
      ]);
      expect(
        found('Το IBAN μου είναι GR74 0140 2270 0000 0000 9988 776, περιμένω επιστροφή'),
      ).toEqual([['IBAN', 'GR74 0140 2270 0000 0000 9988 776']]);
      expect(found('Our vendor in Spain sent their IBAN ES44 2100 0418 4502 0005 1111')).toEqual([
        ['IBAN', 'ES44 2100 0418 4502 0005 1111'],
      ]);
    });
  });
});

describe('owners-round16b', () => {
  /**
   * Round 16, second wave: values that are not the customer's, told by the words right before
   * or after them: a payee's or a wrongdoer's account or IBAN (a landlord's account, a
   * beneficiary's, the account a fraudulent wire went to, the IBAN a "landlord" gave, one a
   * scammer got the customer to pay into), an IBAN
   * disowned right after it, a wrong number the customer corrects, a sender's address asked
   * about or named as a wrongdoer's, a handle to
   * write to after "contact", a clinic's number. The customer's own values in the same posts
   * stay found. Made-up posts; values are fake.
   */

  describe("a payee's or a wrongdoer's account", () => {
    it.each([
      [
        "the scammer's account number is 5520 1187 34 at Wells, they wanted the fee. from my checking 7710 3382 91",
        [['BANK_ACCOUNT', '7710 3382 91']],
      ],
      [
        'I wired $8,200 from my account 3302 1178 40 to account 6619004427 at Harbor Bank per the email',
        [['BANK_ACCOUNT', '3302 1178 40']],
      ],
      ['The unauthorized transfer went to account 5500918827 at some online bank', []],
      [
        'Sent wire to payee account 77120934 in Miami. My checking is 4410 2276 58',
        [['BANK_ACCOUNT', '4410 2276 58']],
      ],
    ])('%j', (text, expected) => {
      expect(found(text)).toEqual(expected);
    });

    it.each([
      // The customer claims the account the wire went to.
      ['I wired $8,200 to account 6619004427, my savings at Harbor Bank', '6619004427'],
      // A wire with no account of the customer's named as its source: the destination may be theirs.
      ['I wired $2,000 to account 4471902283 yesterday and it still is not there', '4471902283'],
      ['I wired 15000 to account 4471902283, please confirm the wire', '4471902283'],
      // A move between the customer's own accounts.
      ['please move $500 from my savings 3302117840 to account 6619004427', '6619004427'],
      // A relative the customer writes for, with no money sent to them.
      ['My dad is in hospital, his account number is 3318 0047 26, can I see it?', '3318 0047 26'],
      ['my account number is 5520 1187 34, please check the deposit', '5520 1187 34'],
      ["sent $700 to my contractor's account 5520118734 at Wells, still pending", '5520118734'],
    ])('stays found: %j', (text, account) => {
      expect(found(text)).toContainEqual(['BANK_ACCOUNT', account]);
    });
  });

  describe('a wrong account the customer corrects', () => {
    it.each([
      ['I gave them 402118837 by mistake. my real account is 402118873', '402118873', '402118837'],
    ])('%j', (text, right, wrong) => {
      const entities = found(text);
      expect(entities).toContainEqual(['BANK_ACCOUNT', right]);
      expect(entities).not.toContainEqual(['BANK_ACCOUNT', wrong]);
    });

    it("the customer's own account typed by mistake stays found", () => {
      expect(found('I typed my account 402118837 by mistake into the wrong form')).toEqual([
        ['BANK_ACCOUNT', '402118837'],
      ]);
    });
  });

  describe("someone else's IBAN", () => {
    it.each([
      [
        "The insurer paid my claim into IBAN DE35 3704 0044 0532 0130 99 which isn't mine. Mine is NL29 INGB 0001 2345 99.",
        [['IBAN', 'NL29 INGB 0001 2345 99']],
      ],
      ["Refund went to ES28 2100 0418 4502 0005 1399, that's not mine", []],
      ['Here is the IBAN the "seller" gave me: GB51 NWBK 6016 1331 9268 11. It was a fake ad', []],
      [
        'The fraudster convinced me to transfer €3,100 to DE72 5001 0517 5407 3249 12 last night',
        [],
      ],
    ])('%j', (text, expected) => {
      expect(found(text)).toEqual(expected);
    });

    it.each([
      [
        "My mum's IBAN is IE44 AIBK 9311 5212 3456 99, she can't log in",
        'IE44 AIBK 9311 5212 3456 99',
      ],
      [
        'please send the refund to my IBAN IE36 BOFI 9000 1712 3456 11',
        'IE36 BOFI 9000 1712 3456 11',
      ],
      [
        'I sent €200 to my cousin yesterday. My IBAN is IE36 BOFI 9000 1712 3456 11',
        'IE36 BOFI 9000 1712 3456 11',
      ],
      [
        'The scammer got me to send €900 to my own account IE36 BOFI 9000 1712 3456 11 first',
        'IE36 BOFI 9000 1712 3456 11',
      ],
      [
        'the IBAN they gave me: GB51 NWBK 6016 1331 9268 11 is that right?',
        'GB51 NWBK 6016 1331 9268 11',
      ],
    ])('stays found: %j', (text, iban) => {
      expect(found(text)).toContainEqual(['IBAN', iban]);
    });
  });

  describe("a sender's or a wrongdoer's email", () => {
    it.each([
      'I got this one: noreply@member-verify.co. Is that really you?',
      'this came in from alerts@member-verify.co, is it legit?',
      'The fraudster called twice and his email was billing.desk@outlook.com',
    ])('%j', (text) => {
      expect(found(text)).toEqual([]);
    });

    it.each([
      ['my email is jane.k@gmail.com. Is that on file?', 'jane.k@gmail.com'],
      ['my brother set up the account, his email is sam.r@gmail.com', 'sam.r@gmail.com'],
    ])('stays found: %j', (text, email) => {
      expect(found(text)).toEqual([['EMAIL', email]]);
    });
  });

  describe("an advertiser's, a handle's or a place's contact", () => {
    it.each([
      'Lost crypto? Contact fundsback911 on telegram, quick and safe',
      'La cita es en Tijuana. El número es +52 664 555 0192, es del hospital.',
      "call my mom at 503-555-0144, that's the nursing home's line",
    ])('%j', (text) => {
      expect(found(text)).toEqual([]);
    });

    it.each([
      ['PLEASE CALL ME ON WHATSAPP +44 7700 900518', ['PHONE', '+44 7700 900518']],
      ['I AM LOCKED OUT PLEASE CALL MY WHATSAPP +44 7700 900518', ['PHONE', '+44 7700 900518']],
      // An angry customer writes in capitals too: a capitalised word before the messenger is no advertisement.
      ['MY ACCOUNT IS FROZEN, TEXT ME BACK WHATSAPP +44 7700 900518', ['PHONE', '+44 7700 900518']],
      ['I NEED HELP NOW WHATSAPP +44 7700 900518', ['PHONE', '+44 7700 900518']],
      ['Mi número es +52 664 555 0192, es de mi casa', ['PHONE', '+52 664 555 0192']],
      ["my number is 503-555-0144, it's my cell", ['PHONE', '503-555-0144']],
      ['Contract no. VA-771204 needs a beneficiary update', ['BANK_ACCOUNT', 'VA-771204']],
    ])('stays found: %j', (text, entity) => {
      expect(found(text)).toContainEqual(entity);
    });
  });
});

describe('owners-round17', () => {
  /**
   * Round 17: values that are not the customer's, told by the words around them: a texter's
   * number, the bank's or a branch's line (named "the … helpline", "your … line", "nimewo bank
   * lan", or "… is the branch" after it), a number the customer says is no longer theirs, an
   * account a caller gave to pay into, a school's account, money sent after changed wire
   * instructions, a fraudster's or a sender's IBAN, and a word saying where a password shows.
   * The customer's own values in the same posts stay found. Made-up posts; values are fake.
   */

  describe("another's number, or the institution's", () => {
    it.each([
      ['somebody keeps texting from 312-555-0147 saying my card is locked, is that you?', []],
      ['Is the Dublin helpline still +353 1 555 0192 for stolen cards?', []],
      ['been waiting on your Perth line 1300 555 072 for an hour', []],
      [
        '+27 21 555 0143 is the branch, please call me on +27 82 555 0176 instead',
        [['PHONE', '+27 82 555 0176']],
      ],
      ['Kouzen m voye kòb (nimewo bank lan se +509 2811 4400), èske li rive?', []],
      [
        'cambiar mi celular: el anterior 713-555-0108 (ya no es mío), el de ahora es 713-482-3391',
        [['PHONE', '713-482-3391']],
      ],
    ])('%j', (text, expected) => {
      expect(found(text)).toEqual(expected);
    });

    it.each([
      // The customer writing from their own number.
      ["I'm texting from 312-482-7710 because my email is locked", '312-482-7710'],
      ['my old number 713-482-3391 still works, please keep it', '713-482-3391'],
    ])('stays found: %j', (text, value) => {
      expect(found(text).map(([, v]) => v)).toContain(value);
    });
  });

  describe("a payee's account or IBAN", () => {
    it.each([
      [
        'A man said he was from fraud. She gave us the account to wire it into, 508813276. Our own account is 7721 0094 35',
        [['BANK_ACCOUNT', '7721 0094 35']],
      ],
      [
        'The builder texted me updated payment details for the last draw and I wired $22,500 to account 6618830217 in Texas. My checking is 4402 7731 98.',
        [['BANK_ACCOUNT', '4402 7731 98']],
      ],
      ["Can I pay tuition from the app? the college's account is 7712 0045 3390 at Ecobank", []],
      [
        "my client paid €9,400 to a scammer's account GB29 NWBK 6016 1331 9268 19, ours is untouched",
        [],
      ],
      [
        'nataka kupokea pesa, IBAN ya mtumaji ni DE89 3704 0044 0532 0130 00. akaunti yangu ni 3305 8812 7740',
        [['BANK_ACCOUNT', '3305 8812 7740']],
      ],
    ])('%j', (text, expected) => {
      expect(found(text)).toEqual(expected);
    });

    it.each([
      ['I wired $3,000 to account 4471902283 yesterday and it still is not there', '4471902283'],
      [
        'my IBAN is DE89 3704 0044 0532 0130 00, the transfer from my sister is late',
        'DE89 3704 0044 0532 0130 00',
      ],
    ])('stays found: %j', (text, value) => {
      expect(found(text).map(([, v]) => v)).toContain(value);
    });
  });

  describe('where a password shows is not the password', () => {
    it('reads the password after "showing … as"', () => {
      expect(
        found('they reset it and the new password is showing in the text as Harbor88##. lock it'),
      ).toEqual([['CREDENTIAL', 'Harbor88##']]);
    });
  });
});

describe('owners-round17b', () => {
  /**
   * Round 17b: numbers found but not the customer's account: a national mobile in its phone
   * grouping read by the digit-run model, an Australian 1300 / 1800 line, a UK National
   * Insurance number, an Australian Business Number and Medicare card, and an account the
   * customer disowns or names as the scammer's "safe account". Values are fake.
   */

  describe('a national mobile in its grouping is a phone, after cues in any language', () => {
    it.each([
      ['per favore chiamatemi al 0411 555 902 domani', '0411 555 902'],
      ['rhif newydd fi: 07700 900 377 diolch', '07700 900 377'],
      ['Mera naya number 07700 900 441 hai, please update', '07700 900 441'],
      ['call me on 0 7 7 0 0 9 0 0 5 1 6 its voice to text', '0 7 7 0 0 9 0 0 5 1 6'],
    ])('%j', (text, phone) => {
      expect(found(text)).toEqual([['PHONE', phone]]);
    });

    it('leaves a one-group number after an account cue an account', () => {
      expect(found('mi cuenta de ahorros es 0448812093')).toEqual([['BANK_ACCOUNT', '0448812093']]);
    });
  });

  describe("an Australian business line is no one's own", () => {
    it.each([
      'a bloke rang from 1800 555 340 saying my card was blocked',
      'got a call from 1300 555 778 about a refund, legit?',
    ])('%j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('national identifiers are no account or date', () => {
    it.each([
      'my National Insurance is TN 62 07 45 C, the form keeps rejecting it',
      'NI no. KM302118A for the ISA transfer',
      'our ABN is 33 617 200 690 for the merchant facility',
      'Medicare card number 3390 71624 2 for the health fund form',
    ])('%j', (text) => {
      expect(found(text)).toEqual([]);
    });

    it('still finds a US Medicare number, which holds letters', () => {
      expect(found('My Medicare number is 7QT2-MK8-RD44, premium went up')).toEqual([
        ['BANK_ACCOUNT', '7QT2-MK8-RD44'],
      ]);
    });
  });

  describe("an account the customer disowns or names as the scam's safe account", () => {
    it.each([
      'paid $1,450 to BSB 014-221 acct 30917752 - thats their account, not mine. what now',
      'they told me to transfer $9,000 to a "safe account" with BSB 733-011 acct 55210983 and now its gone',
    ])('%j', (text) => {
      expect(found(text).filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
    });

    it("keeps a parent's account written for them", () => {
      expect(found("Dad's account 20-91-37 61550821, it's his account and I hold the LPA")).toEqual(
        expect.arrayContaining([expect.arrayContaining(['BANK_ACCOUNT'])]),
      );
    });
  });
});
