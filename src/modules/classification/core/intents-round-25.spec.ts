import { intentsOf } from '../../../../test/classification/intents-read';

/**
 * Round 25, after holdout-82 and 83: regulators named by their titles (a state bank
 * commissioner, a credit-union department, an insurance administration, Texas's consumer
 * credit commissioner and its handle) and a delegate's office; a loan "expert" and the
 * advance-fee letter's boxed millions as adverts. Each sentence is made up.
 */

describe('intents round 25', () => {
  it.each([
    [
      'Kansas Office of the State Bank Commissioner needs to look at this. $5 to talk to a teller??',
    ],
    ['@TXOCCC you should see what this lender charges in "doc fees". Filing with your office'],
    ['Reported this lender to the Texas Credit Union Department. Ghosted my loan mod for months.'],
    ["Complaint filed with the Maryland Insurance Administration and my delegate's office."],
  ])('regulator: %j', (text) => {
    expect(intentsOf(text)).toContain('regulator_mention');
  });

  it('a delegate at a conference is no regulator', () => {
    expect(intentsOf('The delegate at the conference was nice')).not.toContain('regulator_mention');
  });

  it.each([
    ['Need money? Contact Loan Expert James on WhatsApp, all credit accepted'],
    ['I have $4.5 million in a box I need to deposit into your bank. Contact me by email'],
  ])('advert: %j', (text) => {
    expect(intentsOf(text)).toContain('spam');
  });

  it('a bereaved customer is no advert', () => {
    expect(
      intentsOf("My mom passed and I'm her next of kin, what do I need to close her account?"),
    ).not.toContain('spam');
  });
});
