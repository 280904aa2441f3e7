import { createClassifier, type PolicySet } from './classifier';
import { CREDENTIAL_MODELS_BY_ID, MAX_TOKENS_PER_POST } from './credential-model';

const SIZE = 256 * 1024;
const hostileText = (unit: string): string =>
  unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
// The model is on in the shipped policy (detectors.yaml); the rules alone are the policy without it.
const classifier = createClassifier();
const withoutModel = (set: PolicySet): PolicySet => ({
  ...set,
  detectors: { ...set.detectors, credentialModel: undefined },
});
const rulesOnly = createClassifier({ policySet: withoutModel(classifier.policySet) });

function credentials(text: string, c = classifier): [string, string][] {
  return c
    .classify(text, { channel: 'x' })
    .entities.filter((e) => e.type === 'CREDENTIAL')
    .map((e) => [text.slice(e.start, e.end), e.detector]);
}

describe('the credential model reads secrets the rules leave', () => {
  it.each([
    ['i tried Maple#Leaf22 as my password twice', 'Maple#Leaf22'],
    ['password got changed?? i use Falcon$88x everywhere', 'Falcon$88x'],
    ['the password i always use is hmm Sparky99!', 'Sparky99!'],
    ['forgot password. it used to be pumpkin22', 'pumpkin22'],
    ['ok so the password: ——  Winter*Blue9', 'Winter*Blue9'],
    ['locked out again, my login is dmarsh77 and pw is same old Lakers4ever', 'Lakers4ever'],
  ])('%s', (text, secret) => {
    expect(credentials(text, rulesOnly)).not.toContainEqual([secret, expect.any(String)]);
    expect(credentials(text)).toContainEqual([secret, 'model.creds-lr-1']);
  });

  it('carries its probability as the finding’s confidence and routes the post offline', () => {
    const r = classifier.classify('password got changed?? i use Falcon$88x everywhere', {
      channel: 'x',
    });
    const f = r.entities.find((e) => e.detector === 'model.creds-lr-1');
    expect(f?.confidence).toBeGreaterThanOrEqual(CREDENTIAL_MODELS_BY_ID['creds-lr-1'].threshold);
    expect(f?.confidence).toBeLessThanOrEqual(1);
    expect(r.decision.actions).toContain('route_offline');
  });
});

describe('the credential model in the shipped policy', () => {
  it('is on at the threshold chosen by leave-one-set-out', () => {
    expect(classifier.policySet.detectors.credentialModel).toEqual({
      id: 'creds-lr-1',
      minScore: 0.7,
    });
  });

  it.each([
    // An apostrophe makes no secret of a word, nor does a time of day.
    ['my answer to the security question is my grandmother’s town, Eau Claire. please unlock'],
    ['my password expired. it was 10:30am when it locked'],
  ])('reads no word or time as a secret: %j', (text) => {
    expect(credentials(text).filter(([, d]) => d === 'model.creds-lr-1')).toEqual([]);
  });
});

describe('the credential model leaves near misses unread', () => {
  it.each([
    'my password is not working',
    'password keeps failing, is it case sensitive',
    'the password reset link expired yesterday',
    'I changed my password to something stronger',
    'the password field shows Password123 by default',
    'password must contain Uppercase letters',
    'password strength shows Weak for everything',
    'I use LastPass for my passwords',
    'i reset the password on my iPhone yesterday',
    'my password contains my dog’s name Biscuit',
    'the passcode they sent me via SMS was wrong',
    'my pin doesnt work at the ATM on Main',
    // A username alone is no credential, whatever its shape.
    'my username is KarenNguyen88 and it will not log in',
    // Digit-only tokens are the digit-run model's; addresses are the email detector's.
    'password reset sent to karen.n88@example.com',
  ])('%s', (text) => {
    expect(credentials(text).filter(([, d]) => d === 'model.creds-lr-1')).toEqual([]);
  });
});

describe('the credential model on hostile posts', () => {
  // Timings are in bench/classify-hostile-ab.ts; here, that the reading is bounded.
  it.each(['password x ', 'password Ab1#x ', 'pw Kq7#zz9 maybe '])(
    '256 KiB of %j: at most MAX_TOKENS_PER_POST tokens read',
    (unit) => {
      const found = classifier
        .classify(hostileText(unit), { channel: 'x' })
        .entities.filter((e) => e.detector === 'model.creds-lr-1');
      expect(found.length).toBeLessThanOrEqual(MAX_TOKENS_PER_POST);
    },
  );
});
