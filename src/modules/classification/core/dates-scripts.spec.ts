import { found } from '../../../../test/classification/entities-found';

/**
 * Birth dates written the way other scripts and languages write dates (CJK and
 * Korean year-month-day markers, Japanese eras, Thai months with Buddhist-era
 * years, Spanish short years, Italian, Portuguese, German and Polish months), and
 * dates given to prove who one is with no birth word. Values are fake; offsets
 * are checked by slicing the text as received.
 */

function birthDates(text: string): string[] {
  return found(text)
    .filter(([type]) => type === 'DATE_OF_BIRTH')
    .map(([, value]) => value);
}

describe('dates marked with year, month and day', () => {
  it.each([
    ['生年月日は1977年10月9日です。よろしくお願いします', '1977年10月9日'],
    // Full-width digits, as a Japanese keyboard types them.
    ['生年月日：１９６８年１２月２０日', '１９６８年１２月２０日'],
    ['口座の確認です、誕生日は2001年5月17日です', '2001年5月17日'],
    ['出生日期 1959年11月3日', '1959年11月3日'],
    ['身份证丢了，生日1983年2月25日', '1983年2月25日'],
    // Chinese says the day with 号 too.
    ['出生日期：1990年6月8号', '1990年6月8号'],
    ['DOB 1966年4月12日、よろしく', '1966年4月12日'],
    ['date of birth 1999年6月30日, thanks', '1999年6月30日'],
    ['생일은 1990년 1월 2일 입니다', '1990년 1월 2일'],
  ])('after a birth word: %j', (text, date) => {
    expect(birthDates(text)).toEqual([date]);
  });

  it.each([
    // The birth word inside a run of text, where the cue scanner starts no cue.
    ['我的生日是1988年12月1日，请帮我查一下', '1988年12月1日'],
    ['私の誕生日は1979年3月21日です', '1979年3月21日'],
    // After the date: "born".
    ['1992年8月8日生，上海人', '1992年8月8日'],
    ['1974年2月5日生まれです', '1974年2月5日'],
    ['1985년 3월 14일생 입니다', '1985년 3월 14일'],
  ])('with a birth word glued on: %j', (text, date) => {
    expect(birthDates(text)).toEqual([date]);
  });

  it.each([
    ['生年月日は昭和58年7月7日です', '昭和58年7月7日'],
    ['私の誕生日は平成元年4月30日です', '平成元年4月30日'],
  ])('in a Japanese era: %j', (text, date) => {
    expect(birthDates(text)).toEqual([date]);
  });

  it.each([
    // Dates of a transfer, a payment, an accident, a renewal.
    '我在2023年5月1日转账了5000元，还没到账',
    '2022年11月3日に振り込みました。まだ届いていません',
    '付款日期2024年3月1日，请确认',
    '事故は2021年8月3日に起きました',
    '保険の更新日は2025年4月1日です',
    '本合同自1998年1月1日生效',
    '생활비 2023년 5월 1일에 보냈어요',
    // No such day.
    '生年月日は1985年2月30日',
  ])('no birth date: %j', (text) => {
    expect(birthDates(text)).toEqual([]);
  });
});

describe('Thai dates', () => {
  it.each([
    // Thai digits, a Thai month, a Buddhist-era year (2530 is 1987).
    ['วันเกิดของฉัน ๒๒ สิงหาคม ๒๕๓๐ ค่ะ', '๒๒ สิงหาคม ๒๕๓๐'],
    // An abbreviated month, a Gregorian year.
    ['วันเดือนปีเกิด 9 ธ.ค. 1985', '9 ธ.ค. 1985'],
    ['ดิฉันเกิดวันที่ 17 พ.ย. พ.ศ. 2528', '17 พ.ย. พ.ศ. 2528'],
  ])('%j', (text, date) => {
    expect(birthDates(text)).toEqual([date]);
  });

  it.each([
    // "เกิด" alone also says something happened.
    'เกิดเหตุ 5 มีนาคม 2567 รถชนกัน',
    'เหตุเกิดวันที่ 5 มีนาคม 2567',
    'โอนเงินวันที่ 12 มกราคม 2567 แล้วยังไม่เข้า',
    // No such day (2544 is 2001, not a leap year).
    'วันเกิด 29 กุมภาพันธ์ 2544',
  ])('no birth date: %j', (text) => {
    expect(birthDates(text)).toEqual([]);
  });
});

describe('birth dates in more languages', () => {
  it.each([
    // Spanish: a two-digit year after "del".
    ['mi fecha de nacimiento es el 21 de mayo del 83', '21 de mayo del 83'],
    ['fecha de nacimiento: once de junio del 77', 'once de junio del 77'],
    ['data di nascita 12/07/1958, grazie', '12/07/1958'],
    ['nata il 3 maggio 1960', '3 maggio 1960'],
    ['data de nascimento: 5 de setembro de 1970', '5 de setembro de 1970'],
    ['Geburtsdatum 14. März 1985', '14. März 1985'],
    ['data urodzenia 6 października 1979', '6 października 1979'],
  ])('%j', (text, date) => {
    expect(birthDates(text)).toEqual([date]);
  });

  it.each([
    // "del" with no birth word, and a short year that is no adult's.
    'el pago del 3 de octubre del 79 no aparece',
    'fecha de nacimiento del bebé: el 3 de octubre del 24',
  ])('no birth date: %j', (text) => {
    expect(birthDates(text)).toEqual([]);
  });
});

describe('dates given to prove who one is', () => {
  it.each([
    ['Confirming my identity for the account: Feb 11 1964, zip 40212', 'Feb 11 1964'],
    ['to verify my identity: 7/19/1981', '7/19/1981'],
    ['its 02-27-1990 and the last four 5521 if you need to verify me', '02-27-1990'],
  ])('%j', (text, date) => {
    expect(birthDates(text)).toEqual([date]);
  });

  it.each([
    // Dates that are no adult's birth: a payment, a renewal.
    'verify me please, I paid on 03/04/2024',
    'renewal was 04/01/2025 and you still want to verify me?',
    // In another sentence.
    'I opened it 06/12/1999 at the branch. Now you want to verify me again',
  ])('no birth date: %j', (text) => {
    expect(birthDates(text)).toEqual([]);
  });
});
