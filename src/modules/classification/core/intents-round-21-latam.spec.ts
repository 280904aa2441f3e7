import { intentsOf, publicIntentsOf } from '../../../../test/classification/intents-read';

/**
 * Round 21: Latin America's regulators as customers name them (Colombia's and Peru's
 * supervisors by their capitals after an article, Brazil's complaint sites, Colombia's
 * financial ombudsman), and crises told in Latin American and Iberian Spanish and
 * Portuguese. Posts are made up.
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

describe('crises in Latin American and Iberian Spanish and Portuguese', () => {
  it.each([
    ['Se me perdió mi cartera con la tarjeta, la pueden bloquear?'],
    ['me acaban de robar el celular en el bus, bloqueen porfa'],
    ['Estoy en Acapulco, el huracán se llevó todo y no tengo tarjetas'],
    ['alagou tudo aqui, perdi documentos e cartão'],
    ['@BancoPlata cayó todo? no anda ni la app ni los cajeros'],
    ['caí no golpe do PIX, um cara se passou pela minha filha'],
    ['me descontaron un préstamo que no saqué'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('crisis');
  });

  it.each([
    ['Tres meses que no me resuelven el reclamo del huracán'],
    ['¿El seguro de casa cubre inundación o necesito otra póliza?'],
  ])('a disaster named as a claim’s is none: %j', (text) => {
    expect(intentsOf(text)).not.toContain('crisis');
  });
});
