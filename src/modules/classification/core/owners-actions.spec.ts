import { createClassifier } from './index';

const classifier = createClassifier();

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
    ["a text asked me to update our supplier's bank to routing 011000015 acct 55120987, I did not"],
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
    const values = found1.filter(([k]) => k === 'BANK_ACCOUNT' || k === 'EMAIL').map(([, v]) => v);
    expect(values).toEqual([]);
    const phones = found1.filter(([k]) => k === 'PHONE').map(([, v]) => v);
    expect(phones.filter((v) => !text.startsWith('my number is ') || v !== '713-555-0140')).toEqual(
      [],
    );
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
