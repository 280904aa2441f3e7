import { found } from '../../../../test/classification/entities-found';

/**
 * Round 17: addresses read to their end (a city and its postcode after the street, a
 * Brazilian state and CEP, a Russian six-digit index, a Kenyan postcode hyphened to the box,
 * a Chinese room after a blank, a Japanese building and its flat, the district and city after
 * a French street); Arabic, Vietnamese and Thai lines; a branch's address asked about, and an
 * address the customer takes back at once, stay unread. Made-up posts; values are fake.
 */

const addresses = (text: string): string[] =>
  found(text)
    .filter(([type]) => type === 'ADDRESS')
    .map(([, value]) => value);

describe('addresses read to their end', () => {
  it.each([
    ['Card goes to 8 Tui Street, Nelson 7010 — thanks a lot', '8 Tui Street, Nelson 7010'],
    [
      'Mary Okafor\n61 Awolowo Road, Ikoyi, Lagos 106104\nplease update',
      '61 Awolowo Road, Ikoyi, Lagos 106104',
    ],
    [
      'meu endereço: Rua Augusta 455, apto 12, Cerqueira César, São Paulo - SP, 01305-000',
      'Rua Augusta 455, apto 12, Cerqueira César, São Paulo - SP, 01305-000',
    ],
    [
      'Мой адрес: ул. Ленина, д. 24, кв. 81, Казань, 420111',
      'ул. Ленина, д. 24, кв. 81, Казань, 420111',
    ],
    ['anwani yangu ni P.O. Box 7781-00200, Nairobi', 'P.O. Box 7781-00200, Nairobi'],
    ['新地址：北京市朝阳区建国路88号 1502室', '北京市朝阳区建国路88号 1502室'],
    [
      '新住所：大阪府大阪市北区梅田1-2-3 梅田タワー1204',
      '大阪府大阪市北区梅田1-2-3 梅田タワー1204',
    ],
    [
      'Adresse : 7 avenue Houdaille, Plateau Dokui, Abidjan. Merci',
      '7 avenue Houdaille, Plateau Dokui, Abidjan',
    ],
    [
      'la dirección es Calle Tercera 310, Int. 2, Ensenada, B.C. 22800. Gracias',
      'Calle Tercera 310, Int. 2, Ensenada, B.C. 22800',
    ],
  ])('%j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('Arabic, Vietnamese and Thai lines', () => {
  it.each([
    ['عنواني الجديد: شقة 4، شارع 27، البرشاء 2، دبي', 'شقة 4، شارع 27، البرشاء 2، دبي'],
    [
      'Địa chỉ mới: 12 Lê Lợi, Phường Bến Thành, Quận 1, TP.HCM',
      '12 Lê Lợi, Phường Bến Thành, Quận 1, TP.HCM',
    ],
    [
      'ที่อยู่ใหม่ 55/3 ซอยลาดพร้าว 15 จอมพล จตุจักร กรุงเทพฯ 10900',
      '55/3 ซอยลาดพร้าว 15 จอมพล จตุจักร กรุงเทพฯ 10900',
    ],
  ])('%j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe("addresses that are not the customer's", () => {
  it.each([
    'Where is your branch in Mombasa? Is it still on Nyali Road, 40 Links Road?',
    'Which branch handles mortgages? Is that the one at 300 Harbour Street?',
  ])('%j', (text) => {
    expect(addresses(text)).toEqual([]);
  });

  it('an address taken back at once gives way to the one after it', () => {
    expect(
      addresses(
        'Mail the new card to 9 Nile Corniche – no wait, send it to my place, Flat 3, 21 Gezira St, Cairo 11561',
      ),
    ).toEqual(['Flat 3, 21 Gezira St, Cairo 11561']);
  });

  it("a card asked for at the customer's address after an ATM kept the old one stays read", () => {
    expect(
      addresses(
        'The ATM at Kalihi ate my card. Can you send a new one to 912 Lanakila Ave Apt 3, Honolulu HI 96817?',
      ),
    ).toEqual(['912 Lanakila Ave Apt 3, Honolulu HI 96817']);
  });

  it('a year after a city is no postcode without a cue', () => {
    expect(addresses('We met at 40 Queen Street, Auckland 2019 - was fun')).toEqual([
      '40 Queen Street',
    ]);
  });
});
