import { intentsOf } from '../../../../test/classification/intents-read';

/**
 * Round 23: the insults and ill wishes of US posts (`&insults`, read as abuse and as a
 * complaint); adverts that sell payment-app "glitches", pay-first loans and storm chasers'
 * inspections, and a phishing notice that a page "violates community standards"
 * (`intent.spam.advert`); the idiom "ask me how I know" is no advert. Each sentence is made up.
 */

describe('intents round 23', () => {
  describe('insults and ill wishes at the institution', () => {
    it.each([
      ['yall are dumber than a box of rocks, I told you the 20th'],
      ["y'all are lower than a snake's belly"],
      ['the loan officer is a lying snake'],
      ['what sorry excuses for human beings, repoing a car on christmas eve'],
      ['whoever runs this page is a clown, answer my messages'],
      ['I hope whoever set these fees steps on a lego every morning'],
      ['la cajera es grosera y racista'],
      ['whoever approved this fee should be fired into the sun'],
    ])('%j', (text) => {
      const intents = intentsOf(text);
      expect(intents).toContain('abuse');
      expect(intents).toContain('complaint');
    });
  });

  describe('adverts', () => {
    it.each([
      ['🚨 Venmo glitch 🚨 send $50 get $500, 4 spots left, DM me'],
      ['We help people with bad credit get up to $20,000. No upfront fees! Apply today'],
      ['Hail hit your area! Free roof inspection this week, call Dan 555-0100'],
      ['Your page violates community standards. Verify your page here or it will be removed'],
      ['We offer loans at 3% interest to individuals and companies. Email us today'],
      ['Car title loans up to $5,000 this week only, keep driving your car'],
      ['Selling verified bank accounts with cards, DM for prices'],
      ['¡Ganaste una tarjeta de regalo! Da click aquí para reclamar'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('spam');
    });
  });

  it.each([
    ['Opened the promo savings in May and the rate dropped twice by July. Bait and switch.'],
    ['my tax form has the wrong amount in box 1, I need a corrected one'],
    ['Tengo un reclamo abierto desde el 2 de octubre. Nadie me llama.'],
  ])('a calm problem report is a complaint: %j', (text) => {
    expect(intentsOf(text)).toContain('complaint');
  });

  it('"ask me how I know" is no advert', () => {
    expect(
      intentsOf('They hire the slowest people to answer the phones. Ask me how I know.'),
    ).not.toContain('spam');
  });
});
