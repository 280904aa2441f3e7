import { found } from '../../../../test/classification/entities-found';

/**
 * Phone numbers written the way their own country writes them (a trunk 0 and the
 * country's grouping), after a phone cue in the post's language; phones spelled
 * in digit words; a number given in a chat transcript. Values are fake; offsets
 * are checked by slicing the text as received.
 */

describe('national mobile numbers after a phone cue', () => {
  it.each([
    // Japan: the cue inside running text, a particle and a copula glued on.
    ['今は出張中です。私の電話番号は090-5521-8843です。', '090-5521-8843'],
    ['妻の携帯番号は070-2218-4490', '070-2218-4490'],
    // Israel: "my Israeli phone", a possessive and an adjective after the cue.
    ['הטלפון הישראלי שלי 054-331-2290 והאמריקאי לא עובד', '054-331-2290'],
    ['הטלפון שלי 058-774-1203', '058-774-1203'],
    // Turkey, 4-3-2-2.
    ["Telefon numaram 0543 218 77 40, Ankara'dayım", '0543 218 77 40'],
    // Philippines: a mobile wallet is keyed by the mobile number.
    ['Pakipadala sa GCash number niya ay 0918 442 7731, salamat po', '0918 442 7731'],
    // Pakistan, in Arabic-Indic and Extended Arabic-Indic digits.
    ['میرا فون نمبر ٠٣٤٥-٢٢١٩٨٧٠ ہے', '٠٣٤٥-٢٢١٩٨٧٠'],
    ['mera number ۰۳۱۲-۸۸۴۰۲۱۷ hai, call kar lein', '۰۳۱۲-۸۸۴۰۲۱۷'],
    // France, five pairs.
    ['my phone is 06 44 21 87 19 if you need me', '06 44 21 87 19'],
    // Korea.
    ['휴대폰 번호 010-7731-2284 입니다', '010-7731-2284'],
  ])('%j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });

  it.each([
    // Freephone numbers are businesses', as 1-800 numbers are.
    '電話番号は0120-444-123です',
    'their phone number is 0800 123 4567',
    // No phone cue: a trunk 0 alone makes no phone number.
    'order 0543 218 77 40 shipped yesterday',
    'claim number 0918 442 7731 still open',
  ])('no phone number: %j', (text) => {
    expect(found(text).filter(([type]) => type === 'PHONE')).toEqual([]);
  });

  it('a phone cue does not reach past more than two words of another script', () => {
    expect(found('הטלפון שלי לא עובד כבר שבוע 054-331-2290').map(([type]) => type)).not.toContain(
      'PHONE',
    );
  });
});

describe('phone numbers spelled in digit words', () => {
  it.each([
    [
      'Taleefankayga four one five, five five five, zero two seven three',
      'four one five, five five five, zero two seven three',
    ],
    [
      'my number is seven one eight, five five five, zero one four four',
      'seven one eight, five five five, zero one four four',
    ],
  ])('%j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });
});

describe('a chat transcript', () => {
  it('a speaker label does not make the number given a member number', () => {
    expect(
      found(
        "Agent: What's the best number to reach you?\nMember: (503) 555-0177 but I'm at work till 6",
      ),
    ).toEqual([['PHONE', '(503) 555-0177']]);
  });

  it('a member number without an area code in parentheses stays one', () => {
    expect(found('Member: 55012874')).toEqual([['BANK_ACCOUNT', '55012874']]);
  });
});

describe('cues inside running Japanese and Chinese text', () => {
  it.each([
    ['私の口座番号は7731-0442-18です', [['BANK_ACCOUNT', '7731-0442-18']]],
    ['我的账号是 6214 8830 2291 7740 5', [['BANK_ACCOUNT', '6214 8830 2291 7740 5']]],
    // The value ends where the sentence goes on in Japanese.
    ['新しいパスワードはkumo7731です', [['CREDENTIAL', 'kumo7731']]],
  ])('%j', (text, entities) => {
    expect(found(text)).toEqual(entities);
  });
});
