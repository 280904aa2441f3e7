import { found } from '../../../../test/classification/entities-found';

/**
 * Values written the way speech-to-text writes them: an address said word by
 * word ("… at sign yahoo dot com"), a short secret said in digit words after
 * its cue, a phone number said in words with its dashes, and a date of birth
 * with a blank around each slash. Values are fake.
 */

const of = (type: string, text: string): string[] =>
  found(text, 'dm')
    .filter(([t]) => t === type)
    .map(([, value]) => value);

describe('email addresses dictated', () => {
  it.each([
    [
      'ok my email is marta dot lindqvist thirty one at sign yahoo dot com send it there',
      'marta dot lindqvist thirty one at sign yahoo dot com',
    ],
    [
      'email is tallguy underscore plumbing at sign gmail dot com and the rest is fine',
      'tallguy underscore plumbing at sign gmail dot com',
    ],
    ['email auntie rae 1957 at sign att dot net no spaces', 'auntie rae 1957 at sign att dot net'],
    [
      'my e-mail: bo dash renner at sign outlook dot com thanks',
      'bo dash renner at sign outlook dot com',
    ],
    [
      'el correo es lupita dot mares at sign hotmail dot com gracias',
      'lupita dot mares at sign hotmail dot com',
    ],
    // No cue: "at sign" before a webmail provider, the last word and those joined to it.
    [
      'send it to dale underscore k at sign gmail dot com please',
      'dale underscore k at sign gmail dot com',
    ],
  ])('reads %j', (text, value) => {
    expect(of('EMAIL', text)).toEqual([value]);
  });

  it.each([
    // A handle, no domain.
    'hey siri post to twitter at sign summitbank you held my deposit',
    // "at" and "dot" in a sentence, no cue and no "at sign".
    'we met at noon dot then left',
    // No top-level domain after the domain label.
    'my email is pat at sign gmail and thats it',
  ])('reads no address in %j', (text) => {
    expect(of('EMAIL', text)).toEqual([]);
  });
});

describe('secrets said in digit words after their cue', () => {
  it.each([
    [
      'they called and i read them the code seven one one four two nine right away',
      'seven one one four two nine',
    ],
    ['card is fine but cvv six zero two i think', 'six zero two'],
    ['the code is five eight three three one zero', 'five eight three three one zero'],
  ])('reads %j', (text, value) => {
    expect(of('CREDENTIAL', text)).toEqual([value]);
  });

  it.each(['my area code five one five changed', 'zip code nine one two'])(
    'reads no secret in %j',
    (text) => {
      expect(of('CREDENTIAL', text)).toEqual([]);
    },
  );
});

describe('phone numbers said in words with dashes', () => {
  it.each([
    [
      'number is four one two dash five five five dash zero one three six dash call me after six',
      'four one two dash five five five dash zero one three six',
    ],
    [
      'call me at three one two dash five five five dash zero one nine nine thanks',
      'three one two dash five five five dash zero one nine nine',
    ],
  ])('reads %j', (text, value) => {
    expect(of('PHONE', text)).toEqual([value]);
  });
});

describe('dates of birth with a blank around each slash', () => {
  it.each([
    ['policy AX-55120-210 dob 4 / 17 / 1979 need a new card', '4 / 17 / 1979'],
    ['my date of birth is 11 / 2 / 1964', '11 / 2 / 1964'],
  ])('reads %j', (text, value) => {
    expect(of('DATE_OF_BIRTH', text)).toEqual([value]);
  });

  it.each(['we split it 1 / 2 / 3 ways', 'dob is on file, ratio 3 / 4 / 12'])(
    'reads no date in %j',
    (text) => {
      expect(of('DATE_OF_BIRTH', text)).toEqual([]);
    },
  );
});
