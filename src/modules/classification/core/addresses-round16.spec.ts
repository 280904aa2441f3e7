import { found } from '../../../../test/classification/entities-found';

/**
 * Round 16: addresses in layouts read before only in part or not at all. East Asian ones
 * (Japanese with 〒 and block numbers, Chinese with traditional characters and a road's
 * section, Korean road-name addresses in Hangul) after an address cue; European lines that
 * run to a postcode and city after a cue in the post's language (Portuguese, Lithuanian,
 * Serbian, Greek, Afrikaans); PO boxes with their town, country or postcode after them;
 * Sri Lankan, Tanzanian and Dominican lines with particles inside a street's name. Made-up
 * posts; values are fake.
 */

const addresses = (text: string): string[] =>
  found(text)
    .filter(([type]) => type === 'ADDRESS')
    .map(([, value]) => value);

describe('East Asian addresses after a cue', () => {
  it.each([
    ['住所は〒150-0022 東京都渋谷区恵比寿南3-7-15です。', '〒150-0022 東京都渋谷区恵比寿南3-7-15'],
    ['住所 大阪府堺市北区中百舌鳥町412', '大阪府堺市北区中百舌鳥町412'],
    ['地址：高雄市苓雅區中正一路二段77號9樓，謝謝。', '高雄市苓雅區中正一路二段77號9樓'],
    ['地址：九龍觀塘道310號5樓C室，請寄信。', '九龍觀塘道310號5樓C室'],
    [
      '주소 충청남도 천안시 서북구 불당로 58, 205동 803호입니다.',
      '충청남도 천안시 서북구 불당로 58, 205동 803호',
    ],
    [
      '주소 부산광역시 해운대구 센텀로 19, 7층으로 보내주세요.',
      '부산광역시 해운대구 센텀로 19, 7층',
    ],
  ])('%j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it('reads block numbers as the address, not a date', () => {
    expect(
      found('父の生年月日は昭和20年5月1日、住所は〒920-0853 石川県金沢市本町3-2-14です。'),
    ).toEqual([
      ['DATE_OF_BIRTH', '昭和20年5月1日'],
      ['ADDRESS', '〒920-0853 石川県金沢市本町3-2-14'],
    ]);
  });
});

describe('European lines to the postcode and city after a cue', () => {
  it.each([
    [
      'Nova morada: Rua das Gaivotas 27, 2.º Dto., 4050-318 Porto. Obrigada.',
      'Rua das Gaivotas 27, 2.º Dto., 4050-318 Porto',
    ],
    [
      'Mano naujas adresas Savanorių pr. 41-7, LT-03116 Vilnius, ačiū.',
      'Savanorių pr. 41-7, LT-03116 Vilnius',
    ],
    [
      'Нова адреса Булевар Николе Тесле 19, 11000 Београд',
      'Булевар Николе Тесле 19, 11000 Београд',
    ],
    ['Η διεύθυνση μου Οδός Ερμού 44, 105 63 Αθήνα', 'Οδός Ερμού 44, 105 63 Αθήνα'],
    [
      'My nuwe adres is 22 Rivierstraat, Worcester, 6850, dankie.',
      '22 Rivierstraat, Worcester, 6850',
    ],
  ])('%j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('PO boxes with their places', () => {
  it.each([
    ['Please send it to PO Box 3318, Lobatse, Botswana. Thanks', 'PO Box 3318, Lobatse, Botswana'],
    ['Tuma kadi kwa S.L.P. 2290, Arusha, Tanzania.', 'S.L.P. 2290, Arusha, Tanzania'],
    ['Post it to PO Box 881, Polokwane, 0700.', 'PO Box 881, Polokwane, 0700'],
  ])('%j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('street names with particles after a cue', () => {
  it.each([
    ['ලිපිනය No. 17, Temple Road, Kandy, Sri Lanka', 'No. 17, Temple Road, Kandy, Sri Lanka'],
    [
      'Dirección: Calle 30 de Marzo 88, Apto 2B, Gazcue, Santo Domingo',
      'Calle 30 de Marzo 88, Apto 2B, Gazcue, Santo Domingo',
    ],
  ])('%j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('stays unread', () => {
  it.each([
    // No cue and no 〒: a place named in passing.
    '東京都渋谷区の支店3-7-15で聞きました。',
    // Numbers in a sentence after a cue word, no address shape.
    'Morada antiga era a mesma, 2019 foi o ano.',
    'PO Box numbers changed in 2019, see the letter',
    // A branch's address is not the customer's.
    'The branch at PO Box 77, Gaborone, Botswana never answers.',
    '주소 변경은 어떻게 하나요?',
  ])('%j', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
