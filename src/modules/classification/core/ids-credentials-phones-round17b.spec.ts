import { found } from '../../../../test/classification/entities-found';

/**
 * Round 17b: Canada's Social Insurance Number and Australia's Tax File Number after their own
 * cue, read as SSN with their own checks; phone words in Welsh, Punjabi, Somali, Urdu in Latin
 * letters, with "new" and "is" between the word and the number (Welsh, Italian, Vietnamese);
 * a UK sort code before its account is not a birth date. Made-up posts; values are fake.
 */

describe('national identity and tax numbers after their own cue', () => {
  it.each([
    ['SIN 130 692 544 on the tax slip', [['SSN', '130 692 544']]],
    ['my TFN is 123 456 782 thanks', [['SSN', '123 456 782']]],
    ['le formulaire demande mon NAS 130 692 544 encore', [['SSN', '130 692 544']]],
    ['my numéro d’assurance sociale est 130 692 544', [['SSN', '130 692 544']]],
    ['ho dato il mio tax file number 123 456 782 al telefono', [['SSN', '123 456 782']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // Spanish "sin" (without) and Portuguese "nas" (in the) are no cues.
    'pagué sin 130692544 de referencia',
    'nas contas 130692544 pagas',
    // A TFN that fails its check.
    'TFN 123456781 on the form',
  ])('stays unread: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('phone words of more languages', () => {
  it.each([
    ['Ffoniwch ni ar 07700 900 331 diolch', [['PHONE', '07700 900 331']]],
    ['fy rhif ffôn newydd yw 07700 900 442', [['PHONE', '07700 900 442']]],
    ['Lambarkaygu cusub waa 07700 900 773', [['PHONE', '07700 900 773']]],
    ['mere phone number 07700 900 919 hai', [['PHONE', '07700 900 919']]],
    ['numero di telefono nuova 0412 555 903', [['PHONE', '0412 555 903']]],
    ['số điện thoại mới 0912 555 408', [['PHONE', '0912 555 408']]],
    ['ਮੇਰਾ ਫੋਨ 07700 900 660', [['PHONE', '07700 900 660']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a sort code before its account is no birth date', () => {
  it('reads no date in "account 14-02-71 55120834"', () => {
    expect(found('account 14-02-71 55120834 for the direct debit')).not.toContainEqual([
      'DATE_OF_BIRTH',
      '14-02-71',
    ]);
  });

  it('still reads a date next to a name and an email', () => {
    expect(found('Pauline Hart 14-02-71 pauline@example.com')).toContainEqual([
      'DATE_OF_BIRTH',
      '14-02-71',
    ]);
  });
});
