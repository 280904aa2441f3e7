import { intentsOf } from '../../../../test/classification/intents-read';

/**
 * Round 24: loan and service adverts to readers in Spanish and English ("préstamo rápido",
 * "sin papeles", "we come to you"), storm chasers, credit repairers, crypto "mentors", title
 * lenders, account renters and fake support lines; regulators named as a state's
 * consumer-credit department, by the French name of Canada's consumer agency, and by the
 * social handles of a state's insurance department and attorney general; a rent deposit not
 * yet released is no crisis; after holdout-80 and 81, Wisconsin's OCI and Puerto Rico's
 * COSSEC. Each sentence is made up.
 */

describe('intents round 24', () => {
  describe('adverts', () => {
    it.each([
      ['¿Necesitas préstamo rápido? Sin crédito, sin papeles, aprobación en 10 minutos. Escríbeme'],
      ['🔥 Cheap windshields 🔥 $0 out of pocket w/ insurance. We come to you anywhere in Duval'],
      [
        'STORM DAMAGE?? We are licensed PUBLIC ADJUSTERS and we get you paid 3x MORE!!! No upfront cost',
      ],
      ['Turn $200 into $2,000 in 48hrs!! Legit crypto mentor, DM me'],
      ['Looking for a Cash App or PayPal account to receive payments, will pay $100 per transfer'],
      ['Support agents are available 24/7 on WhatsApp. DM now for immediate refund processing.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('spam');
    });

    it.each([
      ["What's the limit per transfer to Somalia?"],
      [
        'Grandma met a "crypto mentor" on WhatsApp and he wants her to buy USDT. Can you flag her account?',
      ],
      ['Can I use my account to receive payments from Upwork?'],
    ])('no advert: %j', (text) => {
      expect(intentsOf(text)).not.toContain('spam');
    });
  });

  describe('regulators', () => {
    it.each([
      ['@TexasTDI how is this company allowed to cancel half of Houston before hurricane season'],
      ["Plainte à l'ACFC si vous remboursez pas les frais d'ici vendredi."],
      ['@TNAttyGen you might wanna look at how this insurer is treating flood claims'],
      [
        'Installment lender charged me 180% APR. Complaint filed with the Oklahoma Dept of Consumer Credit.',
      ],
      ['Wisconsin OCI is going to hear about this claim denial. Frozen pipe, furnace quit.'],
      ['Ya radiqué querella en COSSEC. Qué vergüenza.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('regulator_mention');
    });
  });

  describe('look-alikes', () => {
    it.each([['Die Kaution auf meinem Mietkautionskonto ist seit Wochen nicht freigegeben.']])(
      'no crisis: %j',
      (text) => {
        expect(intentsOf(text)).not.toContain('crisis');
      },
    );
  });
});
