import { intentsOf } from '../../../../test/classification/intents-read';

/**
 * Round 22: an insult aimed at the institution or its staff is a complaint as well as
 * abuse (`intent.complaint.insult`, the abuse intent's insult list, shared), as the current
 * labelling brief has it; profanity alone and a customer calling themselves a fool are not.
 * Each sentence is made up.
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
});
