import { found } from '../../../../test/classification/entities-found';

/**
 * Round 21: Latin America, Spain and Portugal. Street addresses written as those countries
 * write them, and the references and tax numbers that name a case, a payment, a parcel or a
 * business, never the customer's account, phone or secret. Values are made up; offsets are
 * checked by slicing the text as received.
 */

describe('references and tax numbers are no account, phone or secret', () => {
  it.each([
    ['Llevo 3 semanas esperando respuesta al radicado 2023110400871 y nada'],
    ['me dieron el número de radicado 2024-0917733 en la Superfinanciera'],
    ['puse la hoja de reclamación N° 001274 en la agencia y no me responden'],
    ['dejé mi queja en el libro de reclamaciones, número 44120'],
    ['me mandaron plata por Yape y no llegó, número de operación 70315528841'],
    ['el comprobante 55120934471 dice que salió pero no llegó'],
    ['La guía de Estafeta es 6620019384, no llegó nada'],
    ['el número de guía 3301884725 sale entregado y no me llegó nada'],
    ['el número de referencia es 90218833475 y el monto 1.500'],
    ['pagué con referencia 4410 2291 0087 en la tienda y no se refleja'],
    ['mi NIT es 900765432-8, necesito la cuenta para la empresa'],
    ['el CUIT de mi negocio es 30-71234567-9'],
    ['CUIL 27-30111222-5, me piden eso para el alta'],
    ['RUC 20601234571, necesito abrir una cuenta para la empresa'],
    ['o CNPJ da empresa é 11.222.333/0001-81, preciso de ajuda'],
    ['linha digitável 23793.38128 60000.000003 00000.000400 1 84340000012345, ainda dá pra pagar?'],
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    [
      'mi cuenta corriente de la empresa es 210-554433-09, NIT 900765432-8',
      [['BANK_ACCOUNT', '210-554433-09']],
    ],
    [
      'quiero cobrar con QR, mi CUIT es 20-28765432-1 y la cuenta corriente 044-098877/3',
      [['BANK_ACCOUNT', '044-098877/3']],
    ],
    ['la cuenta del negocio es 0193847562', [['BANK_ACCOUNT', '0193847562']]],
  ])('the account beside it stays: %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
