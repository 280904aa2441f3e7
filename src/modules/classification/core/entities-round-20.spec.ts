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

describe('round 20, second half: the UK, Ireland, Australia, New Zealand and Canada', () => {
  it.each([
    ['please move my standing order from 40918822 to my savings', '40918822'],
    ['the standing order to 71203385 (my ISA) never went out', '71203385'],
    ['direct debit from 66120947 for the gym went out twice', '66120947'],
    ['my wages are paid into 52018836 every Friday', '52018836'],
    ['mem no 30917, can I top up my loan?', '30917'],
    ['what rate will my term deposit roll over at? TD no TD-0071139', 'TD-0071139'],
  ])(
    'an account named by a standing order, a direct debit, wages, a member or a term deposit: %j',
    (text, value) => {
      expect(found(text)).toEqual([['BANK_ACCOUNT', value]]);
    },
  );

  it.each([
    [
      'I live at 9 Beach Road, Manly NSW 2095 now. Please update it',
      '9 Beach Road, Manly NSW 2095',
    ],
    [
      'my address is Flat 2/1, 40 Byres Road, Glasgow G12 8AB I moved in May',
      'Flat 2/1, 40 Byres Road, Glasgow G12 8AB',
    ],
  ])('an address ends at its postcode, before the sentence goes on: %j', (text, value) => {
    expect(found(text)).toEqual([['ADDRESS', value]]);
  });

  it('a "+61" mobile is no business number', () => {
    expect(found('my phone is +61 412 771 093 while I am overseas')).toEqual([
      ['PHONE', '+61 412 771 093'],
    ]);
  });

  it.each([
    ["the payment to my tradie, he's 0432 118 207 if you need to ring him"],
    ['the electrician gave me his number 07700 900311 and his bank details'],
    ['the plumber your insurer sent (number 07700 900518) never came'],
    ['the tradie who fixed the roof is Mick 0411 902 337 if you want his quote'],
    ['the man who rang me was on +44 20 7946 0112 and said he was from you'],
    ['Someone called pretending to be the bank, number was 0161 496 0224, knew my address'],
    ['lol "call us on 0345 734 5345" I would if anyone answered'],
  ])("a tradesperson's, a caller's or the institution's number: %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Mum is with me. Ring us on 07700 900662', '07700 900662'],
    ['my mobile is 0412 555 019, call me', '0412 555 019'],
    ['the tradie wants paying, my number is 0412 555 019 if you need me', '0412 555 019'],
  ])('the customer’s own stays: %j', (text, value) => {
    expect(found(text)).toEqual([['PHONE', value]]);
  });

  it('a security answer after "was called"', () => {
    expect(found('first pet was called Rascal, can you unlock me now')).toEqual([
      ['CREDENTIAL', 'Rascal'],
    ]);
  });

  it('the number printed on the back of the card is the institution’s line', () => {
    expect(
      found('Called the number on the back of my card, 13 22 21, on hold for an hour'),
    ).toEqual([]);
    expect(found('the 3 digit number on the back of my card is 482')).toEqual([
      ['CREDENTIAL', '482'],
    ]);
  });

  it('an address written one part to a line, as a form is', () => {
    expect(
      found('address: 12 Lode Lane\nSolihull\nWest Midlands\nB91 2JR\nphone: 0121 496 0874'),
    ).toEqual([
      ['ADDRESS', '12 Lode Lane\nSolihull\nWest Midlands\nB91 2JR'],
      ['PHONE', '0121 496 0874'],
    ]);
  });

  it('an address ends at its Eircode, before the sentence goes on', () => {
    expect(found('I live at 14 Main Street, Bray, Co. Wicklow A98 F6K2 now')).toEqual([
      ['ADDRESS', '14 Main Street, Bray, Co. Wicklow A98 F6K2'],
    ]);
  });
});
