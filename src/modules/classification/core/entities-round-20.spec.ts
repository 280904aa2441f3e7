import { found } from '../../../../test/classification/entities-found';

/**
 * Round 20: US customers' posts. A routing number named after it though an account cue
 * came before; the caller's, the seller's and the landlord's contact points; a security
 * answer after a quoted question joined by "to" or "for"; an adverb between a secret's
 * link word and the secret; brackets around a whole phone number. Values are made up;
 * offsets are checked by slicing the text as received.
 */

describe('a routing number named after it, past an account cue', () => {
  it.each([
    ['so payroll said is 122000661 the right routing # for my account?', '122000661'],
    ['my paycheck stub shows 031176110 is that the routing no?', '031176110'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['ROUTING_NUMBER', value]]);
  });

  it('an account cue tied to the number still names it', () => {
    expect(found('payroll to 1002384471 please, routing 322271627')).toEqual([
      ['BANK_ACCOUNT', '1002384471'],
      ['ROUTING_NUMBER', '322271627'],
    ]);
  });
});

describe("someone else's phone or email", () => {
  it.each([
    [
      'I sent $400 on Zelle to someone selling concert tickets and they blocked me. Their number was 786-555-0142',
    ],
    ['paid a guy for a couch on marketplace, his phone was 305 555 0198, now nothing'],
    ['got a call from "fraud prevention" (number was 512-555-0165) asking for my code'],
    ['received a text from the "bank" (the number is 737-555-0123) with a link'],
    ['the landlord email is leasing@oakcourtapts.com if you need to send the letter'],
    ['my attorney email is jdoe@doelaw.com, she will call you'],
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['call my mom instead, her number is 786-555-0142', '786-555-0142'],
    ['please call me (number is 512-555-0165)', '512-555-0165'],
    ['my school email is jdoe21@ucf.edu', 'jdoe21@ucf.edu'],
  ])('the customer’s own stays: %j', (text, value) => {
    expect(found(text).map(([, v]) => v)).toEqual([value]);
  });
});

describe('a security answer after a quoted question joined by "to" or "for"', () => {
  it.each([
    ['my answer to "city you were born in" is Tegucigalpa', 'Tegucigalpa'],
    ['the answer for "first pet" is Biscuit', 'Biscuit'],
    ['my answer to the question "mothers maiden name" was Dayton', 'Dayton'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['CREDENTIAL', value]]);
  });

  it('a question about an answer is no secret', () => {
    expect(found('is there an answer to "why is the app so slow"')).toEqual([]);
  });
});

describe('an adverb between the link word and the secret', () => {
  it.each([
    ['the security answer was definitely Rover', 'Rover'],
    ['my pin is still 4471', '4471'],
    ['the password is probably Tigers#1fan', 'Tigers#1fan'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['CREDENTIAL', value]]);
  });

  it.each([['my password is still not working'], ['the pin is always the problem with this app']])(
    'no secret follows: %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('brackets around a phone number', () => {
  it.each([
    ['call me back at my cell (512-555-0165)', '512-555-0165'],
    ['call me back at my cell (512) 555-0165', '(512) 555-0165'],
    ['my cell is +1 (512) 555-0165', '+1 (512) 555-0165'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['PHONE', value]]);
  });
});
