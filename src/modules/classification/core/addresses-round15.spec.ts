import { found } from '../../../../test/classification/entities-found';

/**
 * Addresses written the way other countries write them: Dutch and Swedish street names
 * ending in their type, Hungarian ones with the type after the name, Malaysian,
 * Indonesian and Mexican ones with it before, Indian cross and main roads, Thai sois and
 * Chinese road-and-number addresses, each read from the house number (or the first part)
 * to the postcode and the city; a US address given after a question about a branch; and
 * a branch's or a shop's address, amounts, dates and policy numbers left unread. Values
 * are made up.
 */

function of(type: string, text: string): string[] {
  return found(text)
    .filter(([t]) => t === type)
    .map(([, v]) => v);
}

describe('addresses outside the US, read whole', () => {
  it.each([
    [
      'Graag mijn nieuwe adres noteren: Lindengracht 42-III, 1015 KJ Amsterdam',
      'Lindengracht 42-III, 1015 KJ Amsterdam',
    ],
    ['Ik woon nu op Vondellaan 7A, 3521 GD Utrecht.', 'Vondellaan 7A, 3521 GD Utrecht'],
    ['Adressen är Storgatan 12 lgh 1201, 211 42 Malmö tack', 'Storgatan 12 lgh 1201, 211 42 Malmö'],
    [
      'kérem küldjék a Kossuth Lajos utca 12. 2. em. 5., 6720 Szeged címre',
      'Kossuth Lajos utca 12. 2. em. 5., 6720 Szeged',
    ],
    [
      'Az új lakcímem: Debrecen, Piac utca 40. 1. em. 3., 4025. Köszönöm',
      'Debrecen, Piac utca 40. 1. em. 3., 4025',
    ],
    [
      '1137 Budapest, Szent István körút 20. fsz. 1. az új címem',
      '1137 Budapest, Szent István körút 20. fsz. 1',
    ],
    [
      'Alamat saya No. 8, Jalan Ampang 3/2, 50450 Kuala Lumpur',
      'No. 8, Jalan Ampang 3/2, 50450 Kuala Lumpur',
    ],
    [
      'tukar alamat ke Lot 12, Jln Bukit Bintang 4, 81200 Johor Bahru, Johor',
      'Lot 12, Jln Bukit Bintang 4, 81200 Johor Bahru, Johor',
    ],
    [
      'tolong kirim ke Jl. Sudirman No. 45, Kel. Karet, Kec. Setiabudi, Jakarta Selatan 12920',
      'Jl. Sudirman No. 45, Kel. Karet, Kec. Setiabudi, Jakarta Selatan 12920',
    ],
    [
      'mi dirección es Calle Hidalgo 233, Col. Centro, Guadalajara, Jal. 44100',
      'Calle Hidalgo 233, Col. Centro, Guadalajara, Jal. 44100',
    ],
    [
      'Av. Insurgentes Sur 1605 int. 12, Col. San José Insurgentes, CDMX 03900 es mi casa',
      'Av. Insurgentes Sur 1605 int. 12, Col. San José Insurgentes, CDMX 03900',
    ],
    [
      'ที่อยู่ 55/3 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400',
      '55/3 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400',
    ],
    ['请寄到北京市朝阳区建国路93号5号楼2单元801室', '北京市朝阳区建国路93号5号楼2单元801室'],
    [
      'my address: No. 22, 5th Main Road, Indiranagar, Bengaluru 560038',
      'No. 22, 5th Main Road, Indiranagar, Bengaluru 560038',
    ],
    [
      'address is 7, 2nd Cross, HSR Layout, Bengaluru 560 102 thanks',
      '7, 2nd Cross, HSR Layout, Bengaluru 560 102',
    ],
  ])('%s', (text, value) => {
    expect(of('ADDRESS', text)).toEqual([value]);
  });

  it('reads an Indian PIN code as part of the address, not as a credential', () => {
    const text = 'pls update, address 9, 4th Cross Street, Anna Nagar, Chennai 600040';
    expect(of('ADDRESS', text)).toEqual(['9, 4th Cross Street, Anna Nagar, Chennai 600040']);
    expect(of('CREDENTIAL', text)).toEqual([]);
  });
});

describe("the customer's place after a question about a branch", () => {
  it('reads "I\'m at …" after the question', () => {
    expect(
      of(
        'ADDRESS',
        "is there a branch near Oak and 5th? I'm at 208 Oak St Apt 3, Columbus OH 43215",
      ),
    ).toEqual(['208 Oak St Apt 3, Columbus OH 43215']);
  });
});

describe('left unread', () => {
  it.each([
    'jullie filiaal aan de Kerkstraat 5, 1017 GP Amsterdam was dicht',
    'your branch on Kerkstraat 5 was closed',
    'cabang di Jl. Sudirman No. 45, Jakarta Selatan 12920 tutup terus',
    'la sucursal de Av. Reforma 222, Col. Juárez, CDMX 06600 no abre',
    '工商银行支行在南京路100号，太远了',
    'Jalan-jalan ke mall, habis RM 12000 bulan ini, polis 45678 tamat 12/05/2025',
    'Kerkstraat was flooded in 2021 and 12000 people left',
    'Ik heb 2500 euro betaald op 12 maart, polisnummer 1234 AB',
    'The Main branch wants 15000 by 2024',
  ])('%s', (text) => {
    expect(of('ADDRESS', text)).toEqual([]);
  });
});
