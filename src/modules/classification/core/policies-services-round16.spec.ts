import { found } from '../../../../test/classification/entities-found';

/**
 * Round 16: insurance policy numbers that open with a country's or product's code
 * (with or without a hyphen or a blank, dots or slashes between the digits) read whole
 * after a policy word, in more languages; a product's name after a cue naming where money
 * goes is the account's kind, not its prefix; the institution's service lines a complaint
 * names, and a pet's microchip, a remittance's tracking number and a short certificate's,
 * are nobody's phone, SSN or account. Made-up posts; values are fake.
 */

describe('coded policy numbers after a policy word', () => {
  it.each([
    ['Meine Hausrat-Polizze K-3390-17720 wurde doppelt abgebucht', 'K-3390-17720'],
    ['Police-Nr. BE-551.330.19, bitte prüfen', 'BE-551.330.19'],
    ['mijn woonpolis NL-WOON 33 551 907 is opgezegd', 'NL-WOON 33 551 907'],
    ['min indboforsikring police nr. DK 5530 18824 er betalt', 'DK 5530 18824'],
    ['Bilforsikring polise NO-55 119 307, takk', 'NO-55 119 307'],
    ['la mia polizza casa n. IT 0033 19 55120 è sospesa', 'IT 0033 19 55120'],
    ['a meva pòlissa CAT-AU 0055 3391 ha caducat', 'CAT-AU 0055 3391'],
    ['mi póliza de moto GA-MOT-33 119 07 aparece anulada', 'GA-MOT-33 119 07'],
    ['minha apólice PT 0551.3390.17 foi cancelada', 'PT 0551.3390.17'],
    ['Polisa NNW nr PL 5512 3390 17 została anulowana', 'PL 5512 3390 17'],
    ['pojistka auta č. CZ 5512 339 017 byla zrušena', 'CZ 5512 339 017'],
    ['moja poistka SK-HAV-3390 5517 je zrušená', 'SK-HAV-3390 5517'],
    ['polica HR 55-0033-917 za stan', 'HR 55-0033-917'],
    ['полица № BG 0551 3390 17 е прекратена', 'BG 0551 3390 17'],
    ['il-polza tad-dar nru MT-DAR 3390 551 tħallset', 'MT-DAR 3390 551'],
    ['polasaí uimhir IE-TI 3390 551, le do thoil', 'IE-TI 3390 551'],
    ['fy mholisi car CYM-CA 0055 3390 wedi dod i ben', 'CYM-CA 0055 3390'],
    ['פוליסת ביטוח דירה מספר IL-55 3390 117 בוטלה', 'IL-55 3390 117'],
    ['กรมธรรม์ประกันบ้านเลขที่ TH-HOM 3390 5517 ถูกยกเลิก', 'TH-HOM 3390 5517'],
    ['polisi insurans rumah saya no MY-RM 3390 5517 dah tamat', 'MY-RM 3390 5517'],
    ['polis asuransi mobil no ID-MB 0055 3390 17 masih aktif?', 'ID-MB 0055 3390 17'],
    ['என் பாலிசி எண் TN-HM 3390 5517. தயவு செய்து', 'TN-HM 3390 5517'],
    ['నా పాలసీ నంబర్ AP-LIF 3390 5517. దయచేసి', 'AP-LIF 3390 5517'],
    ['sur mon assurance-vie AV-FR 3390 5517, merci', 'AV-FR 3390 5517'],
    ['mijn polisnummer BR-WOON 339 551. Graag snel', 'BR-WOON 339 551'],
    ['my travel policy TRV/2022/0055133 shows expired', 'TRV/2022/0055133'],
    ['Policen er BH-55 3390 1', 'BH-55 3390 1'],
    ['polisnummer RV-339017, graag opzeggen', 'RV-339017'],
  ])('%j', (text, policy) => {
    expect(found(text, 'chat')).toEqual([['BANK_ACCOUNT', policy]]);
  });

  it('a recent year closing the number stays out; a label alone is no code', () => {
    expect(found('polizza n. IT 0033 19 55120 2024 rinnovo', 'chat')).toEqual([
      ['BANK_ACCOUNT', 'IT 0033 19 55120'],
    ]);
    expect(found('Polisa ubezpieczenia, wiek ID 12 lat', 'chat')).toEqual([]);
  });

  it('a policy word with no coded number after it reads no code', () => {
    expect(found('Meine Polizze ist seit Mai gekündigt, keine Antwort', 'chat')).toEqual([]);
    expect(found('pojistka domácnosti byla zrušena bez důvodu', 'chat')).toEqual([]);
  });
});

describe("a product's name after a cue naming where money goes", () => {
  it('is the account kind: the number is the digits', () => {
    expect(found('please deposit to IRA 44017729 by Friday')).toEqual([
      ['BANK_ACCOUNT', '44017729'],
    ]);
    expect(found('wire to HSA 3390 5517 please')).toEqual([['BANK_ACCOUNT', '3390 5517']]);
  });

  it('after a cue naming the number, it stays the prefix', () => {
    expect(found('acct IRA 5512-3390, RMD please')).toEqual([['BANK_ACCOUNT', 'IRA 5512-3390']]);
  });
});

describe("the institution's service lines and other reference numbers", () => {
  it.each([
    'Ehrlich, Ihre Hotline 0800 330 330 ist eine Katastrophe.',
    'Bellen naar 030 555 0199 is zinloos, niemand neemt op',
    'Numero verde 800 551 339 sempre occupato.',
    'Llevo una hora... 50 minutos al teléfono 900 551 339 y nada.',
    'Телефонът ви 0700 33 551 никой не вдига.',
    'Egy órát vártam a 06 1 555 0199 számon, aztán bontotta.',
    'your customer service line 1-800-555-0199 hung up on me twice',
  ])('%j reads nothing', (text) => {
    expect(found(text, 'dm')).toEqual([]);
  });

  it("the customer's own number after a call word stays read", () => {
    expect(found('Mijn nummer is 06 1234 5678, bellen naar mij graag')).toEqual([
      ['PHONE', '06 1234 5678'],
    ]);
  });

  it.each([
    'Dog insurance: microchip number 956 000 331 557 190, vet in Leeds',
    'Mandé plata a Quito, código de envío 55-3390-17, no llegó',
    'Remesa pendiente, MTCN 5512339017',
    'I fitted a smoke alarm, certificate #SA-55133. Discount?',
  ])('%j reads nothing', (text) => {
    expect(found(text, 'dm')).toEqual([]);
  });

  it("a group certificate's number of six digits or more stays read", () => {
    expect(found('group life certificate GL-553390, claim pending')).toEqual([
      ['BANK_ACCOUNT', 'GL-553390'],
    ]);
  });
});
