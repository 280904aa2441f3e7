import { createClassifier } from './classifier';

/** E-mail addresses written with a bracketed "at" or "@" to dodge filters. Each value is made up. */
const classifier = createClassifier();
const emailsIn = (text: string): string[] =>
  classifier
    .classify(text, { channel: 'dm', visibility: 'private' })
    .entities.filter((e) => e.type === 'EMAIL')
    .map((e) => text.slice(e.start, e.end));

describe('bracketed "at" before a webmail domain', () => {
  it.each([
    [
      'email on file should be r.castellano.usmc (at) proton.me not the old one',
      'r.castellano.usmc (at) proton.me',
    ],
    ['my email is tovah {at} outlook.com', 'tovah {at} outlook.com'],
    ['new email: mel.okafor [at] protonmail.com', 'mel.okafor [at] protonmail.com'],
    ['send it to dwightbell(@)gmail.com please', 'dwightbell(@)gmail.com'],
    ['statements to kiana.p (@) yahoo.com', 'kiana.p (@) yahoo.com'],
  ])('%j', (text, value) => {
    expect(emailsIn(text)).toEqual([value]);
  });

  it.each([
    ['I was at gmail.com support page for an hour'],
    ['meet me (at) noon by the branch'],
    ['write to us at info(@)harborline.example'],
  ])('reads no address of the customer in %j', (text) => {
    expect(emailsIn(text)).toEqual([]);
  });
});
