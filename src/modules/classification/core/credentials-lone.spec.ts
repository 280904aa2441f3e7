import { found } from '../../../../test/classification/entities-found';

/**
 * A username is a credential only when its password, passcode or PIN is read
 * in the same post, whether a rule or the credential model read the username;
 * a security answer is no password for this. A username is one token: a
 * quoted phrase, or what follows "login to" (a purpose), is none. Values are fake.
 */

const credentials = (text: string): string[] =>
  found(text, 'chat')
    .filter(([type]) => type === 'CREDENTIAL')
    .map(([, value]) => value);

describe('usernames alone and usernames beside their secret', () => {
  it.each([
    // The model's reading, after its keyword or before it, with no secret's value in the post.
    ['ok so my handle is tomfenwick_41 thats my user id. password already reset', []],
    ['Changed the pin last week. Username still brennan_k63', []],
    ['forgot my password again, username is quillon.r58', []],
    // A security answer is read, but it is no password.
    [
      "I updated my security answer to Uncle Morty's barn. Username remains pvasquez_19",
      ["Uncle Morty's barn"],
    ],
  ])('reads no lone username: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });

  it.each([
    ['username stays lbarrow_27 and password is Heron#5521', ['lbarrow_27', 'Heron#5521']],
    ['my login is tfenner88 and password Dockside!42', ['tfenner88', 'Dockside!42']],
    ['Username qmarlow_64, pw Juniper$903', ['qmarlow_64', 'Juniper$903']],
  ])('reads a username beside its password: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });

  it.each([
    [
      'They wanted my online banking login to "verify my payroll". I sent username kpruitt.09 and password Lantern#62',
      ['kpruitt.09', 'Lantern#62'],
    ],
    [
      'the caller needed my login to unlock the refund. gave him username ojarvis_5 and password Copper!81',
      ['ojarvis_5', 'Copper!81'],
    ],
    ['my username is "big blue fan" and password Marlin#208', ['Marlin#208']],
    [
      'they asked for my login for "payroll setup", I gave username hdelano_3 and password Osprey!57',
      ['hdelano_3', 'Osprey!57'],
    ],
    // A value set through "to" is one.
    [
      'changed my username to vkettle_72 and my password to Bramble#40',
      ['vkettle_72', 'Bramble#40'],
    ],
  ])('reads no purpose or phrase as a username: %j', (text, values) => {
    expect(credentials(text)).toEqual(values);
  });
});
