import { createClassifier } from './classifier';

/**
 * Dates of birth, second wave of round 15: the birth words and month names of African,
 * Central Asian, Caucasian, Afghan and Southeast Asian languages (Igbo, Tigrinya, Hausa,
 * Lingala, Kinyarwanda, Pashto, Dari, Kurdish, Georgian, Armenian, Kazakh, Kyrgyz, Uzbek,
 * Azerbaijani, Mongolian, Vietnamese, Malay, Turkish), dates written year first with a
 * year word ("1998 yil 19 iyul"), Solar Hijri months in Latin and Arabic letters, a Korean
 * two-digit year, and "the 3rd of June". Other dates in these languages stay unread.
 * Each value is made up.
 */
const classifier = createClassifier();

function births(text: string): string[] {
  return classifier
    .classify(text, { channel: 'dm' })
    .entities.filter((e) => e.type === 'DATE_OF_BIRTH')
    .map((e) => text.slice(e.start, e.end));
}

describe('dates of birth, round 15 second wave', () => {
  it.each([
    // Igbo: a Gregorian month in Igbo spelling, or figures.
    ['Ụbọchị ọmụmụ m bụ 14 Julaị 1971, biko nyere m aka', '14 Julaị 1971'],
    ['nna m, ụbọchị ọmụmụ ya 08/02/1948, chọrọ ego ya', '08/02/1948'],
    // Tigrinya.
    ['ዕለት ልደታ 17/06/1961 እዩ', '17/06/1961'],
    ['ዕለት ልደተይ 2/9/1984', '2/9/1984'],
    // Hausa, with the possessive glued on; Arabic-Indic figures.
    ['ranar haihuwarsa 11/10/1957, don Allah', '11/10/1957'],
    ['ranar haihuwata ١٥/٠٢/١٩٨٨', '١٥/٠٢/١٩٨٨'],
    // Lingala, Kinyarwanda.
    ['nabotamaki 09/12/1979 kasi nakoki te', '09/12/1979'],
    ["itariki y'amavuko 4 Gicurasi 1990", '4 Gicurasi 1990'],
    // Pashto: Gregorian figures, and a Solar Hijri month in Arabic letters.
    ['زما د زیږیدو نیټه 1987/11/03 ده', '1987/11/03'],
    ['د زیږون نیټه ۱۲ حمل ۱۳۵۰', '۱۲ حمل ۱۳۵۰'],
    // Dari and Finglish, the Solar Hijri month in Latin letters.
    ['Tawalud-e padaram 3 Jawza 1322 ast', '3 Jawza 1322'],
    ['tarikh tavalod 21 Mehr 1361', '21 Mehr 1361'],
    // Kurdish Kurmanji, with the "-ê" of a date.
    ['dîroka jidayikbûnê 3ê Gulanê 1984', '3ê Gulanê 1984'],
    ['roja jidayikbûna min 30 Cotmeh 1979', '30 Cotmeh 1979'],
    // Georgian and Armenian, year first.
    ['დავიბადე 1986 წლის 12 მარტს', '1986 წლის 12 მარტს'],
    ['ծնվել եմ 1977 թ. հոկտեմբերի 5', '1977 թ. հոկտեմբերի 5'],
    // Kazakh, Kyrgyz, Uzbek, Azerbaijani: figures, or year, year word, day, month.
    ['туған күнім 1992 жылы 7 наурыз', '1992 жылы 7 наурыз'],
    ['туылған күні 19.04.1965', '19.04.1965'],
    ['туулган күнүм 1989-жылы 3-май', '1989-жылы 3-май'],
    ['tugʻilgan kunim 1995-yil 25-dekabr', '1995-yil 25-dekabr'],
    ['doğum tarixi 1983-cü il 2 avqust', '1983-cü il 2 avqust'],
    // Mongolian, year first with dots.
    ['төрсөн огноо 1970.01.30', '1970.01.30'],
    // Turkish and Malay months after a birth word.
    ['doğum tarihim 18 Eylul 1976', '18 Eylul 1976'],
    ['tarikh lahir 6 Ogos 1982', '6 Ogos 1982'],
    // Korean two-digit year, with or without a space before the particle.
    ['제 생일은 91년 11월 2일입니다', '91년 11월 2일'],
    ['생일 78년 6월 30일', '78년 6월 30일'],
    // Vietnamese: the label starts at "ngày" when it is written.
    ['bố tôi sinh ngày 5 tháng 12 năm 1950', 'ngày 5 tháng 12 năm 1950'],
    ['ngày sinh: 14 tháng 2, năm 1988', '14 tháng 2, năm 1988'],
    // English: "the" belongs to the ordinal date.
    ['DOB is the 21st of March, 1969, thanks', 'the 21st of March, 1969'],
    ['my birthday is the 2nd of May 1958', 'the 2nd of May 1958'],
    // After "on" the date starts at the day.
    ['I was born on the 2nd of May 1958', '2nd of May 1958'],
  ])('%j', (text, date) => {
    expect(births(text)).toEqual([date]);
  });

  it.each([
    // Payment, admission and deposit dates in the same languages, with no birth word.
    ['Akwụrụ m ụgwọ na 3 Disemba 2024, ego ahụ abịabeghị'],
    ['ranar biya 05/03/2025 amma ban ga kudi ba'],
    ['Mokolo ya kofuta 21/04/2025, mbongo ekoti te'],
    ['Pool ra 12 Hamal 1403 wariz kardam'],
    ['pareyê min 12ê Adarê 2025 hat şandin'],
    ['თანხა ჩაირიცხა 2024 წლის 4 აპრილს'],
    ['ақша 2024 жылы 2 қараша түсті'],
    ['pul 2025 yil 19 iyul kuni tushdi'],
    ['мөнгө 2024.08.23 шилжүүлсэн'],
    ['mẹ tôi nhập viện ngày 2 tháng 9 năm 2024'],
    ['85년 3월 9일에 입금했어요'],
    ['the payment on the 3rd of June 2024 never arrived'],
    // A Japanese era keeps its own reading before a two-digit year.
    ['昭和と85年3月9日の振込'],
  ])('%j', (text) => {
    expect(births(text)).toEqual([]);
  });

  it.each([
    ['母（平成12年4月8日生まれ）の口座', '平成12年4月8日'],
    ['生年月日は昭和58年7月7日です', '昭和58年7月7日'],
  ])('keeps a Japanese era with its date: %j', (text, date) => {
    expect(births(text)).toEqual([date]);
  });
});
