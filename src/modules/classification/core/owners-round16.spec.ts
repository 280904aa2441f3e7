import { found } from '../../../../test/classification/entities-found';

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
    ['I called the DMV office on 208-555-0139 already. My number is 208-555-0181', '208-555-0181'],
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
    expect(found('I have POA for my dad. His account is 2290 4471 8830').map(([, v]) => v)).toEqual(
      ['2290 4471 8830'],
    );
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
