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

describe('Latin American, Spanish and Portuguese street addresses', () => {
  it.each([
    // Mexico: the city after the postcode, with or without the state; "Priv.", "Fracc.", "s/n".
    [
      'mi domicilio Calle Pinos 118 int. 2, Col. Lomas del Río, Coyoacán, 04100 Ciudad de México para el plástico',
      'Calle Pinos 118 int. 2, Col. Lomas del Río, Coyoacán, 04100 Ciudad de México',
    ],
    [
      'mándenla a Priv. Las Palmas 42, Fracc. Los Arcos, 37150 León, Gto.',
      'Priv. Las Palmas 42, Fracc. Los Arcos, 37150 León, Gto.',
    ],
    [
      'mi dirección: Calle Morelos s/n, Barrio de Jalatlaco, 68080 Oaxaca, Oax.',
      'Calle Morelos s/n, Barrio de Jalatlaco, 68080 Oaxaca, Oax.',
    ],
    [
      'vivo en Prol. Juárez 210 Depto. 4, Col. Centro, 76000 Querétaro, Qro.',
      'Prol. Juárez 210 Depto. 4, Col. Centro, 76000 Querétaro, Qro.',
    ],
    // Colombia: a compass word after the street's number, a unit after the house.
    [
      'la dirección es Carrera 43 Sur # 12A-08, Envigado, Antioquia y el fijo no lo tengo',
      'Carrera 43 Sur # 12A-08, Envigado, Antioquia',
    ],
    [
      'dirección Transversal 5 # 60-14 int 302, Bogotá, gracias',
      'Transversal 5 # 60-14 int 302, Bogotá',
    ],
    [
      'Calle 80 Este # 9-40 Torre 3 apto 1102, Bogotá',
      'Calle 80 Este # 9-40 Torre 3 apto 1102, Bogotá',
    ],
    // Spain: "C/".
    ['vivo en C/ Serrano 41, 2º izq., 28001 Madrid', 'C/ Serrano 41, 2º izq., 28001 Madrid'],
    ['envíenla a c/Colón 12, 46004 Valencia', 'c/Colón 12, 46004 Valencia'],
    // Argentina and Chile: floors and doors, the CPA, the places after a cue.
    [
      'Mi domicilio: Av. Santa Fe 3120 piso 8 dto C, Palermo, CABA (C1425), gracias',
      'Av. Santa Fe 3120 piso 8 dto C, Palermo, CABA (C1425)',
    ],
    ['Bv. Oroño 845 piso 2 dto A, S2000 Rosario', 'Bv. Oroño 845 piso 2 dto A, S2000 Rosario'],
    [
      'vivo en Av. Grecia 2210 depto 504, Ñuñoa, Santiago y no me llegó la tarjeta',
      'Av. Grecia 2210 depto 504, Ñuñoa, Santiago',
    ],
    // Brazil: "ap", "casa", and the CEP after its word.
    [
      'moro na Rua Dona Laura 415, ap 1203, Rio Branco, Porto Alegre/RS, CEP 90430-091',
      'Rua Dona Laura 415, ap 1203, Rio Branco, Porto Alegre/RS, CEP 90430-091',
    ],
    [
      'moro na Av. Oceânica, 2200, casa 3, Ondina, Salvador - BA, 40170-010, atualiza por favor',
      'Av. Oceânica, 2200, casa 3, Ondina, Salvador - BA, 40170-010',
    ],
  ])('%j', (text, value) => {
    expect(found(text).filter(([type]) => type === 'ADDRESS')).toEqual([['ADDRESS', value]]);
  });

  it.each([
    ['Fui a la sucursal de Av. Rivadavia 4500 piso 3 y no me atendieron'],
    ['la oficina de Av. Providencia 1208 depto 4, Providencia, Santiago no abre los sábados'],
    ['el cajero de Bv. Oroño 845, S2000 Rosario no da efectivo'],
    ['Calle 10 está cerrada por obras desde el 15 de marzo, piso 3 del edificio'],
    ['Mi hermana vive en Madrid desde 2019, en un piso 3 sin ascensor, y paga 850 al mes'],
    ['Pagamos 320 reais de condomínio, ap 702 do bloco C, e o banco cobrou duas vezes'],
    ['Tengo 2 hijos, vivo en Lima hace 10 años, y la cuota 12 de 24 no se cobró'],
    ['compré 3 c/ 100 pesos y me cobraron 2 veces'],
    ['me cobraron 214 pesos en la casa 2 de cambio, 06400 veces lo mismo'],
  ])('no address: %j', (text) => {
    expect(found(text).filter(([type]) => type === 'ADDRESS')).toEqual([]);
  });

  it('a Turkish mobile after "cep" still ends the address before it', () => {
    expect(
      found('Rua Augusta 1508, apto 92, São Paulo - SP, CEP 01304-001, cep 0532 412 55 19'),
    ).toEqual([
      ['ADDRESS', 'Rua Augusta 1508, apto 92, São Paulo - SP, CEP 01304-001'],
      ['PHONE', '0532 412 55 19'],
    ]);
  });
});
