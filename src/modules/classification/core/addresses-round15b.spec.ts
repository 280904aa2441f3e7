import { found } from '../../../../test/classification/entities-found';

/**
 * Addresses without a postcode, read part by part after an address cue (West Africa,
 * Turkey, Kurdistan, Georgia, Central Asia, Mongolia, Latin America); a street read in part
 * widened to its district and city; a customer's own address set against a branch's; and a
 * branch named in Vietnamese. Values are made up.
 */

function of(type: string, text: string): string[] {
  return found(text)
    .filter(([t]) => t === type)
    .map(([, v]) => v);
}

describe('addresses after a cue, without a postcode', () => {
  it.each([
    [
      'mon adresse c’est Sicap Liberté 4, Villa 2231, Dakar merci',
      'Sicap Liberté 4, Villa 2231, Dakar',
    ],
    [
      "j'habite à Yopougon Selmer, Lot 45, Abidjan et j'attends ma carte",
      'Yopougon Selmer, Lot 45, Abidjan',
    ],
    [
      'Yeni adresim: Bağdat Cad. No:41 D:9, Maltepe, İstanbul',
      'Bağdat Cad. No:41 D:9, Maltepe, İstanbul',
    ],
    ['navnîşana min Kolana Azadî 7, Bajarê Nû, Amed', 'Kolana Azadî 7, Bajarê Nû, Amed'],
    ['ჩემი მისამართი: რუსთაველის ქ. 14, ბინა 3, ქუთაისი', 'რუსთაველის ქ. 14, ბინა 3, ქუთაისი'],
    ['мекенжайым: Астана қ., Тұран даңғылы 21, 9-пәтер', 'Астана қ., Тұран даңғылы 21, 9-пәтер'],
    [
      'yangi manzilim Samarqand, Registon ko‘chasi, 12-uy, 4-xonadon',
      'Samarqand, Registon ko‘chasi, 12-uy, 4-xonadon',
    ],
    ['хаяг: Дархан, 7-р баг, 12-р байр, 31 тоот', 'Дархан, 7-р баг, 12-р байр, 31 тоот'],
    [
      'mi dirección es Jr. Junín 512, dpto 8, Miraflores, Lima para el envío',
      'Jr. Junín 512, dpto 8, Miraflores, Lima',
    ],
    [
      'vivo en Calle Florida 880, piso 3 A, CABA y no llega nada',
      'Calle Florida 880, piso 3 A, CABA',
    ],
    [
      'my home address for the new card is 22 Allen Avenue, Ikeja, Lagos',
      '22 Allen Avenue, Ikeja, Lagos',
    ],
    [
      'Dad is now living at 4120 Oak Park Blvd, Elk Grove. What do I update?',
      '4120 Oak Park Blvd, Elk Grove',
    ],
    [
      'my mailing address is 310 N Harlem Ave, Oak Park IL 60302 not the branch on Harlem',
      '310 N Harlem Ave, Oak Park IL 60302',
    ],
  ])('%s', (text, address) => {
    expect(of('ADDRESS', text)).toEqual([address]);
  });
});

describe('left unread', () => {
  it.each([
    'adresim İstanbul, Kadıköy',
    'manzilim Toshkent, Chilonzor tumani',
    'хаяг: Улаанбаатар, Сүхбаатар дүүрэг',
    "j'habite à Abidjan depuis 2019",
    'my address is the same, nothing changed',
    'Đã nộp giấy tờ ở chi nhánh 880 Tully Rd, San Jose hôm qua',
  ])('%s', (text) => {
    expect(of('ADDRESS', text)).toEqual([]);
  });

  it('an address closed by its postcode is not carried on', () => {
    expect(of('ADDRESS', 'address 12 Elm St, Apt 3, Dover, DE 19901, phone 302-555-0187')).toEqual([
      '12 Elm St, Apt 3, Dover, DE 19901',
    ]);
  });
});
