import { intentsOf } from '../../../../test/classification/intents-read';

/**
 * Round 22: an insult aimed at the institution or its staff is a complaint as well as
 * abuse (`intent.complaint.insult`, the abuse intent's insult list, shared), as the current
 * labelling brief has it; profanity alone and a customer calling themselves a fool are not.
 * US adverts aimed at followers (`intent.spam.advert`), and customers who use the same
 * channels. Each sentence is made up.
 */

describe('intents round 22', () => {
  describe('insults at the institution are complaints too', () => {
    it.each([
      ['@BankOfWestlake yall are a bunch of clowns. whoever designed this app should be fired'],
      ['Get a real job instead of running this scam bank, losers'],
      ['absolute clowns. every single one of you. I hope your branch floods'],
      ['@BancoDelValle son unos rateros, me cobran por todo'],
    ])('%j', (text) => {
      const intents = intentsOf(text);
      expect(intents).toContain('complaint');
      expect(intents).toContain('abuse');
    });
  });

  it('"bunch of thieves" alone is a complaint (round 18b had it none)', () => {
    expect(intentsOf('bande de voleurs')).toContain('complaint');
  });

  describe('not an insult at the institution', () => {
    it.each([
      ['I clicked the link and typed my card number in. I feel so stupid. What do I do now'],
      ['they treat us like idiots, the fee went up again'],
    ])('no abuse: %j', (text) => {
      expect(intentsOf(text)).not.toContain('abuse');
    });

    it('a negated insult is no complaint', () => {
      expect(
        intentsOf("I'm not saying you're idiots, just asking when the branch opens"),
      ).not.toContain('complaint');
    });
  });

  it("a contact point told as the poster's own, in a post read as spam, still makes it account-specific", () => {
    expect(intentsOf('saw a no credit check ad. my whatsapp is +1 415 555 0199')).toContain(
      'account_specific',
    );
    expect(
      intentsOf(
        'Need quick cash? I can flip your bank account for $1500 same day, text 312-555-0177',
      ),
    ).not.toContain('account_specific');
  });

  describe('US adverts aimed at followers', () => {
    it.each([
      ['Need quick cash? I can flip your bank account for $1500 same day, no risk'],
      ['Account flippers needed, if you bank with ANY credit union you can make $2k today'],
      ['we buy old bank accounts 2+ years, inbox me, quick money'],
      [
        "I'm a verified refund agent and can get your money back from any bank, message me on Telegram",
      ],
      ['Hey! verified Zelle agent here, if your payment is stuck I can release it today'],
      ['WE BUY HOUSES CASH, behind on payments? we close in 7 days'],
      ['Brands are looking for micro influencers! Earn $500/week, sign up at the link in my bio'],
      ['Luxury sneakers at 70% off, DM to order, Zelle only'],
      ['first 20 ppl to comment BLESSED get $500, giving back to the community'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('spam');
    });

    it.each([
      ['whatsapp me +1 305 555 0113, my card was declined in Florence'],
      ['Grandma met a crypto mentor online and he wants her IRA money, can you flag her account?'],
      ['the recovery agent came to my house at night and shouted at my parents'],
      ['a phishing site is asking for bank logins, it is not you right?'],
    ])('a customer: %j', (text) => {
      expect(intentsOf(text)).not.toContain('spam');
    });
  });
});
