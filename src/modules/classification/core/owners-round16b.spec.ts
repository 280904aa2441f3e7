import { found } from '../../../../test/classification/entities-found';

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
    ['The fraudster convinced me to transfer €3,100 to DE72 5001 0517 5407 3249 12 last night', []],
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
