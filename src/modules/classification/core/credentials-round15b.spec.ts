import { found } from '../../../../test/classification/entities-found';

/**
 * Credentials, second wave: the words for password, PIN, one-time code and username in
 * Central Asian, Caucasian, African and Southeast Asian languages, with their possessive
 * and case forms and the filler words between a keyword and its value (Vietnamese "of the
 * app", Yoruba "my", Oromo "his"); words of another script closed by ":"; a one-time code
 * of letters and digits with a dash, or of six digits in uneven or spaced groups; and the
 * numbers that are no secret: an amount with its currency, a card's last digits told
 * after "ends". Values are fake.
 */

const credentials = (text: string): string[] =>
  found(text, 'chat')
    .filter(([type]) => type === 'CREDENTIAL')
    .map(([, value]) => value);

describe('passwords and usernames in more languages', () => {
  it.each([
    ['mật khẩu ngân hàng của tôi là Hoa#2290 mà không vào được', ['Hoa#2290']],
    ['mật khẩu ứng dụng là Minh_1985! tên đăng nhập minhtran85', ['Minh_1985!', 'minhtran85']],
    ['Пароль от банка: Sergei_7781, логин s.petrov84', ['Sergei_7781', 's.petrov84']],
    ['orúkọ olùmúlò mi ni bisi.ade, ọ̀rọ̀ aṣínà mi ni Ibadan@77', ['bisi.ade', 'Ibadan@77']],
    ['parolingiz Samarqand#55 emas, parolim Buxoro2024!', ['Samarqand#55', 'Buxoro2024!']],
    ['миний нууц үг Darkhan@2021 ажиллахгүй', ['Darkhan@2021']],
    ['құпия сөзім Almaty#2019 қате деп тұр', ['Almaty#2019']],
  ])('reads the values: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });

  it.each([
    ['mật khẩu ứng dụng bị khóa rồi, giúp tôi với'],
    ['parolimni unutdim, qanday tiklayman?'],
    ['миний нууц үг ажиллахгүй байна'],
    ['şifremi bu sabah değiştirdim ama olmadı'],
    ['ọ̀rọ̀ aṣínà mi kò ṣiṣẹ́ mọ́'],
  ])('reads nothing: %j', (text) => {
    expect(credentials(text)).toEqual([]);
  });
});

describe('PINs and one-time codes in more languages', () => {
  it.each([
    ['ናይ ባንክ ካርደይ ፒን 5081 ኣይሰርሕን', ['5081']],
    ['nọmba nzuzo m 4417 anaghị arụ ọrụ', ['4417']],
    ['namni tokko PIN koo 7725 gaafate', ['7725']],
    ['PIN ist 3 9 1 6 und geht nicht', ['3 9 1 6']],
    ['the one time passcode K4T-9RB keeps failing', ['K4T-9RB']],
    ['мошенник узнал код из СМС 7301 92 и всё', ['7301 92']],
    ['SMS кодты 5 0 3 8 1 7 айтып қойдым', ['5 0 3 8 1 7']],
    ['SMS kodni 417 306 aytib qo‘ydim', ['417 306']],
  ])('reads the values: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });
});

describe('numbers that are no secret', () => {
  it.each([
    ['PIN ist 4 7 1 9, aber Karte endet 6620 und der Automat sagt nein', ['4 7 1 9']],
    ['SMS кодты 6 2 0 4 1 9 бердім, шоттан 420 000 теңге кетті', ['6 2 0 4 1 9']],
    ['PIN isaa 6120 gaafatan, 180 000 FCFA ba’eera', ['6120']],
    ['password Eagle$905 stopped working', ['Eagle$905']],
  ])('reads only the secret: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });
});
