import { found } from '../../../../test/classification/entities-found';
import { createClassifier } from './classifier';

/**
 * Addresses and email forms, by round.
 * Each block below is one round's specs, kept as it was written.
 */

const classifier = createClassifier();

describe('street-and-email-forms', () => {
  /**
   * Addresses and emails written in forms the other readers did not take: Queens
   * house numbers, and "(at)" between an address's parts. Values are made up.
   */

  describe('Queens house numbers, by the cross street', () => {
    it.each([
      [
        'my address is 42-17 Ditmars Blvd, Astoria, NY 11105',
        '42-17 Ditmars Blvd, Astoria, NY 11105',
      ],
      [
        'send it to 108-22 Queens Blvd Apt 4C, Forest Hills, NY 11375',
        '108-22 Queens Blvd Apt 4C, Forest Hills, NY 11375',
      ],
      [
        'Η διεύθυνσή μου είναι 37-06 30th Ave, Astoria, NY 11103',
        '37-06 30th Ave, Astoria, NY 11103',
      ],
    ])('the hyphen and the second part are the house number: %j', (text, address) => {
      expect(found(text)).toEqual([['ADDRESS', address]]);
    });

    it.each([
      ['we lost 10-15 points on Main'],
      ['the 9-5 shift on Main St'],
      ['call 555-1234 Main St'],
    ])('a score, a shift or a phone is no house number: %j', (text) => {
      expect(found(text).filter(([type]) => type === 'ADDRESS')).toEqual([]);
    });
  });

  describe('street names holding a unit word, and Quebec layouts', () => {
    it.each([
      // "Bay" is a unit only before its value ("Bay 7"); here it is part of the name.
      [
        'mi dirección: 1450 Biscayne Bay Dr Apt 1204, Miami, FL 33132',
        '1450 Biscayne Bay Dr Apt 1204, Miami, FL 33132',
      ],
      ['4410 Harbor Blvd Bay 7, Oxnard, CA 93035', '4410 Harbor Blvd Bay 7, Oxnard, CA 93035'],
      // A comma after the house number, and the province in parentheses.
      [
        'nouvelle adresse: 3120, rue Beaubien Est, app. 2, Montréal (Québec) H1Y 1H5',
        '3120, rue Beaubien Est, app. 2, Montréal (Québec) H1Y 1H5',
      ],
    ])('%j', (text, address) => {
      expect(found(text)).toEqual([['ADDRESS', address]]);
    });

    it('a number, a comma and a word that is no street type is no address: "J\'ai 4521, rue de problèmes"', () => {
      expect(found("J'ai 4521, rue de problèmes")).toEqual([]);
    });
  });

  describe("a Mexican state's abbreviation after the city", () => {
    it.each([
      [
        'envíen la tarjeta a Av. Hidalgo 77, Col. Centro, 44100 Guadalajara, Jal.',
        'Av. Hidalgo 77, Col. Centro, 44100 Guadalajara, Jal.',
      ],
      [
        'Calle Zaragoza 12, 64000 Monterrey, N.L. gracias',
        'Calle Zaragoza 12, 64000 Monterrey, N.L.',
      ],
    ])('%j', (text, address) => {
      expect(found(text)).toEqual([['ADDRESS', address]]);
    });
  });

  describe('"(at)" in an email address', () => {
    it.each([
      ['email the forms to lena.m (at) outlook.com thanks', 'lena.m (at) outlook.com'],
      ['reach me at rafa_22[at]gmail.com', 'rafa_22[at]gmail.com'],
    ])('%j', (text, email) => {
      expect(found(text)).toEqual([['EMAIL', email]]);
    });
  });
});

describe('emails-bracketed', () => {
  /** E-mail addresses written with a bracketed "at" or "@" to dodge filters. Each value is made up. */
  const emailsIn = (text: string): string[] =>
    classifier
      .classify(text, { channel: 'dm', visibility: 'private' })
      .entities.filter((e) => e.type === 'EMAIL')
      .map((e) => text.slice(e.start, e.end));

  describe('bracketed "at" before a webmail domain', () => {
    it.each([
      [
        'email on file should be r.castellano.usmc (at) proton.me not the old one',
        'r.castellano.usmc (at) proton.me',
      ],
      ['my email is tovah {at} outlook.com', 'tovah {at} outlook.com'],
      ['new email: mel.okafor [at] protonmail.com', 'mel.okafor [at] protonmail.com'],
      ['send it to dwightbell(@)gmail.com please', 'dwightbell(@)gmail.com'],
      ['statements to kiana.p (@) yahoo.com', 'kiana.p (@) yahoo.com'],
    ])('%j', (text, value) => {
      expect(emailsIn(text)).toEqual([value]);
    });

    it.each([
      ['I was at gmail.com support page for an hour'],
      ['meet me (at) noon by the branch'],
      ['write to us at info(@)harborline.example'],
    ])('reads no address of the customer in %j', (text) => {
      expect(emailsIn(text)).toEqual([]);
    });
  });
});

describe('addresses-world', () => {
  /**
   * Street addresses in layouts the reader did not take: Hawaii's zone-and-lot house
   * numbers, Puerto Rico's numbered streets and roads, Texas loops, rural routes written
   * with dots, European streets with the number after the name, a country after the
   * postcode, and a district and city without a postcode. Values are made up.
   */

  function addresses(text: string): string[] {
    return found(text)
      .filter(([type]) => type === 'ADDRESS')
      .map(([, value]) => value);
  }

  describe('addresses around the world', () => {
    it.each([
      // Hawaii: a zone of one or two digits, a hyphen, then up to four digits; hyphenated cities.
      [
        'new address is 68-3471 Waikoloa Rd, Waikoloa, HI 96738 thanks',
        '68-3471 Waikoloa Rd, Waikoloa, HI 96738',
      ],
      [
        'Mahalo! 73-1290 Ahikawa St, Kailua-Kona, HI 96740 is where we live now',
        '73-1290 Ahikawa St, Kailua-Kona, HI 96740',
      ],
      // Quebec: "rue" and a hyphenated city before the province and postal code.
      [
        'Nouvelle adresse : 318 rue Perreault, Val-des-Sources, QC J1T 2K9.',
        '318 rue Perreault, Val-des-Sources, QC J1T 2K9',
      ],
      // Puerto Rico: an urbanización written first, a numbered calle and its bloque.
      [
        'Envíen el cheque a Urb. Los Almendros, Calle 7 Bloque 22 #14, Bayamón, PR 00961 por favor',
        'Urb. Los Almendros, Calle 7 Bloque 22 #14, Bayamón, PR 00961',
      ],
      // Puerto Rico: a carretera by its kilometre, and a barrio after it.
      [
        'Dirección postal: Carr. 172 Km 9.4, Bo. Rincón, Cidra, PR 00739. Gracias',
        'Carr. 172 Km 9.4, Bo. Rincón, Cidra, PR 00739',
      ],
      // Texas: a numbered loop with its sides.
      [
        'ship to 8200 W Loop 335 S Apt 410, Amarillo, TX 79118',
        '8200 W Loop 335 S Apt 410, Amarillo, TX 79118',
      ],
      // A rural route written with dots, then its box.
      [
        'Mailing: R.R. 4, Box 212, Walnut Creek, OH 44687. no phone out here',
        'R.R. 4, Box 212, Walnut Creek, OH 44687',
      ],
      // A country after the postcode and city.
      [
        'Adresse : 7 Rue des Tanneurs, 67000 Strasbourg, France. Merci',
        '7 Rue des Tanneurs, 67000 Strasbourg, France',
      ],
      // The number after the street's name, and a postcode and city after it.
      [
        'Il mio indirizzo: Via Garibaldi 58, 40124 Bologna, Italia. Grazie',
        'Via Garibaldi 58, 40124 Bologna, Italia',
      ],
      [
        'Mijn adres is Keizersgracht 417, 1016 EK Amsterdam, stuur de pas daarheen',
        'Keizersgracht 417, 1016 EK Amsterdam',
      ],
      ['adresa: Korunní 2076/18, 130 00 Praha 3', 'Korunní 2076/18, 130 00 Praha 3'],
      ['Meine Adresse: Lindenstraße 12, 50674 Köln', 'Lindenstraße 12, 50674 Köln'],
      ['mój adres: ul. Polna 31, 00-635 Warszawa', 'ul. Polna 31, 00-635 Warszawa'],
      ['Adresse: Favoritenstraße 88, 1100 Wien', 'Favoritenstraße 88, 1100 Wien'],
      // A district and a city after the street, no postcode, with an address cue.
      [
        'my address na 9 Akin Adesola Street, Ikoyi, Lagos, abeg send am there',
        '9 Akin Adesola Street, Ikoyi, Lagos',
      ],
    ])('reads the whole address in %j', (text, address) => {
      expect(addresses(text)).toEqual([address]);
    });

    it.each([
      // A measure before "loop" or "way" written in lower case is no street.
      ['the hold music is a 15 second loop of a trumpet'],
      ['we walked a 3 mile loop around the lake'],
      // A year after a city, a score, a box or a unit before a postcode-like number.
      ['I moved to Denver 2019, loved it'],
      ['final score Tigers 104, 2024 playoffs were wild'],
      ['Chapter 11, 2020 was a rough year'],
      // A shift or a score with a hyphen is no Hawaii house number.
      ['I work the 7-3 shift on Ala Moana Blvd'],
      ['we lost 10-15 points on Main'],
      // "via" before a payment app is no Italian street.
      ['I sent 40 via Zelle, 2 days ago'],
      // A numbered calle with no postcode and no cue.
      ['hay tapón en la Calle 5 desde las 8'],
    ])('reads no address in %j', (text) => {
      expect(addresses(text)).toEqual([]);
    });

    it('keeps a unit before a numbered highway, and the side after it', () => {
      expect(addresses('I live at Lot 7, 3100 Hwy 64 W, Tarboro, NC 27886 now')).toEqual([
        'Lot 7, 3100 Hwy 64 W, Tarboro, NC 27886',
      ]);
    });

    it('still reads a box alone, and a box after a unit', () => {
      expect(addresses('Box 2291, Sitka AK 99835')).toEqual(['Box 2291, Sitka AK 99835']);
      expect(addresses('Ste 4, Box 16, Lodi, OH 44254')).toEqual(['Box 16, Lodi, OH 44254']);
    });
  });

  describe('a place after a street without a postcode', () => {
    it.each([
      ['my address is 40 Liberty Road, Osu, Accra.', '40 Liberty Road, Osu, Accra'],
      ['mi dirección es Carr. 845 Km 3.2, Trujillo Alto', 'Carr. 845 Km 3.2, Trujillo Alto'],
      // One place that the sentence goes on after is left out.
      ['I live at 12 Birch St, Dayton, and work nights', '12 Birch St'],
      // Without an address cue the place is not read.
      ['the party is at 9 Cedar Lane, Brookfield.', '9 Cedar Lane'],
    ])('%j', (text, address) => {
      expect(addresses(text)).toEqual([address]);
    });
  });
});

describe('addresses-phones-3', () => {
  /**
   * Addresses, phones and spelled-out emails in forms the readers missed or over-read:
   * a room in a lodging before the street, numbered highways hyphened to their number,
   * Caribbean and Irish addresses closed by a district and a country, Mexican ranches on
   * a kilometre road, addresses an owner phrase gives to someone else, a "+" phone that a
   * Nordic word for email follows, and "X at Y dot com" where X is a plain word. Values
   * are made up.
   */

  function of(type: string, text: string): string[] {
    return found(text)
      .filter(([t]) => t === type)
      .map(([, v]) => v);
  }

  describe('a room rented in a lodging, and highways written with a hyphen', () => {
    it.each([
      [
        'on a work crew this month, mail me at Room 118, Lakeside Motel, 4410 SR-9, Dothan, AL 36301',
        'Room 118, Lakeside Motel, 4410 SR-9, Dothan, AL 36301',
      ],
      [
        'temp address: Rm 7, Pine Hollow Inn, 2290 US-61, Natchez, MS 39120 until March',
        'Rm 7, Pine Hollow Inn, 2290 US-61, Natchez, MS 39120',
      ],
      ['new address 3120 Hwy-90, Beaumont, TX 77705', '3120 Hwy-90, Beaumont, TX 77705'],
    ])('the room, the lodging and the street are one address: %j', (text, address) => {
      expect(of('ADDRESS', text)).toEqual([address]);
    });

    it.each([
      ['we had the reunion at the Harbor Hotel, 300 Bay St, Mobile, AL 36602'],
      ['the conference is at Room 4, Town Hall, 18 Main St, Avon, CT 06001'],
    ])('a lodging or hall named without a rented room stays unread: %j', (text) => {
      expect(of('ADDRESS', text)).toEqual([]);
    });
  });

  describe('districts and countries closing an address without a postcode', () => {
    it.each([
      [
        'please post the card to 27 Lady Musgrave Road, Kingston 10, Jamaica. thanks',
        '27 Lady Musgrave Road, Kingston 10, Jamaica',
      ],
      ['send it to 9 Bay Street, Bridgetown, Barbados.', '9 Bay Street, Bridgetown, Barbados'],
      [
        'my address is 31 Harcourt Street, Dublin 2, Ireland',
        '31 Harcourt Street, Dublin 2, Ireland',
      ],
    ])('the district and the country belong to the address: %j', (text, address) => {
      expect(of('ADDRESS', text)).toEqual([address]);
    });

    it.each([
      ['we met at 12 Elm St, Kingston, and then drove home', '12 Elm St'],
      ['my address is 12 Elm St, Springfield, and I work nights', '12 Elm St'],
    ])('a place a comma and the sentence follow is left out: %j', (text, address) => {
      expect(of('ADDRESS', text)).toEqual([address]);
    });
  });

  describe('Mexican ranches and ejidos on a kilometre road', () => {
    it.each([
      [
        'domicilio Rancho Los Alamos, Carr. 45 Km 18, Camargo, Chih. 33700',
        'Rancho Los Alamos, Carr. 45 Km 18, Camargo, Chih. 33700',
      ],
      [
        'mi dirección es Ejido San Isidro, Carretera 57 Km 102, Matehuala, S.L.P., C.P. 78700',
        'Ejido San Isidro, Carretera 57 Km 102, Matehuala, S.L.P., C.P. 78700',
      ],
    ])('the ranch, the road, the city, its state and postcode: %j', (text, address) => {
      expect(of('ADDRESS', text)).toEqual([address]);
    });
  });

  describe("an address an owner phrase gives to someone else's place", () => {
    it.each([
      [
        "The hospital's address is 900 Pine St, but he stays with me at 41 Linden Ave, Akron, OH 44303",
        '41 Linden Ave, Akron, OH 44303',
      ],
      [
        'forward the statements to the firehouse, 22 Route 6, account is in the department name',
        null,
      ],
      ['the clinic at 75 Oak St said to bring my card', null],
      [
        'my dad lives at the nursing home at 55 Birch Ave, Dayton, OH 45402',
        '55 Birch Ave, Dayton, OH 45402',
      ],
    ])('only the customer’s own is read: %j', (text, address) => {
      expect(of('ADDRESS', text)).toEqual(address === null ? [] : [address]);
    });
  });

  describe('"+" phone numbers that a Nordic word for email follows', () => {
    it.each([
      ['Mobilen min er +47 903 18 442, e-post kari@example.no', '+47 903 18 442'],
      ['Mitt nummer är +46 70 555 12 34, e-post per@example.se', '+46 70 555 12 34'],
      ['my phone is +45 21 43 65 87, epost below', '+45 21 43 65 87'],
    ])('the number is a phone, not a reference: %j', (text, phone) => {
      expect(of('PHONE', text)).toEqual([phone]);
    });

    it.each([['my ticket 4471 2290, post it here']])(
      'a number without "+" before a reference word stays unread: %j',
      (text) => {
        expect(of('PHONE', text)).toEqual([]);
      },
    );
  });

  describe('"X at Y dot com" with a plain word for X', () => {
    it.each([
      ['Get real likes at likeboost dot com!!'],
      ['Buy cheap views at viewfarm dot net today'],
      ['come meet us at brunchclub dot com'],
    ])('no email is read: %j', (text) => {
      expect(of('EMAIL', text)).toEqual([]);
    });

    it.each([
      ['you can reach me, rosa at gmail dot com', 'rosa at gmail dot com'],
      ['write to m.okafor at outlook dot com', 'm.okafor at outlook dot com'],
      ['my email is dario at yahoo dot com', 'dario at yahoo dot com'],
    ])('a name or handle stays read: %j', (text, email) => {
      expect(of('EMAIL', text)).toEqual([email]);
    });
  });

  describe("a message's sender named before its address", () => {
    it.each([
      ['Got a text saying my card is locked. Sender was alerts-team@verify-cardhelp.net, fake'],
      ["the sender's address is noreply@secure-login-check.co, is that you?"],
    ])('the sender’s email is not the customer’s: %j', (text) => {
      expect(of('EMAIL', text)).toEqual([]);
    });

    it('the customer’s own after a sender named elsewhere stays read', () => {
      expect(
        of('EMAIL', 'Sender was unknown. My email is lena.park@example.com, reply there'),
      ).toEqual(['lena.park@example.com']);
    });
  });
});

describe('addresses-phones-4', () => {
  /**
   * Addresses and phones in forms the readers missed or over-read: South African addresses
   * closed by a four-digit postcode, Singapore blocks with a numbered avenue, a unit and a
   * six-digit postcode, an address the customer asks mail sent to although it is not their
   * home, a PO box written before a street line, toll-free numbers with "+1", a third
   * party's phone named by an owner phrase, a phone number after a one-time-code word, and
   * a phone said digit by digit in Spanish. Values are made up.
   */

  function of(type: string, text: string): string[] {
    return found(text)
      .filter(([t]) => t === type)
      .map(([, v]) => v);
  }

  describe('South African addresses: places, then a four-digit postcode', () => {
    it.each([
      [
        'please update my address to 42 Protea Street, Zone 5, Mthatha, 5099. thanks',
        '42 Protea Street, Zone 5, Mthatha, 5099',
      ],
      [
        'send the statement to my aunt: 9 Seagull Rd, Fish Hoek, Cape Town, 7975',
        '9 Seagull Rd, Fish Hoek, Cape Town, 7975',
      ],
      [
        'new card to 23 Mandela Ave, Soshanguve, Pretoria, 0152, thanks',
        '23 Mandela Ave, Soshanguve, Pretoria, 0152',
      ],
      ['new address 14 Bay Rd, Bondi NSW 2026', '14 Bay Rd, Bondi NSW 2026'],
    ])('the postcode closes the address: %j', (text, address) => {
      expect(of('ADDRESS', text)).toEqual([address]);
    });

    it.each([
      ['we stayed near 12 Elm St, Boston, 2019 was the year'],
      ['the parade went past 8 Oak Rd, Durban, 1987 people came'],
    ])('a year after a place is no postcode without an address cue: %j', (text) => {
      expect(of('ADDRESS', text).join()).not.toMatch(/\d{4}$/);
    });
  });

  describe('Singapore: block, numbered avenue or street, unit and six-digit postcode', () => {
    it.each([
      [
        'pls update, new one is Blk 305 Tampines Ave 4, #05-212, Singapore 520305 ok',
        'Blk 305 Tampines Ave 4, #05-212, Singapore 520305',
      ],
      [
        'my new addr 88 Yishun East St 21, #09-44, Singapore 760088',
        '88 Yishun East St 21, #09-44, Singapore 760088',
      ],
    ])('one address, the postcode read as its part: %j', (text, address) => {
      expect(found(text)).toEqual([['ADDRESS', address]]);
    });
  });

  describe('where the customer asks mail to be sent', () => {
    it.each([
      [
        'We are staying with family. Please send my replacement card to 5120 Pecan Grove Dr, Waco, TX 76710 not my home address',
        '5120 Pecan Grove Dr, Waco, TX 76710',
      ],
      [
        'Could you mail the checks to 77 Birch Ln, Eugene, OR 97401, not my home address',
        '77 Birch Ln, Eugene, OR 97401',
      ],
    ])('is the customer’s address, even when not their home: %j', (text, address) => {
      expect(of('ADDRESS', text)).toEqual([address]);
    });

    it.each([
      ['You sent my card to 5120 Pecan Grove Dr, Waco, TX 76710, not my address'],
      ['Why did the bank mail a letter to 77 Birch Ln, Eugene, OR 97401? That is not my address'],
    ])('an address the mail went to and the customer disowns stays unread: %j', (text) => {
      expect(of('ADDRESS', text)).toEqual([]);
    });
  });

  describe('a PO box and a street line', () => {
    it.each([
      [
        'mailing address for tax forms: PO Box 918, 207 Ridge Rd, Medford, OR 97501',
        'PO Box 918, 207 Ridge Rd, Medford, OR 97501',
      ],
      [
        'use P.O. Box 33, 14 Mill St, Keene, NH 03431 for letters',
        'P.O. Box 33, 14 Mill St, Keene, NH 03431',
      ],
    ])('are one address: %j', (text, address) => {
      expect(of('ADDRESS', text)).toEqual([address]);
    });
  });

  describe('phone numbers that are not the customer’s', () => {
    it.each([
      ['is +1-888-555-0142 free to call from Spain?'],
      ['lost card line abroad, is it +1 (877) 555-0110?'],
      ['I called +1 866 555 0123 twice'],
    ])('a toll-free number with "+1" is the institution’s: %j', (text) => {
      expect(of('PHONE', text)).toEqual([]);
    });

    it.each([
      ["Sent $200 to my brother. The receiver's phone is 054 555 3321 (mobile money)."],
      ['Recipient’s mobile is 0803 555 2210, did the transfer land?'],
      ['Paying my cousin in Accra, his number not mine, 020 555 7788.'],
      ['Our real line is on the website, the scammer’s is 412-555-0177'],
      ['el teléfono del beneficiario es 0991 555 234'],
    ])('a third party’s phone after an owner phrase stays unread: %j', (text) => {
      expect(of('PHONE', text)).toEqual([]);
    });

    it.each([
      ['Pls call my mom instead, her number is +44 7700 900512', '+44 7700 900512'],
      ['recipient phone for cash pickup is +52 (55) 5512 7733', '+52 (55) 5512 7733'],
      ["The receiver's name is Ama. My phone is (614) 555-0163, call me", '(614) 555-0163'],
    ])(
      'the customer’s own, or a number given to be reached at, is still read: %j',
      (text, phone) => {
        expect(of('PHONE', text)).toEqual([phone]);
      },
    );
  });

  describe('a phone number after a one-time-code word', () => {
    it.each([
      ['My phone for OTP is 503-555-0147 and no code arrives', '503-555-0147'],
      ['number for the verification code: (312) 555-0188', '(312) 555-0188'],
    ])('laid out as a phone, is the phone: %j', (text, phone) => {
      expect(of('PHONE', text)).toEqual([phone]);
      expect(of('CREDENTIAL', text)).toEqual([]);
    });

    it('six digits after the code word stay a one-time code', () => {
      expect(of('CREDENTIAL', 'my OTP is 480213 and it expired')).toEqual(['480213']);
    });
  });

  describe('a phone said digit by digit in Spanish words', () => {
    it.each([
      [
        'Mi número es cero nueve nueve uno dos tres cuatro cinco seis siete para que me llamen',
        'cero nueve nueve uno dos tres cuatro cinco seis siete',
      ],
      [
        'Mi teléfono es cero ocho uno dos tres cuatro cinco seis siete ocho',
        'cero ocho uno dos tres cuatro cinco seis siete ocho',
      ],
    ])('is the phone: %j', (text, phone) => {
      expect(found(text)).toEqual([['PHONE', phone]]);
    });

    it('after an account cue, the digits said one by one stay the account', () => {
      expect(
        of(
          'BANK_ACCOUNT',
          'mi número de cuenta es cero nueve nueve uno dos tres cuatro cinco seis siete',
        ),
      ).toEqual(['cero nueve nueve uno dos tres cuatro cinco seis siete']);
    });
  });
});

describe('addresses-5', () => {
  /**
   * Addresses in forms the reader missed or over-read: a Spanish floor and door after the
   * street, a numbered district and a country after a city, a building number where streets
   * go unnamed, "St." in a city's name, a Texas farm-to-market road with its own suffix, a
   * care-of line or a residence's name written before the street, a second unit after the
   * first, an owner phrase without the possessive, and a road's number followed by ordinary
   * words. Values are made up.
   */

  function of(type: string, text: string): string[] {
    return found(text)
      .filter(([t]) => t === type)
      .map(([, v]) => v);
  }

  describe('Spanish floor and door after the street', () => {
    it.each([
      [
        'Mi dirección: Calle de Toledo 88, 2º izq, 28005 Madrid. Gracias',
        'Calle de Toledo 88, 2º izq, 28005 Madrid',
      ],
      [
        'Enviad la tarjeta a Calle Mayor 17, 4º C, 46002 Valencia, por favor',
        'Calle Mayor 17, 4º C, 46002 Valencia',
      ],
      ['Dirección: Calle Sierpes 9, 1ª, 41004 Sevilla.', 'Calle Sierpes 9, 1ª, 41004 Sevilla'],
    ])('%s', (text, value) => {
      expect(of('ADDRESS', text)).toEqual([value]);
    });
  });

  describe('a numbered district and a country after the city', () => {
    it('reads "Colombo 05, Sri Lanka"', () => {
      expect(
        of('ADDRESS', 'my address for statements: 17 Duplication Road, Colombo 05, Sri Lanka'),
      ).toEqual(['17 Duplication Road, Colombo 05, Sri Lanka']);
    });
  });

  describe('Canada: building numbers and "St." in the city', () => {
    it.each([
      [
        'My address is Building 2214, Unit 7, Iqaluit, NU X0A 0H0. Thanks',
        'Building 2214, Unit 7, Iqaluit, NU X0A 0H0',
      ],
      [
        'mail it to Bldg 318, Apt 2, Rankin Inlet, NU X0C 0G0',
        'Bldg 318, Apt 2, Rankin Inlet, NU X0C 0G0',
      ],
      [
        "new address 88 Duckworth St, St. John's, NL A1C 1G9 for my statements",
        "88 Duckworth St, St. John's, NL A1C 1G9",
      ],
    ])('%s', (text, value) => {
      expect(of('ADDRESS', text)).toEqual([value]);
    });

    it('does not read a building number without a postcode', () => {
      expect(of('ADDRESS', 'Building 5 at work is closed, Suite 4 moved upstairs')).toEqual([]);
    });
  });

  describe('Texas farm-to-market and ranch-to-market roads', () => {
    it.each([
      [
        'ship the card to 2210 FM 529 Rd E, Apt 12, Katy, TX 77449',
        '2210 FM 529 Rd E, Apt 12, Katy, TX 77449',
      ],
      ['my address is 9500 RM 620 Rd, Austin, TX 78726', '9500 RM 620 Rd, Austin, TX 78726'],
    ])('%s', (text, value) => {
      expect(of('ADDRESS', text)).toEqual([value]);
    });
  });

  describe('lines before the street and units after it', () => {
    it.each([
      [
        'Please mail it c/o Pastor Jim Cole, 310 Peachtree St NW, Atlanta, GA 30308. Thanks',
        'c/o Pastor Jim Cole, 310 Peachtree St NW, Atlanta, GA 30308',
      ],
      [
        'Dad moved to Willow Creek Senior Living, 75 Maple Bend Dr Room 9, Boone, NC 28607. Send his statements there.',
        'Willow Creek Senior Living, 75 Maple Bend Dr Room 9, Boone, NC 28607',
      ],
      [
        'send my card to 12 University Pl, Dorm C Room 305, Ithaca, NY 14850.',
        '12 University Pl, Dorm C Room 305, Ithaca, NY 14850',
      ],
    ])('%s', (text, value) => {
      expect(of('ADDRESS', text)).toEqual([value]);
    });
  });

  describe('hard negatives', () => {
    it.each([
      'We run a pumpkin stand off Route 31 every October. Card payouts are late again.',
      'We drive Hwy 12 most weekends. Square readers keep dropping.',
      'the care home address is 48 Linden Rd, Marion. statements stay with me',
      'The hospital address is 600 Main St, Boone. Please don\u2019t send anything there',
    ])('%s', (text) => {
      expect(of('ADDRESS', text)).toEqual([]);
    });
  });
});

describe('addresses-round15', () => {
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
      [
        'Adressen är Storgatan 12 lgh 1201, 211 42 Malmö tack',
        'Storgatan 12 lgh 1201, 211 42 Malmö',
      ],
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
});

describe('addresses-round15b', () => {
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
      expect(
        of('ADDRESS', 'address 12 Elm St, Apt 3, Dover, DE 19901, phone 302-555-0187'),
      ).toEqual(['12 Elm St, Apt 3, Dover, DE 19901']);
    });
  });
});

describe('addresses-round16', () => {
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
      [
        '住所は〒150-0022 東京都渋谷区恵比寿南3-7-15です。',
        '〒150-0022 東京都渋谷区恵比寿南3-7-15',
      ],
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
      [
        'Please send it to PO Box 3318, Lobatse, Botswana. Thanks',
        'PO Box 3318, Lobatse, Botswana',
      ],
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
});

describe('addresses-round16b', () => {
  /**
   * Round 16, second wave: European street lines that run from the street (its type before
   * the name, after it as a word, or glued to it) through the house number, units and floors
   * to a postcode and city; Welsh and Irish lines closed by a UK postcode or an Eircode;
   * Mexican lines with the city and state after the postcode; Cyrillic and Hebrew lines after
   * an address cue; Glasgow flats and Singapore units; a branch, an agent's office or a title
   * company named before its address stays unread. Made-up posts; values are fake.
   */

  const addresses = (text: string): string[] =>
    found(text)
      .filter(([type]) => type === 'ADDRESS')
      .map(([, value]) => value);

  describe('European street lines closed by a postcode and city', () => {
    it.each([
      [
        'Meine neue Adresse: Limmatstrasse 207, 8005 Zürich. Danke',
        'Limmatstrasse 207, 8005 Zürich',
      ],
      ['Wir wohnen jetzt in Linzer Straße 41/7, 1140 Wien.', 'Linzer Straße 41/7, 1140 Wien'],
      [
        'ik woon in Molenstraat 12 bus 4, 3000 Leuven sinds mei',
        'Molenstraat 12 bus 4, 3000 Leuven',
      ],
      [
        'Abito in Via Mazzini 9, int. 3, 40121 Bologna BO da marzo',
        'Via Mazzini 9, int. 3, 40121 Bologna BO',
      ],
      [
        'La nova és Carrer de Sants 88, 3r 1a, 08014 Barcelona',
        'Carrer de Sants 88, 3r 1a, 08014 Barcelona',
      ],
      ['Adres: ul. Długa 12/4 m. 6, 80-827 Gdańsk', 'ul. Długa 12/4 m. 6, 80-827 Gdańsk'],
      ['Stanujem na Celovška cesta 55, 1000 Ljubljana', 'Celovška cesta 55, 1000 Ljubljana'],
      ['Jeg bor i Thorvaldsgata 7A, 0365 Oslo nå', 'Thorvaldsgata 7A, 0365 Oslo'],
      [
        'Min adresse er Vesterbrogade 120, 3. th., 1620 København V.',
        'Vesterbrogade 120, 3. th., 1620 København V',
      ],
      ['Heimilisfang: Hverfisgata 40, 101 Reykjavík.', 'Hverfisgata 40, 101 Reykjavík'],
      ["J'habite 12, rue Haute, 1000 Bruxelles depuis peu", '12, rue Haute, 1000 Bruxelles'],
    ])('%j', (text, address) => {
      expect(addresses(text)).toEqual([address]);
    });
  });

  describe('Welsh and Irish lines, Glasgow flats, Singapore units', () => {
    it.each([
      [
        'Cyfeiriad: 8 Heol y Castell, Aberystwyth SY23 2AB',
        '8 Heol y Castell, Aberystwyth SY23 2AB',
      ],
      [
        'Bogfaidh mé go 9 Bóthar an Chalaidh, Corcaigh T12 X3F4 go luath',
        '9 Bóthar an Chalaidh, Corcaigh T12 X3F4',
      ],
      [
        'Flat 2/1, 17 Byres Road, Glasgow G11 5RD is my address',
        'Flat 2/1, 17 Byres Road, Glasgow G11 5RD',
      ],
      [
        'I moved to Blk 318 Tampines St 33 #05-212 Singapore 520318 last month',
        'Blk 318 Tampines St 33 #05-212 Singapore 520318',
      ],
    ])('%j', (text, address) => {
      expect(addresses(text)).toEqual([address]);
    });
  });

  describe('Mexican, Cyrillic and Hebrew lines', () => {
    it.each([
      [
        'Mi mamá vive en Calle Hidalgo #45, Col. Centro, 58000 Morelia, Mich. y ya',
        'Calle Hidalgo #45, Col. Centro, 58000 Morelia, Mich.',
      ],
      [
        'Mi domicilio: Av. Juárez 310, Col. Centro, 31000 Cd. Chihuahua, Chih.',
        'Av. Juárez 310, Col. Centro, 31000 Cd. Chihuahua, Chih.',
      ],
      [
        'Адрес: ул. „Васил Левски“ 22, ет. 2, ап. 5, 4000 Пловдив, благодаря',
        'ул. „Васил Левски“ 22, ет. 2, ап. 5, 4000 Пловдив',
      ],
      [
        'Мојата адреса е ул. Партизанска бр. 8/2, 7000 Битола.',
        'ул. Партизанска бр. 8/2, 7000 Битола',
      ],
      [
        'הכתובת שלי: רחוב ביאליק 12, דירה 4, רמת גן 5245112. תודה',
        'רחוב ביאליק 12, דירה 4, רמת גן 5245112',
      ],
    ])('%j', (text, address) => {
      expect(addresses(text)).toEqual([address]);
    });
  });

  describe('stays unread', () => {
    it.each([
      // A branch, an agent's office, a title company: not the customer's address.
      '¿La sucursal de la calle Oak cierra temprano? 220 Oak St, creo',
      'Your agent at 450 Elm Street Toronto never called me back.',
      'The title company is Summit Title, 90 N State St Suite 400. Is that right?',
      'Complimenti alla filiale di Via Dante 3, 20121 Milano, gentilissimi',
      // No postcode and city after the house number.
      'We met via Zoom 12 times, then 3000 people joined',
      'I paid via Zelle 250, 1500 Dallas owes me the rest',
      'The Kerkstraat 45 bus stopped at 9 in the morning',
      'Policy 4512, 2024 renewal for Seefeldstrasse?',
    ])('%j', (text) => {
      expect(addresses(text)).toEqual([]);
    });
  });
});

describe('addresses-round17', () => {
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
});

describe('addresses-round17b', () => {
  /**
   * Round 17 (second wave): addresses that start before the street (a box, a rural lot, a
   * unit and its building or park), numbered grid streets after the house number, a Finnish
   * stairway and flat, an Estonian house and flat with the street type after the name; and
   * the words after a postcode (a contact label, a pronoun, the next sentence) left out.
   * Made-up posts; values are fake.
   */

  const addresses = (text: string): string[] =>
    found(text)
      .filter(([type]) => type === 'ADDRESS')
      .map(([, value]) => value);

  describe('addresses that start before the street', () => {
    it.each([
      [
        'please mail it to Box 207, 14 Heron Rd, Cross Lake MB R0B 0J0',
        'Box 207, 14 Heron Rd, Cross Lake MB R0B 0J0',
      ],
      [
        'new address is Lot 9 Gidgee Flat Rd, Cobar NSW 2835',
        'Lot 9 Gidgee Flat Rd, Cobar NSW 2835',
      ],
      [
        'statements to Flat 3, Harbour House, 17 Promenade, Llandudno LL30 2LP please',
        'Flat 3, Harbour House, 17 Promenade, Llandudno LL30 2LP',
      ],
      [
        'please send to Lot 12, Pine Hollow Mobile Home Park, 2200 Route 30, Easton PA 18042',
        'Lot 12, Pine Hollow Mobile Home Park, 2200 Route 30, Easton PA 18042',
      ],
    ])('%s', (text, value) => {
      expect(addresses(text)).toEqual([value]);
    });
  });

  describe('numbered streets and Nordic-Baltic house numbers', () => {
    it.each([
      ['moved, address is 7714 142 St, Surrey BC V3S 2K7 now', '7714 142 St, Surrey BC V3S 2K7'],
      ['update to 1820 9 Ave SW, Calgary, AB T3C 0J4 thx', '1820 9 Ave SW, Calgary, AB T3C 0J4'],
      ['uusi osoite: Satakunnankatu 9 C 41, 33210 Tampere', 'Satakunnankatu 9 C 41, 33210 Tampere'],
      ['Uus aadress: Pärnu mnt 61-8, 10135 Tallinn. Aitäh', 'Pärnu mnt 61-8, 10135 Tallinn'],
    ])('%s', (text, value) => {
      expect(addresses(text)).toEqual([value]);
    });
  });

  describe('an address ends at its postcode', () => {
    it.each([
      [
        'Neue Adresse: Lindenstraße 8, 04109 Leipzig, Tel. 0341 555 0199',
        'Lindenstraße 8, 04109 Leipzig',
      ],
      [
        'adresas: 40 Mill Lane, Wisbech PE13 2AB. Paso numeris bus kitas',
        '40 Mill Lane, Wisbech PE13 2AB',
      ],
    ])('%s', (text, value) => {
      expect(addresses(text)).toEqual([value]);
    });
  });

  describe('stays unread', () => {
    it.each([
      'we paid 1500 12 Ave tickets for the whole team',
      'there was a lot 40 people at the branch today',
      'sent 9000 mnt 52, 10112 was the ref',
      'team B 18, 33100 points in the final',
    ])('%s', (text) => {
      expect(addresses(text)).toEqual([]);
    });
  });
});

describe('addresses-round18', () => {
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
});

describe('hostile-cjk-round18b', () => {
  /**
   * round 18b: hostile 256 KiB posts of East Asian addresses repeated. Each address is read
   * against the findings near it only (address.detector.ts, FindingsNear), so thousands of
   * addresses in one post are each read once and all found. Timings are in
   * `npm run bench:classify`, not asserted here.
   */
  const SIZE = 256 * 1024;
  const fill = (unit: string): string => unit.repeat(Math.floor(SIZE / unit.length));

  function addresses(text: string): { start: number; end: number }[] {
    return classifier
      .classify(text, { channel: 'dm' })
      .entities.filter((e) => e.type === 'ADDRESS')
      .map(({ start, end }) => ({ start, end }));
  }

  describe('hostile 256 KiB posts of East Asian addresses (round 18b)', () => {
    it.each([
      ['Cantonese "live at" and a Hong Kong flat', '住喺九龍旺角花園街45號7樓C室，'],
      ['a Hong Kong flat without a lead', '新界沙田大圍道18號3樓A室，'],
      [
        'a cued mainland address with building, unit and room',
        '地址：上海市徐汇区漕溪路66号2号楼3单元801室，',
      ],
      ['a mainland district and road', '我住在广州市海珠区江南大道200号，'],
      ['a Taiwanese road section', '台中市西屯區臺灣大道三段9號12樓，'],
    ])('reads every address of %s', (_, unit) => {
      const text = fill(unit);
      const found = addresses(text);
      expect(found).toHaveLength(text.length / unit.length);
      // Each address is read in its own unit.
      for (const f of found.slice(0, 3)) {
        expect(Math.floor(f.start / unit.length)).toBe(Math.floor((f.end - 1) / unit.length));
      }
    });

    it('reads every Japanese address whose block numbers look like a date, and no date', () => {
      const unit = '住所：大阪府大阪市北区梅田3-4-12 ';
      const text = fill(unit);
      const result = classifier.classify(text, { channel: 'dm' });
      expect(result.entities.filter((e) => e.type === 'ADDRESS')).toHaveLength(
        text.length / unit.length,
      );
      expect(result.entities.filter((e) => e.type === 'DATE_OF_BIRTH')).toHaveLength(0);
    });

    it('reads every Korean address after its cue', () => {
      const unit = '주소: 부산광역시 해운대구 센텀중앙로 79, 103동 1201호 ';
      const text = fill(unit);
      expect(addresses(text)).toHaveLength(text.length / unit.length);
    });

    it('reads every Malaysian street whole where the rules before read it in part', () => {
      const unit = 'No. 8, Jalan Damai 4/21, 43000 Kajang, Selangor. ';
      const text = fill(unit);
      const found = addresses(text);
      expect(found).toHaveLength(text.length / unit.length);
      expect(found[1]).toEqual({ start: unit.length, end: unit.length + unit.indexOf('.', 40) });
    });

    it('reads the same addresses in a short post', () => {
      const unit = '住所：大阪府大阪市北区梅田3-4-12 ';
      expect(addresses(unit.repeat(3))).toHaveLength(3);
      expect(addresses('住喺九龍旺角花園街45號7樓C室，'.repeat(2))).toHaveLength(2);
    });
  });
});
