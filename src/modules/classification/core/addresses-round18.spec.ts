import { found } from '../../../../test/classification/entities-found';

/**
 * Round 18: addresses read whole, street to postcode: the suburb, city and four-digit
 * postcode after a South African street where the sentence goes on after them; Brazil's
 * street type first, a comma before the number, the state and the CEP; Colombia's "Calle
 * 45 # 22-18"; India's house numbers with a slash; Singapore's lorong; an Arabic address
 * ending at its postcode; a Cantonese "live at" before the address. And ordinary sentences
 * with numbers stay unread. Made-up posts; values are fake.
 */

const addresses = (text: string): string[] =>
  found(text)
    .filter(([type]) => type === 'ADDRESS')
    .map(([, value]) => value);

describe('the places and postcode after the street, the sentence going on', () => {
  it.each([
    [
      'new address is 9 Protea Street, Waterkloof, Pretoria, 0181 thank you',
      '9 Protea Street, Waterkloof, Pretoria, 0181',
    ],
    [
      'my mom lives at 31 Vlei Road, Kenilworth, Cape Town 7708 if you could post it',
      '31 Vlei Road, Kenilworth, Cape Town 7708',
    ],
  ])('%s', (text, value) => {
    expect(addresses(text)).toEqual([value]);
  });
});

describe('Brazil: the street type first, the number after a comma, the state and CEP', () => {
  it.each([
    [
      'meu endereço novo: Rua dos Ipês, 88, apto 12, Pinheiros, São Paulo - SP, 05422-010',
      'Rua dos Ipês, 88, apto 12, Pinheiros, São Paulo - SP, 05422-010',
    ],
    [
      'moro na Av. Boa Viagem, 4020, Boa Viagem, Recife - PE, 51021-000, mandem o cartão',
      'Av. Boa Viagem, 4020, Boa Viagem, Recife - PE, 51021-000',
    ],
    [
      'mudei para Rua Padre Chagas 310, Moinhos de Vento, Porto Alegre/RS',
      'Rua Padre Chagas 310, Moinhos de Vento, Porto Alegre/RS',
    ],
  ])('%s', (text, value) => {
    expect(addresses(text)).toEqual([value]);
  });
});

describe('Colombia, India and Singapore', () => {
  it.each([
    [
      'mi dirección es Carrera 11 # 82-35, Apto 604, Medellín para la tarjeta',
      'Carrera 11 # 82-35, Apto 604, Medellín',
    ],
    ['envíenla a Cll 100 No. 8A-49, Bogotá', 'Cll 100 No. 8A-49, Bogotá'],
    [
      'please courier to 44/2 Hazra Road, Ballygunge, Kolkata 700019',
      '44/2 Hazra Road, Ballygunge, Kolkata 700019',
    ],
    [
      'address: Blk 211 Hougang Lor 4, #05-118, Singapore 530211',
      'Blk 211 Hougang Lor 4, #05-118, Singapore 530211',
    ],
  ])('%s', (text, value) => {
    expect(addresses(text)).toEqual([value]);
  });
});

describe('an address starts after the verb and ends at its postcode', () => {
  it.each([
    [
      'عنواني الجديد شقة ٤، شارع ٢٢، حي النرجس، الرياض ١٣٣٢٥ الرجاء الإرسال',
      'شقة ٤، شارع ٢٢، حي النرجس، الرياض ١٣٣٢٥',
    ],
    ['我阿爸住喺九龍旺角通菜街58號3樓A室，唔該寄信', '九龍旺角通菜街58號3樓A室'],
  ])('%s', (text, value) => {
    expect(addresses(text)).toEqual([value]);
  });
});

describe('ordinary sentences with numbers stay unread', () => {
  it.each([
    'Na Av. Paulista, 1000 pessoas estavam na fila do banco',
    'passei na Rua Augusta, 300, que loucura de trânsito',
    'Calle 45 is closed again, I waited 20 minutes',
    'we met on Carrera 7 and the score was 22-18 at the end',
    'On 12/3 Main Road, Mumbai was flooded',
    'ok lor I paid 50 dollars lor',
  ])('%s', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
