import { intentsOf } from '../../../../test/classification/intents-read';

/**
 * Round 24: loan and service adverts to readers in Spanish and English ("préstamo rápido",
 * "sin papeles", "we come to you"); regulators named as a state's consumer-credit department,
 * by the French name of Canada's consumer agency, and by the social handles of a state's
 * insurance department and attorney general; a rent deposit not yet released is no crisis.
 * Each sentence is made up.
 */

describe('intents round 24', () => {
  describe('adverts', () => {
    it.each([
      ['¿Necesitas préstamo rápido? Sin crédito, sin papeles, aprobación en 10 minutos. Escríbeme'],
      ['🔥 Cheap windshields 🔥 $0 out of pocket w/ insurance. We come to you anywhere in Duval'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('spam');
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
