import { found } from '../../../../test/classification/entities-found';

/**
 * Round 19: the customer's numbers as continental Europe and the Middle East write
 * them: contract, loan and member numbers after their words in German, French,
 * Italian, Dutch, Polish, Turkish, Czech, Hebrew and Arabic; account numbers of 26
 * digits (Poland's) and a Spanish loan's 20; login names a bank's own app asks
 * for; "call me back" before a phone; a postcode and city on the line after the
 * street. Values are made up; offsets are checked by slicing the text as received.
 */

describe('contract, loan and member numbers in other languages', () => {
  it.each([
    ['Vertragsnummer KF-71.204.556, bitte um Rückruf', 'KF-71.204.556'],
    ['Policen-Nr. HV 2 118 304 775 – Wasserschaden', 'HV 2 118 304 775'],
    ['Contrat n° PRV 220 514 381 C, je voudrais résilier', 'PRV 220 514 381 C'],
    ['Contrat MUT 4410 2291, remboursement en attente', 'MUT 4410 2291'],
    ['polizza n. 551208734, quando arriva il rimborso?', '551208734'],
    ['contractnummer ZR 5519 0043 graag aanpassen', 'ZR 5519 0043'],
    ['umowa nr 118-2207-EUR-2011, proszę o aneks', '118-2207-EUR-2011'],
    ['Taşıt kredisi sözleşme no TK-2020-0044817 hakkında', 'TK-2020-0044817'],
  ])('a contract or policy number: %j', (text, value) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', value]]);
  });

  it.each([
    ['Darlehensnummer 7741 228 905, Sondertilgung möglich?', '7741 228 905'],
    ['Hypotheeknummer 44.18.902.117 — rente klopt niet', '44.18.902.117'],
    ['Kredyt hipoteczny nr HP/2018/11/55203, rata za wysoka', 'HP/2018/11/55203'],
    ['hipoteca 2100-0418-22-0200987654, la cláusula suelo', '2100-0418-22-0200987654'],
    ['משכנתא מספר 31-4471-2290, הריבית עלתה', '31-4471-2290'],
    ['تمويل عقاري رقم MF 5521 0093 41، الربح زاد', 'MF 5521 0093 41'],
  ])('a loan number: %j', (text, value) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', value]]);
  });

  it('a member number is no SSN', () => {
    expect(found('Mitgliedsnummer 551 20 4471, Anteile aufstocken?')).toEqual([
      ['BANK_ACCOUNT', '551 20 4471'],
    ]);
  });

  it.each([
    // The police, and a contract no number follows.
    'Die Polizei hat den Vertrag gesehen, 3 Zeugen waren da',
    'umowa nr jest w załączniku',
    'mon contrat de 2019 est résilié',
  ])('no number: %j', (text) => {
    expect(found(text).filter(([t]) => t === 'BANK_ACCOUNT')).toEqual([]);
  });
});

describe('account numbers of 20 to 26 digits after an account cue', () => {
  it.each([
    // Poland's NRB: its IBAN without "PL".
    [
      'numer konta 27 1140 2004 0000 3002 0135 5387, proszę o zwrot',
      '27 1140 2004 0000 3002 0135 5387',
    ],
    ['Nr konta 27 1140 2004 0000 3002 0135 5387', '27 1140 2004 0000 3002 0135 5387'],
    ['konto firmowe 27114020040000300201355387 zablokowane', '27114020040000300201355387'],
    // Portugal's NIB.
    ['o meu NIB 0033 0000 45312345678 05 para transferências', '0033 0000 45312345678 05'],
    // Israel's bank-branch-account, and Levantine Arabic in Latin letters.
    ['מספר החשבון שלי 10-912-334518 בבקשה', '10-912-334518'],
    ['raqam 7isabi 0211-448210-500 badde kashf', '0211-448210-500'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', value]]);
  });

  it('25 digits are none of these lengths', () => {
    expect(
      found('numer konta 27 1140 2004 0000 3002 0135 538, proszę').filter(
        ([, v]) => v.replace(/\D/g, '').length > 22,
      ),
    ).toEqual([]);
  });
});

describe('login names a bank names its own way', () => {
  it.each([
    [
      'Anmeldename jmeier77 PIN 48213 bitte sperren',
      [
        ['CREDENTIAL', 'jmeier77'],
        ['CREDENTIAL', '48213'],
      ],
    ],
    [
      'Codice titolare 30418822 PIN 55190, aiuto',
      [
        ['CREDENTIAL', '30418822'],
        ['CREDENTIAL', '55190'],
      ],
    ],
    [
      'klientské číslo 7710423 a heslo Kocka.77',
      [
        ['CREDENTIAL', '7710423'],
        ['CREDENTIAL', 'Kocka.77'],
      ],
    ],
    [
      'müşteri numaram 55120934 ve şifrem 418822 girdim',
      [
        ['CREDENTIAL', '55120934'],
        ['CREDENTIAL', '418822'],
      ],
    ],
    ['mijn inlogcode 71 20 48 ingevuld', [['CREDENTIAL', '71 20 48']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('without a password or PIN beside it, a login name is none', () => {
    expect(found('Mein Anmeldename ist jmeier77, wie ändere ich ihn?')).toEqual([]);
  });
});

describe('phones after "call me back" and "my mobile"', () => {
  it.each([
    ['Bitte mich zurückrufen: 0151 4471 2290', '0151 4471 2290'],
    ['Tel. tagsüber 030 5528 4419', '030 5528 4419'],
    ['cep 0533 771 20 48, arayın lütfen', '0533 771 20 48'],
    ['telefon na mě 604 118 229', '604 118 229'],
    ['ورقم جوالي ٠٥٥٤٤١٢٢٩٠ أرجو الاتصال', '٠٥٥٤٤١٢٢٩٠'],
    ['תחזרו אליי ל-052-7714402', '052-7714402'],
  ])('%j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });
});

describe('a postcode and city on the line after the street', () => {
  it.each([
    ['neue Anschrift:\nBirkenweg 14\n70469 Stuttgart\nDanke', 'Birkenweg 14\n70469 Stuttgart'],
    ['Neu: Rosenstraße 8\n01067 Dresden', 'Rosenstraße 8\n01067 Dresden'],
    [
      'ma nouvelle adresse :\n7 rue des Tilleuls\n59650 Villeneuve-d’Ascq',
      '7 rue des Tilleuls\n59650 Villeneuve-d’Ascq',
    ],
  ])('%j', (text, address) => {
    expect(found(text)).toEqual([['ADDRESS', address]]);
  });

  it('a number on the next line is no postcode without a city', () => {
    expect(found('Birkenweg 14\n70469\nDanke').filter(([t]) => t === 'ADDRESS')).toEqual([]);
  });
});

describe('an IBAN wrapped over lines', () => {
  it.each([
    ['Meine IBAN:\nDE89 3704 0044\n0532 0130 00\nDanke', 'DE89 3704 0044\n0532 0130 00'],
    ['IBAN:\r\nDE89 3704 0044\r\n0532 0130 00', 'DE89 3704 0044\r\n0532 0130 00'],
  ])('%j', (text, iban) => {
    expect(found(text)).toEqual([['IBAN', iban]]);
  });

  it('a wrapped run failing the check is no IBAN', () => {
    expect(
      found('Meine IBAN:\nDE89 3704 0044\n0532 0130 01').filter(([t]) => t === 'IBAN'),
    ).toEqual([]);
  });
});

describe('a number an advert asks the reader to call or write to', () => {
  it.each([
    'Kredite ohne Schufa, no credit check! Ruf an 0157 7741 2290',
    'no credit check loans, escríbenos al 655 20 41 87',
    'No credit check loans! Zadzwoń 733 204 118',
    'no credit check 💰 تواصل واتساب +971 50 442 1187',
  ])('is the advertiser’s: %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('the customer’s own number in an advert’s words stays theirs', () => {
    expect(found('no credit check? my ssn is 733-20-4118, call me')).toEqual([
      ['SSN', '733-20-4118'],
    ]);
  });
});

describe('round 19, second half: the Nordics, the Baltics, central Europe and the Maghreb', () => {
  it.each([
    ['lösenord Vinter2023! funkar inte', [['CREDENTIAL', 'Vinter2023!']]],
    [
      'användarnamn berg_skog lösen Vinter2023! – låst?',
      [
        ['CREDENTIAL', 'berg_skog'],
        ['CREDENTIAL', 'Vinter2023!'],
      ],
    ],
    ['salasana Talvi2023! ei toimi', [['CREDENTIAL', 'Talvi2023!']]],
    [
      'Annoin käyttäjätunnuksen 77120934 ja tunnusluvun 5521 soittajalle',
      [
        ['CREDENTIAL', '77120934'],
        ['CREDENTIAL', '5521'],
      ],
    ],
    ['er hat den Bankomatcode 7719 erfahren', [['CREDENTIAL', '7719']]],
  ])('a credential: %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['ودخلت بيانات الكارت 4111 1111 1111 1111 واتسحب', '4111 1111 1111 1111'],
    ['el card bta3ty 4111 1111 1111 1111 etsara2', '4111 1111 1111 1111'],
  ])('a card after its word in Egyptian Arabic: %j', (text, card) => {
    expect(found(text)).toEqual([['CARD_NUMBER', card]]);
  });

  it.each([
    ['Kas saan laenulepingule 5520941 maksepuhkust?', '5520941'],
    ['Försäkringsnummer 31-7704412, skadan gäller båten', '31-7704412'],
    ['Номер договору 318/0092217', '318/0092217'],
    ['Police n° B-2209.771.40', 'B-2209.771.40'],
  ])('a loan, contract or policy number: %j', (text, value) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', value]]);
  });

  it.each([
    ['Mon RIB: 10 204 0002231998710 55, merci', '10 204 0002231998710 55'],
    ['Mon RIB marocain : 145 810 0000221334455667 12', '145 810 0000221334455667 12'],
    ['Számlaszámom: 11773016-22334455-00000000, köszönöm', '11773016-22334455-00000000'],
  ])('a RIB or a three-part account after its cue: %j', (text, value) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', value]]);
  });

  it('a rib is a body part before a small number', () => {
    expect(found('broke my rib 2 weeks ago, can I delay the payment?')).toEqual([]);
  });
});

describe('round 19, second half: Nordic accounts and landlines, Baltic and Swiss birth dates, Smart-ID PINs, an address before its phone', () => {
  it.each([
    ['nu är pengarna borta från kontot 5410-223 190 447. Hjälp', '5410-223 190 447'],
    ['Rätt konto är 8214-7 903 441 228-1, tack', '8214-7 903 441 228-1'],
    ['Kontonummeret mitt er 1503\n44 92017 (delt på to linjer)', '1503\n44 92017'],
  ])('a Scandinavian account after its cue: %j', (text, account) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', account]]);
  });

  it('a nine-digit landline right after its cue', () => {
    expect(found('Ring mig på 0611-204 77 efter kl 16')).toEqual([['PHONE', '0611-204 77']]);
  });

  it.each([
    ['Minu sünnipäev on 4. aprill 1979, palun parandage', '4. aprill 1979'],
    ['ich bi am 3. Mai 1961 gebore und möcht', '3. Mai 1961'],
  ])('a birth date: %j', (text, date) => {
    expect(found(text)).toEqual([['DATE_OF_BIRTH', date]]);
  });

  it('a Smart-ID PIN', () => {
    expect(found('я назвала код Smart-ID 5190 по телефону')).toEqual([['CREDENTIAL', '5190']]);
  });

  it.each([
    [
      'Νέα διεύθυνση: Τσιμισκή 40, 546 23 Θεσσαλονίκη, κιν. 697 204 1188',
      'Τσιμισκή 40, 546 23 Θεσσαλονίκη',
    ],
    ['عنواني الجديد: 22 شارع الهرم، الجيزة، موبايل 011 2204 7719', '22 شارع الهرم، الجيزة'],
  ])('an address ends before a phone’s cue: %j', (text, address) => {
    expect(found(text).filter(([t]) => t === 'ADDRESS')).toEqual([['ADDRESS', address]]);
  });

  it('a place named "Mobile" is no phone cue', () => {
    expect(
      found('send it to Lot 12, Pine Mobile Home Park, 4100 Route 9, Kingston NY 12401'),
    ).toEqual([['ADDRESS', 'Lot 12, Pine Mobile Home Park, 4100 Route 9, Kingston NY 12401']]);
  });
});
