import { found } from '../../../../test/classification/entities-found';

/**
 * Credentials in more languages and layouts: the words for password, PIN, username and
 * security answer in Amharic, Somali, Czech and Slovak, Dutch, Ukrainian, Indonesian and
 * Haitian Creole, with their possessive and inflected forms; "psw"; a username's password
 * introduced by "tried"; a security answer named by what it recovers; and the filler
 * words of Arabizi and Hindi/Urdu in Latin letters, which are no values. A password named
 * without its value stays unread. Values are fake.
 */

const credentials = (text: string): string[] =>
  found(text, 'chat')
    .filter(([type]) => type === 'CREDENTIAL')
    .map(([, value]) => value);

describe('password and username words in more languages', () => {
  it.each([
    ['የይለፍ ቃሌ Abebe#2011 አይሰራም፣ username hanna.t', ['Abebe#2011', 'hanna.t']],
    ['sirtayda waa Hargeisa77! mana shaqaynayso', ['Hargeisa77!']],
    ['sirtaada cusub waa Berbera#19', ['Berbera#19']],
    ['sirta cusub ee aan dejiyay Kismayo@2023 ma furmayso', ['Kismayo@2023']],
    ['moje heslo je stále Praha#1990 a nefunguje', ['Praha#1990']],
    ['heslo Brno_2019! a jméno pkral.ostrava, nejde přihlášení', ['Brno_2019!', 'pkral.ostrava']],
    ['Gebruikersnaam jdevries_80, wachtwoord was Molen!Zaan12', ['jdevries_80', 'Molen!Zaan12']],
    ['mijn wachtwoord is Gouda#2021 maar het werkt niet', ['Gouda#2021']],
    ['пароль Lviv_Kava2020, логін taras.m — не пускає', ['Lviv_Kava2020', 'taras.m']],
    [
      'password mobile banking saya Kenanga#551 tapi gagal terus, user id budi.santoso7. Mohon bantu',
      ['Kenanga#551', 'budi.santoso7'],
    ],
    ['kata sandi saya adalah Rambutan88! dan tidak bisa masuk', ['Rambutan88!']],
    [
      'Non itilizatè a se rose.m epi ansyen modpas la te Jakmel2018!. Ede m',
      ['rose.m', 'Jakmel2018!'],
    ],
  ])('reads the values: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });

  it.each([
    ['my password doesnt work since the update'],
    ['forgot my heslo, can you reset it'],
    ['wachtwoord vergeten, kunt u mij helpen?'],
    ['sirtayda ma shaqaynayso, sidee baan u bedelaa'],
    ['jméno Karel Novák, prosím o pomoc s účtem'],
    ['пароль не підходить, логін теж'],
    ['my password online banking stopped working yesterday'],
    ['mi clave te la mando luego por correo'],
  ])('reads nothing: %j', (text) => {
    expect(credentials(text)).toEqual([]);
  });
});

describe('abbreviations and layouts', () => {
  it.each([
    ['its me again. psw Gr3yW0lf!! still not working', ['Gr3yW0lf!!']],
    ['user: tcarver_home tried Daisy#1999 and it failed', ['tcarver_home', 'Daisy#1999']],
    ['username jlo.88 typed in Maple!2022 three times', ['jlo.88', 'Maple!2022']],
    ['my recovery answer was Lisbon (where we married) but it says wrong', ['Lisbon']],
    ['account recovery answer is Pepper', ['Pepper']],
  ])('reads the values: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });

  it.each([
    ['user: tcarver_home tried everything, please unlock'],
    ['my recovery answer was wrong apparently'],
    ['psw reset link expired'],
  ])('reads nothing: %j', (text) => {
    expect(credentials(text)).toEqual([]);
  });
});

describe('filler words are no values', () => {
  it.each([
    ['el password beta3i Nile2023!! w el username omar.h mesh shaghal', ['Nile2023!!', 'omar.h']],
    ['el password bta3i Alex#99 mesh nafe3', ['Alex#99']],
    ['mera password Lahore@92 hai, user ahmed_r92, login nahi ho raha', ['Lahore@92', 'ahmed_r92']],
  ])('reads the values: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });

  it.each([
    ['login nahi ho raha hai'],
    ['login hai ya nahi pata nahi'],
    ['password beta3i mesh shaghal'],
  ])('reads nothing: %j', (text) => {
    expect(credentials(text)).toEqual([]);
  });
});
