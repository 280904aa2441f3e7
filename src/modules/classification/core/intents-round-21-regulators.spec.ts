import { intentsOf, publicIntentsOf } from '../../../../test/classification/intents-read';

/**
 * Round 21: regulators of Latin America named as customers name them. Colombia's and Peru's
 * supervisors by their capitals after an article, Brazil's complaint sites, Colombia's
 * financial ombudsman. Posts are made up.
 */
describe('Latin American regulators', () => {
  it.each([
    ['@BancoDelValle ya puse la queja ante la SFC porque me cobran la cuota de manejo'],
    ['ya mandé carta a la SBS, me cobran el seguro dos veces'],
    ['Registrei no Reclame Aqui porque ninguém resolve a tarifa'],
    ['voy a escribirle al defensor del consumidor financiero'],
  ])('%j', (text) => {
    expect(publicIntentsOf(text)).toContain('regulator_mention');
  });

  it.each([['watching SBS news tonight'], ['the SFC giants won again lol']])(
    'the capitals alone are none: %j',
    (text) => {
      expect(intentsOf(text)).not.toContain('regulator_mention');
    },
  );
});
