import { intentsOf } from '../../../../test/classification/intents-read';
import { createClassifier } from './classifier';

/**
 * Round 26, after holdout-86 and 87: signs of self-harm in plain words; a charge not booked, a
 * card used by someone else (Chinese), lost with a block asked for (Tagalog), an earthquake that
 * has struck; Hawaii's consumer-affairs regulator by its handle; a curse, a shrug of thanks and a
 * dead line as complaints. Each sentence is made up.
 */

describe('intents round 26', () => {
  it.each([
    [
      "I can't do this anymore. the loans, the collections calls. I don't see the point of anything",
    ],
    ['honestly my family would be better off without me and the debt'],
    ['me quiero morir, debo demasiado'],
  ])('self-harm is a crisis: %j', (text) => {
    expect(intentsOf(text)).toContain('crisis');
  });

  it.each([
    ["dispute a charge, $467.33 at a tour company. I didn't book that"],
    ['我的信用卡被盗刷了，请尽快冻结'],
    ['Nawala ko po ATM card ko sa mall. Pa block po.'],
    ['Earthquake just hit and half our ceiling is on the floor, how do I file'],
  ])('crisis: %j', (text) => {
    expect(intentsOf(text)).toContain('crisis');
  });

  it('@HawaiiDCCA is a regulator', () => {
    expect(
      intentsOf('Hey @HawaiiDCCA, look into why this insurer needs 6 months to pay'),
    ).toContain('regulator_mention');
  });

  it.each([
    ['@SomeBank go to hell'],
    ['"Heroes Savings" account, 0.01% APY. Thanks I guess.'],
    ['Called the number ON MY CARD and it says this number is not in service'],
  ])('complaint: %j', (text) => {
    expect(intentsOf(text)).toContain('complaint');
  });

  it('going on with the day is no crisis', () => {
    expect(intentsOf('we can go on with the loan closing tomorrow right?')).not.toContain('crisis');
  });
});

describe('adverts round 26', () => {
  it.each([
    ['Fast cash for your junk car! Call 228-555-0112'],
    ['Want more 5-star reviews for your business? Contact reviewboost@fastmail.biz'],
    ["I'm a licensed loan agent, get approved for up to $50,000 with bad credit"],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('spam');
  });

  it('a customer with bad credit is no advert', () => {
    expect(intentsOf('I have bad credit, can I still get a car loan?')).not.toContain('spam');
  });
});

describe('the self-harm rule', () => {
  const classifier = createClassifier();

  it('answers a public post showing signs of self-harm privately, first', () => {
    const { decision } = classifier.classify(
      'honestly my family would be better off without me and the debt',
      { channel: 'x' },
    );
    expect(decision.ruleIds).toContain('R-405-self-harm');
    expect(decision.actions).toContain('route_offline');
    expect(decision.priority).toBe('urgent');
  });

  it('leaves another crisis to its own rules', () => {
    const { decision } = classifier.classify('someone used my card and I did not make the charge', {
      channel: 'x',
    });
    expect(decision.ruleIds).not.toContain('R-405-self-harm');
  });
});
