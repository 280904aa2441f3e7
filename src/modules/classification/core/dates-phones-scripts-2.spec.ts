import { found } from '../../../../test/classification/entities-found';

/**
 * Birth dates and phone numbers after the cues of more scripts and languages (Arabic
 * "my birth date", Bengali, Punjabi, Gujarati, Cantonese, Greek, Turkish, Russian …;
 * Vietnamese "SĐT", Chinese "電話", eight-digit Hong Kong numbers), further birth
 * dates given in a list ("… and mine …"), and national identity numbers in dotted
 * thousands, which are no dates. Values are fake; offsets are checked by slicing the
 * text as received.
 */

function ofType(type: string, text: string): string[] {
  return found(text)
    .filter(([t]) => t === type)
    .map(([, value]) => value);
}

describe('birth dates after the birth words of more languages', () => {
  it.each([
    // Eastern Arabic, Persian, Bengali and Devanagari digits are read as ASCII ones.
    ['تاريخ ميلادي ١٩٧٩/١١/٠٤ لو سمحت', '١٩٧٩/١١/٠٤'],
    ['انا مواليد ١٤/٠٦/١٩٨٨', '١٤/٠٦/١٩٨٨'],
    ['تاریخ تولدم ۱۹۸۳/۰۸/۰۳ است', '۱۹۸۳/۰۸/۰۳'],
    ['জন্ম তারিখ ০৯/০৭/১৯৮২, কার্ড বন্ধ', '০৯/০৭/১৯৮২'],
    ['জন্মদিন 17/02/1991', '17/02/1991'],
    ['ਜਨਮ ਮਿਤੀ 21/08/1974। ਧੰਨਵਾਦ', '21/08/1974'],
    ['ਜਨਮ ਤਾਰੀਖ ੨੧/੦੮/੧੯੭੪', '੨੧/੦੮/੧੯੭੪'],
    ['मेरी जन्म तारीख १२/०३/१९८७ है', '१२/०३/१९८७'],
    ['जन्मतिथि 03-09-1969', '03-09-1969'],
    ['જન્મ તારીખ 11/04/1990', '11/04/1990'],
    ['出世日期 1972年4月18日', '1972年4月18日'],
    ['我1981年6月2日出世嘅', '1981年6月2日'],
    ['tôi sinh ngày 14/02/1986', '14/02/1986'],
    ['ημερομηνία γέννησης 30/01/1977', '30/01/1977'],
    ['doğum tarihim 07.05.1983', '07.05.1983'],
    ['дата рождения 19.11.1971', '19.11.1971'],
    ['taariikhda dhalashada 02/03/1989', '02/03/1989'],
    ['geboortedatum 25-06-1979', '25-06-1979'],
  ])('%j', (text, date) => {
    expect(ofType('DATE_OF_BIRTH', text)).toEqual([date]);
  });

  it.each([
    // "ميلادي" alone says Gregorian (AD), not "my birth": a year so marked is no birth date.
    'تم التحويل بتاريخ ٢٠٢٣/٠٥/١١ ميلادي',
    'পেমেন্ট করেছি ১২/০৩/২০২৪ তারিখে',
    'ਮੈਂ 05/11/2023 ਨੂੰ ਪੈਸੇ ਭੇਜੇ',
    '2023年5月1日我轉咗數',
  ])('no birth word: %j', (text) => {
    expect(ofType('DATE_OF_BIRTH', text)).toEqual([]);
  });
});

describe('birth dates given in a list', () => {
  it.each([
    [
      'la fecha de nacimiento de mi hija 11-03-2009 y la mía 02-07-1982',
      ['11-03-2009', '02-07-1982'],
    ],
    ["DOB 4/9/1975 and my wife's 12/1/1977", ['4/9/1975', '12/1/1977']],
    ['my dob is 1/30/1966, and my husband’s is 8/14/1964', ['1/30/1966', '8/14/1964']],
    ['data de nascimento 05/05/1990 e o da minha filha 09/09/2015', ['05/05/1990', '09/09/2015']],
  ])('%j', (text, dates) => {
    expect(ofType('DATE_OF_BIRTH', text)).toEqual(dates);
  });

  it.each([
    // Any other word between the two ends the list.
    ['DOB 4/9/1975 and the transfer on 6/2/2024 never arrived', ['4/9/1975']],
    ['DOB 4/9/1975 and 6/2/2024', ['4/9/1975']],
    ['fecha de nacimiento 11-03-1979. El pago fue 02-07-2024', ['11-03-1979']],
  ])('not a list of birth dates: %j', (text, dates) => {
    expect(ofType('DATE_OF_BIRTH', text)).toEqual(dates);
  });
});

describe('phones after the phone words of more languages', () => {
  it.each([
    ['SĐT của em là 093 771 2054, nhờ gọi lại', '093 771 2054'],
    ['sdt 0987 116 342', '0987 116 342'],
    ['香港電話 6274 1193，唔該', '6274 1193'],
    ['我手機 5318 2270', '5318 2270'],
    ['my phone in Singapore is 8724 3316', '8724 3316'],
    ['মোবাইল নম্বর 01712 345678', '01712 345678'],
    ['เบอร์โทร 089 412 7735', '089 412 7735'],
  ])('%j', (text, phone) => {
    expect(ofType('PHONE', text)).toEqual([phone]);
  });

  it.each([
    // Eight digits that end a longer grouped number, or with no phone word, are no phone.
    ['我嘅戶口號碼係 6150 3382 9047，電話 (415) 555-0177', ['(415) 555-0177']],
    ['account 6150 3382 9047, cell (702) 555-0184', ['(702) 555-0184']],
    ['訂單號 6274 1193', []],
  ])('%j', (text, phones) => {
    expect(ofType('PHONE', text)).toEqual(phones);
  });
});

describe('national identity numbers in dotted thousands', () => {
  it.each([
    'a nombre de Ana Ruiz, cédula 52.608.114, celular +57 311 902 4471',
    'mi cédula de ciudadanía es 1.019.283.746',
    'DNI: 27.845.301',
    'RUT 14.582.309-K',
    'C.C. 79.304.552',
  ])('is no date nor account: %j', (text) => {
    const types = found(text).map(([type]) => type);
    expect(types).not.toContain('DATE_OF_BIRTH');
    expect(types).not.toContain('BANK_ACCOUNT');
  });

  it('a birth date beside one is still read', () => {
    expect(ofType('DATE_OF_BIRTH', 'cédula 52.608.114, fecha de nacimiento 12.03.1984')).toEqual([
      '12.03.1984',
    ]);
  });
});
