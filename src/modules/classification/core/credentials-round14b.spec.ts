import { found } from '../../../../test/classification/entities-found';

/**
 * Credentials as young and elderly customers write them: romanised keywords with their
 * possessives (Arabizi, Finglish, Russian and Greek in Latin letters), a login's username
 * then its password with no password keyword, an adjective between a username and its
 * password keyword, PINs told by what was done with them, security answers in lower case
 * or as guesses, and what is no secret (a money amount, "pass this along", Arabizi words).
 * Values are fake.
 */

const credentials = (text: string): string[] =>
  found(text, 'chat')
    .filter(([type]) => type === 'CREDENTIAL')
    .map(([, value]) => value);

describe('romanised keywords and their possessives', () => {
  it.each([
    ['el password taba3i Sahtein#77 w ma ba3ref shu sar', ['Sahtein#77']],
    ['el password tb3i Zaatar2019! ma 3am yemshi', ['Zaatar2019!']],
    ['el password mte3i Tounes@123 w ma ye5dem', ['Tounes@123']],
    ['password man Golnar1370 kar nemikone', ['Golnar1370']],
    ['passwordam Shiraz#88 bood vali kar nemikone', ['Shiraz#88']],
    ["moy login vanya_ps parol' Spartak1922msk, ne rabotaet", ['vanya_ps', 'Spartak1922msk']],
    ['moy parol Kotik2008 ne podkhodit', ['Kotik2008']],
    ['o kodikos mou einai Thessaloniki#4 kai den douleuei', ['Thessaloniki#4']],
    ['kwdikos Pagoto2022 den ton dexetai', ['Pagoto2022']],
  ])('reads the secret: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });
});

describe('a login, its username, then its password', () => {
  it.each([
    [
      'a fake support page got my bank login maddy.r SunnyDays7! what now',
      ['maddy.r', 'SunnyDays7!'],
    ],
    ['i typed my login k_ortega Tacos#2020 into that link', ['k_ortega', 'Tacos#2020']],
  ])('reads both: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });

  it.each([['my login page keeps crashing lol'], ['my login stopped working Monday']])(
    'reads nothing: %j',
    (text) => {
      expect(credentials(text)).toEqual([]);
    },
  );
});

describe('an adjective between a username and its password keyword', () => {
  it.each([
    ['username walterq, old password Quincy1938', ['walterq', 'Quincy1938']],
    ['user name marge.d and new password Daisy#1950', ['marge.d', 'Daisy#1950']],
    ['username haroldp, temporary password Temp4471x', ['haroldp', 'Temp4471x']],
  ])('reads both: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });
});

describe('PINs told by what was done with them', () => {
  it.each([
    ['they said reply with my pin so i sent 8264 omg', ['8264']],
    ['asked for my pin and i texted 7301 back', ['7301']],
    ['my old pin is 3579 and I want new one 8642', ['3579', '8642']],
    ['old pin 1122, the new one 3344 please', ['1122', '3344']],
  ])('reads the PINs: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });
});

describe('security answers', () => {
  it.each([
    ['my security answer is roosevelt elementary and it says wrong', ['roosevelt elementary']],
    [
      'I forgot my security answer. I think it is Pepper (our old cat) or maybe Whiskers.',
      ['Pepper', 'Whiskers'],
    ],
    ["Forgot my security answer. I think it's Rocky or maybe Duke. Please help", ['Rocky', 'Duke']],
  ])('reads the answers: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });
});

describe('no secret', () => {
  it.each([
    ['they took $15/mo for "maintenance" even though my password was fine'],
    ['pass this along to whoever handles complaints please'],
    ['please pass it on to the manager, my mother is upset'],
    ['7ada 3mel login 3al account tb3i, hala2 ma fini fut'],
  ])('reads nothing: %j', (text) => {
    expect(credentials(text)).toEqual([]);
  });
});
