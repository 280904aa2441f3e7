import { createClassifier } from './index';
import { found } from '../../../../test/classification/entities-found';

/**
 * Round 18: national phone numbers by their countries' numbering plans, read by the digit-run
 * model as accounts before: mobiles in their usual groups (South Africa, the UAE, Nigeria, the
 * Philippines, Mexico, Brazil), numbers only businesses hold (freephone, share-call, toll-free
 * 800) and hotlines, a protocol number, and the advertiser's phone in a loan or prize advert.
 * Values are fake.
 */

describe("a national mobile in its country's grouping is a phone, not an account", () => {
  it.each([
    // South Africa and the UAE: 0 + 5…9, then 3-3-4.
    ['Sawubona, sicela nishintshe, entsha ngu 072 555 0143', '072 555 0143'],
    ['the new one is 050 555 7781 thanks', '050 555 7781'],
    // Nigeria and the Philippines: eleven digits, 4-3-4.
    ['abeg update am, na 0815 555 2290 be the correct one', '0815 555 2290'],
    ['Paki-update po, ito na 0928 555 0176 salamat', '0928 555 0176'],
    // Mexico: two-digit area 55, 33 or 81, then 4-4.
    ['cambió mi celular, ahora es 33 5550 1184 por favor', '33 5550 1184'],
  ])('%j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });

  it('drops a folded "one" before the number', () => {
    expect(found('sorry typo, the full one 0929 555 0192, pls update')).toEqual([
      ['PHONE', '0929 555 0192'],
    ]);
  });

  it('reads one group from a trunk 0 as a mobile after a phone word in the sentence before', () => {
    expect(found('Ndicela inombolo yefowuni itshintshwe. Entsha yi 0825550147')).toEqual([
      ['PHONE', '0825550147'],
    ]);
  });

  it("reads Brazil's area code in parentheses before a mobile's nine digits", () => {
    expect(found('atualiza meu celular pro (41) 9 5550-3321 por favor')).toEqual([
      ['PHONE', '(41) 9 5550-3321'],
    ]);
    expect(found('novo número (71) 95550-1842')).toEqual([['PHONE', '(71) 95550-1842']]);
  });

  it("leaves 3-3-4 after an account's cue an account", () => {
    expect(
      found('routing and account for the deposit: 322271627 / 071 555 2093, why rejected'),
    ).toEqual([
      ['ROUTING_NUMBER', '322271627'],
      ['BANK_ACCOUNT', '071 555 2093'],
    ]);
  });
});

describe("business lines, hotlines and protocol numbers are no one's own", () => {
  it.each([
    'their call centre line 0861 555 240 just rings and rings',
    'waited an hour on 0800 555 0199 before giving up',
    'ساعة على الهاتف 8005550123 بدون رد',
    'their toll-free 1800 555 2290 is always busy',
    '打咗熱線 3555 0182 兩個鐘都冇人聽',
    '客服电话 4555 0192 一直占线',
    'Contestei a compra, protocolo 77310245, e nada ainda',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("an advertiser's phone in a loan or prize advert is not the customer's", () => {
  it.each([
    'FAST LOANS NO CREDIT CHECK!! WhatsApp Mrs Khumalo 064 555 9012 today',
    'Préstamos sin buró, manda WhatsApp al 81 5550 3321 Lic. Torres',
    'Mkopo bila dhamana leo, piga 0712 555 081',
    'Walang collateral! send 300 fee sa 0918 555 2204 Sir Ben',
    'You have won a prize! contact agent Farouk 056 555 3310 to claim',
    'RENDA EXTRA garantida, chama no zap (21) 95550-4410',
  ])('%j', (text) => {
    expect(found(text).filter(([type]) => type === 'PHONE' || type === 'BANK_ACCOUNT')).toEqual([]);
  });

  it('names such a post spam', () => {
    const result = createClassifier().classify('Préstamos sin buró en 5 minutos, WhatsApp ya', {
      channel: 'dm',
    });
    expect(result.intents.map((i) => i.intent)).toContain('spam');
  });

  it("keeps the customer's own mobile in a post about a scam", () => {
    expect(found('a loan app scammed me, my own number 0815 555 3318 is spammed now')).toEqual([
      ['PHONE', '0815 555 3318'],
    ]);
  });
});

/** Timings are in `npm run bench:classify`, not asserted here (see hostile-input.spec.ts). */
describe('256 KiB of national numbers and their cues', () => {
  const SIZE = 256 * 1024;
  const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

  it.each([
    fill('bago na 0917 555 0184, '),
    fill('entsha yi yefowuni 0716234458 '),
    fill('(31) 9 8851-2240 '),
  ])('reads each as a phone or not at all (%#)', (text) => {
    const types = new Set(
      createClassifier()
        .classify(text, { channel: 'dm' })
        .entities.map((e) => e.type),
    );
    expect([...types].filter((t) => t !== 'PHONE')).toEqual([]);
  });

  it.each([
    fill('打熱線 2233 3000 '),
    fill('protocolo 55201198 '),
    fill('sin buró WhatsApp 55 2211 0098 '),
  ])('finds nothing (%#)', (text) => {
    expect(createClassifier().classify(text, { channel: 'dm' }).entities).toEqual([]);
  });
});
