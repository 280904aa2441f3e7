import { createClassifier } from '../index';
import type { ClassificationContext } from './classification.types';

const classifier = createClassifier();

/** [type, value as written] for every finding. */
function found(text: string, context?: ClassificationContext): [string, string][] {
  return classifier
    .classify(text, context)
    .entities.map((e) => [e.type, text.slice(e.start, e.end)]);
}

describe('CARD_NUMBER (card.luhn)', () => {
  it.each([
    ['my card 4111 1111 1111 1111 was declined', '4111 1111 1111 1111'],
    ['card 4111-1111-1111-1111 exp 09/27', '4111-1111-1111-1111'],
    ['paid with 4111111111111111 yesterday', '4111111111111111'],
    ['amex 3782 822463 10005 declined', '3782 822463 10005'],
    ['visa 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 spaced', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1'],
    ['card 4111.1111.1111.1111 dotted', '4111.1111.1111.1111'],
    ['JCB 3530 1113 3330 0000', '3530 1113 3330 0000'],
  ])('finds the PAN in %j', (text, value) => {
    expect(found(text)).toEqual([['CARD_NUMBER', value]]);
  });

  it('keeps the card and the CVV apart when the CVV follows the number', () => {
    expect(found('card 4111 1111 1111 1111 cvv 123')).toEqual([
      ['CARD_NUMBER', '4111 1111 1111 1111'],
      ['CREDENTIAL', '123'],
    ]);
  });

  it.each([
    'my card 4111 1111 1111 1112 is what the form says', // fails Luhn
    'card 1234 5678 9012 3456', // no issuer range
    'card ending in 1234 was declined', // the last four is displayable
    'card XXXX-XXXX-XXXX-1234 shows a pending charge',
    'card ****1234 was replaced',
    'should I DM you my card number?',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('masks the preview to the last four digits', () => {
    const [card] = classifier.classify('card 4111 1111 1111 1111').entities;
    expect(card?.preview).toBe('•••• 1111');
    expect(card?.detector).toBe('card.luhn');
    expect(card?.confidence).toBeGreaterThan(0.9);
  });
});

describe('BANK_ACCOUNT', () => {
  it.each([
    ['my account number is 123456789012', '123456789012', 'account.context'],
    ['acct # 00123456 was charged', '00123456', 'account.context'],
    ['savings a/c 5501 2234 9981 shows $0.00', '5501 2234 9981', 'account.context'],
    ['12345678 is my account number', '12345678', 'account.context'],
    ['member # 48213 here', '48213', 'account.member'],
    ['loan # LN-2024-88213 payoff?', 'LN-2024-88213', 'account.loan'],
    ['policy number HO-4829-1173 claim pending', 'HO-4829-1173', 'account.policy'],
  ])('finds %j', (text, value, detector) => {
    const entities = classifier.classify(text).entities;
    expect(entities.map((e) => [e.type, text.slice(e.start, e.end), e.detector])).toEqual([
      ['BANK_ACCOUNT', value, detector],
    ]);
  });

  it.each([
    'my account was charged $1,249.99 twice',
    'payment of 1250.00 on my loan bounced',
    'member since 2009 and never this bad',
    'Can I send you my account number in a DM?',
    'order # 1234567890 never came',
    'card ending in 4821 has a weird charge',
    // An account's last digits are displayable, like a card's.
    'checking ending in 4821 has a weird charge',
    'the car loan ends in -3318, why was it charged twice',
    'savings ending with 0071 shows no interest',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads a phone number near the word "account" as a phone, not an account', () => {
    expect(found('my account is linked to (617) 555-0123 but no texts')).toEqual([
      ['PHONE', '(617) 555-0123'],
    ]);
  });
});

describe('ROUTING_NUMBER (routing.aba)', () => {
  it('needs a routing cue and the ABA checksum', () => {
    expect(found('routing 021000021 account 123456789')).toEqual([
      ['ROUTING_NUMBER', '021000021'],
      ['BANK_ACCOUNT', '123456789'],
    ]);
    expect(found('is 026009593 the right routing number?')).toEqual([
      ['ROUTING_NUMBER', '026009593'],
    ]);
    expect(found('routing 021000022 is rejected')).toEqual([]);
    expect(found('my number 021000021 again')).toEqual([]);
  });
});

describe('IBAN (iban.mod97)', () => {
  it('accepts grouped or compact IBANs with a valid checksum and country length', () => {
    expect(found('IBAN GB82 WEST 1234 5698 7654 32 please')).toEqual([
      ['IBAN', 'GB82 WEST 1234 5698 7654 32'],
    ]);
    expect(found('send to DE89370400440532013000.')).toEqual([['IBAN', 'DE89370400440532013000']]);
    expect(found('iban fr14 2004 1010 0505 0001 3m02 606')).toEqual([
      ['IBAN', 'fr14 2004 1010 0505 0001 3m02 606'],
    ]);
  });

  it('rejects a bad checksum without rereading its digits as something else', () => {
    expect(found('iban GB82 WEST 1234 5698 7654 33 was refused')).toEqual([]);
  });
});

describe('SSN', () => {
  it('finds SSNs by context or by their 3-2-4 layout, and checks SSA rules', () => {
    expect(found('my SSN is 123456789')).toEqual([['SSN', '123456789']]);
    expect(found('social: 219 09 9998')).toEqual([['SSN', '219 09 9998']]);
    expect(found('here you go 512-44-8013')).toEqual([['SSN', '512-44-8013']]);
    expect(found('SSN 666-12-3456 was autofilled')).toEqual([]);
    expect(found('SSN 078-05-1120 is on the fake letter')).toEqual([]);
    expect(found('123456789 is just a number')).toEqual([]);
  });
});

describe('DATE_OF_BIRTH (dob.context)', () => {
  it.each([
    ['DOB 03/14/1985', '03/14/1985'],
    ['my date of birth is March 14, 1985', 'March 14, 1985'],
    ['born on 14 Mar 1985', '14 Mar 1985'],
    ['birthday: 1985-03-14', '1985-03-14'],
    ['I was born on the 14th of March, 1985', '14th of March, 1985'],
    ['1985-03-14 is my date of birth', '1985-03-14'],
    ['DOB 1/2/03', '1/2/03'],
  ])('finds the birth date in %j', (text, value) => {
    expect(found(text)).toEqual([['DATE_OF_BIRTH', value]]);
  });

  it.each([
    'transaction on 03/14/2025 at 3:45pm for $89.00',
    'my birthday is March 14 and you sent a card',
    'born in 1985, member since 2003',
    'b-day 31/02/1990 is what you show',
    'statement dated 2025-01-31 is missing',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('EMAIL, PHONE and ADDRESS (the customer’s own)', () => {
  it('finds emails, including spelled-out ones, but not the institution’s', () => {
    expect(found('email me at jane.doe+bank@example.com')).toEqual([
      ['EMAIL', 'jane.doe+bank@example.com'],
    ]);
    expect(found('reach me at janedoe [at] gmail [dot] com')).toEqual([
      ['EMAIL', 'janedoe [at] gmail [dot] com'],
    ]);
    expect(found('my email is john dot smith at gmail dot com')).toEqual([
      ['EMAIL', 'john dot smith at gmail dot com'],
    ]);
    expect(found('I emailed support@harborline.example twice')).toEqual([]);
    expect(found('cc @jdoe1985 on this')).toEqual([]);
  });

  it('finds phone numbers in common formats, not the institution’s or toll-free ones', () => {
    expect(found('call me at (415) 555-2671')).toEqual([['PHONE', '(415) 555-2671']]);
    expect(found('text me 415.555.2671')).toEqual([['PHONE', '415.555.2671']]);
    expect(found('call +1 (415) 555-2671 please')).toEqual([['PHONE', '+1 (415) 555-2671']]);
    expect(found('call me on +44 20 7946 0958')).toEqual([['PHONE', '+44 20 7946 0958']]);
    expect(found('I called 1-800-555-0142 three times')).toEqual([]);
    expect(found('your number (617) 555-0100 just rings')).toEqual([]);
    expect(found('I called 1-888-555-0199 for help')).toEqual([]);
  });

  it('finds street addresses and PO boxes, not branch locations', () => {
    expect(
      found('update my address to 4821 N Oak Ridge Blvd Apt 5, Springfield, IL 62704 please'),
    ).toEqual([['ADDRESS', '4821 N Oak Ridge Blvd Apt 5, Springfield, IL 62704']]);
    expect(found('send it to PO Box 4417, Salem, MA 01970')).toEqual([
      ['ADDRESS', 'PO Box 4417, Salem, MA 01970'],
    ]);
    expect(found('the branch at 100 Harbor Way was closed')).toEqual([]);
    expect(found('ATM on 1200 Main St ate my card')).toEqual([]);
    expect(found('I waited 45 minutes on the phone way too long')).toEqual([]);
  });
});

describe('CREDENTIAL (the secret only)', () => {
  it.each([
    ["my password is 'Sunshine!23' and it fails", 'Sunshine!23', 'credential.password'],
    ['pin 4821 stopped working', '4821', 'credential.pin'],
    ['the verification code is 482913', '482913', 'credential.otp'],
    ['123 is the cvv', '123', 'credential.cvv'],
    ['my security answer is Biscuit', 'Biscuit', 'credential.security-answer'],
    ['the code they sent me was 552019, is that you?', '552019', 'credential.code'],
    ['the pin i set is 4471', '4471', 'credential.pin'],
    ['4471 is my pin i think', '4471', 'credential.pin'],
    ['the otp was 44 21 18 and it expired', '44 21 18', 'credential.otp'],
    ['verification code: 482-913.', '482-913', 'credential.otp'],
    ['pin 4821 3 times', '4821', 'credential.pin'],
    ['security q answer: fluffy', 'fluffy', 'credential.security-answer'],
    ['I got a code 884421 from you but didnt ask for it', '884421', 'credential.otp'],
  ])('finds the value in %j', (text, value, detector) => {
    expect(
      classifier
        .classify(text)
        .entities.map((e) => [e.type, text.slice(e.start, e.end), e.detector]),
    ).toEqual([['CREDENTIAL', value, detector]]);
  });

  it.each([
    'my password is not working',
    'password reset link expired',
    'my pin is wrong apparently',
    'reset my login Thanks!',
    'the password you sent me is wrong',
    'the code they sent me 5521',
    // A username alone is no credential: only beside its password or PIN.
    'username: jdoe1985 cannot log in',
    'my online banking user id is rkim_77, please unlock it',
  ])('finds nothing in %j', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['username: jdoe1985 password: Tulip#2020', ['jdoe1985', 'Tulip#2020']],
    ['user id rkim_77 and my pin is 4410', ['rkim_77', '4410']],
  ])('finds a username beside its secret in %j', (text, values) => {
    expect(found(text)).toEqual(values.map((v) => ['CREDENTIAL', v]));
  });

  it('reads the answer after "login answer" as a security answer, not a username', () => {
    expect(
      classifier
        .classify('member 5521 0093, login answer is Juniper if needed')
        .entities.filter((e) => e.type === 'CREDENTIAL')
        .map((e) => e.detector),
    ).toEqual(['credential.security-answer']);
  });

  it('never shows a credential in its preview', () => {
    const [cred] = classifier.classify('password: hunter2').entities;
    expect(cred?.preview).toBe('••••••');
  });
});

describe('hard negatives', () => {
  it.each([
    'https://x.com/HarborlineFCU/status/1858912345678901234 is this real?',
    'ticket TKT-4839201 and case CS-2025-004417, still nothing',
    'my order ORD-48213377 has not shipped',
    'Tracking 1Z999AA10123456784 says delivered',
    '#Harborline2025 #bankfail @HarborlineFCU fix the app',
    'the $1,249.99 charge from 2024 is still there',
    'called at 10:45am and waited 45 minutes',
    'rates went from 4.25% to 6.75% in 2 months',
    'zip code 02110, branch near me?',
    'confirmation number 48213377 for the wire',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
