import { found } from '../../../../test/classification/entities-found';

/**
 * Credentials in more languages and layouts: a password with its username
 * (Vietnamese, Tagalog), a password after words of another script (Arabic,
 * Russian), card codes, one-time codes in words of many languages and digits
 * spaced out, a security answer in brackets after its question, a code told
 * in the next sentence. Values are fake.
 */

const credentials = (text: string): string[] =>
  found(text)
    .filter(([type]) => type === 'CREDENTIAL')
    .map(([, value]) => value);

describe('credentials in more languages', () => {
  it.each([
    // Old (cũ), is (là); a username is read beside its password.
    [
      'Mật khẩu cũ là sen@hong42, tên đăng nhập hongsen_vn. Em quên rồi',
      ['sen@hong42', 'hongsen_vn'],
    ],
    ['mã PIN của tôi là 7306', ['7306']],
    // Tagalog "my" (ko), the polite "po", "and" (at), "is" (ay).
    [
      'Yung password ko po Davao2019$ at username mark_tn44, locked na po',
      ['Davao2019$', 'mark_tn44'],
    ],
    ['ang password ko ay Bulacan#88', ['Bulacan#88']],
    // "and" glued on; "of the bank" between the keyword and the value.
    ['وكلمة السر تبع البنك Aswan#2002. مش قادر أدخل', ['Aswan#2002']],
    ['пароль от приложения Volga!77', ['Volga!77']],
  ])('reads the secret: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });

  it.each([
    ['再発行：セキュリティコード ６０４', '６０４'],
    ['보안코드 519', '519'],
    // Turkish: asked for "the three digits on the back of my card", then "I said: 592".
    ['kartımın arkasındaki üç haneyi sordular. Söyledim: 592.', '592'],
  ])('reads the card code: %j', (text, code) => {
    expect(credentials(text)).toEqual([code]);
  });

  it.each([
    ['Bonjou, kòd la se 3 0 7 5 5 2, mwen jis resevwa l', '3 0 7 5 5 2'],
    ['le code de vérification est 583107', '583107'],
    ['o código de verificação é 724915', '724915'],
    ['验证码 660142', '660142'],
  ])('reads the one-time code: %j', (text, code) => {
    expect(credentials(text)).toEqual([code]);
  });

  it.each([
    ['ya respondí la pregunta de seguridad (Tulancingo) y nada', 'Tulancingo'],
    ["j'ai répondu à la question secrète (Marseille) mais ça bloque", 'Marseille'],
    // The brackets hold the question when its answer follows.
    ['my security question (First Pet) is Rex', 'Rex'],
    // A name's, then what of theirs, closing the clause.
    ["new security answer is Uncle Tomas's barn. thanks", "Uncle Tomas's barn"],
    ["security answer is Grandpa's farm", "Grandpa's farm"],
    ["the answer is Rex's bowl is what i said", "Rex's"],
  ])('reads the security answer: %j', (text, answer) => {
    expect(credentials(text)).toEqual([answer]);
  });

  it.each([
    // A username alone is no credential.
    ['tên đăng nhập là hongsen_vn mà không vào được'],
    // Postal codes.
    ['mon code postal est 75011'],
    ['kod pocztowy to 00-950'],
    // After words of another script only a value of ASCII with a digit.
    ['비밀번호 바꿨는데 2024년 3월부터 안돼요'],
    ['пароль должен быть не менее 8 символов'],
    // Spanish "la" is passed over, not a link word.
    ['mi clave la cambié ayer'],
    // A remark or a question in brackets is no answer.
    ['la pregunta de seguridad (la del perro) no la recuerdo'],
    ['security question (What city?) answered wrong'],
    ['I answered the security question (twice) and still locked'],
  ])('reads no credential: %j', (text) => {
    expect(credentials(text)).toEqual([]);
  });
});
