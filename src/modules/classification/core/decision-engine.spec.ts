import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPoliciesDir } from '../../../platform/paths';
import { createClassifier, type PolicySet } from '../index';
import { INVARIANT_OFFLINE_ROUTING, INVARIANT_UNREAD_NUMBER } from './decision-engine';

const classifier = createClassifier();

/** The policy without its models: the intent rules naming one, and the digit-run model. */
function withoutModelRules(set: PolicySet): PolicySet {
  return {
    ...set,
    detectors: { ...set.detectors, digitRunModel: undefined },
    intents: {
      ...set.intents,
      intents: set.intents.intents.map((i) => ({
        ...i,
        rules: i.rules.filter((r) => r.model === undefined),
      })),
    },
  };
}
const decide = (text: string, context?: Parameters<typeof classifier.classify>[1]) =>
  classifier.classify(text, context).decision;

describe('decision', () => {
  it('has exactly the documented shape and cites the policy version', () => {
    const decision = decide('hello there');
    expect(Object.keys(decision).sort()).toEqual([
      'actions',
      'policyVersion',
      'priority',
      'ruleIds',
      'signoffRoles',
    ]);
    expect(decision.policyVersion).toBe(classifier.policyVersion);
    expect(decision).toEqual({
      actions: [],
      priority: 'normal',
      signoffRoles: [],
      ruleIds: [],
      policyVersion: classifier.policyVersion,
    });
  });

  it.each([
    ['card 4111 1111 1111 1111'],
    ['acct # 123456789012'],
    ['routing 021000021'],
    ['IBAN GB82 WEST 1234 5698 7654 32'],
    ['SSN 123-45-6789'],
    ['my password is hunter2'],
    ['can you check my account balance?'],
  ])('routes %j offline and blocks any public reply (invariant 2)', (text) => {
    const pub = decide(text, { channel: 'x' });
    expect(pub.actions).toEqual(expect.arrayContaining(['route_offline', 'block_public_reply']));
    const dm = decide(text, { channel: 'dm' });
    expect(dm.actions).toContain('route_offline');
    expect(dm.actions).not.toContain('block_public_reply');
    expect(dm.actions).not.toContain('hide_public_post');
  });

  it('hides a public post with sensitive data where the platform allows, at urgent priority', () => {
    const d = decide('card 4111 1111 1111 1111', { channel: 'facebook' });
    expect(d.actions).toEqual(['route_offline', 'block_public_reply', 'hide_public_post']);
    expect(d.priority).toBe('urgent');
    expect(d.ruleIds).toEqual(
      expect.arrayContaining(['R-100-sensitive-data', 'R-110-sensitive-data-public']),
    );
  });

  it('treats an unknown channel without visibility as public', () => {
    expect(decide('card 4111 1111 1111 1111').actions).toContain('block_public_reply');
    expect(
      decide('card 4111 1111 1111 1111', { channel: 'x', visibility: 'private' }).actions,
    ).not.toContain('block_public_reply');
  });

  it('needs Legal sign-off for legal threats, and Legal plus Compliance for regulators', () => {
    const legal = decide('my lawyer will file a lawsuit', { channel: 'facebook' });
    expect(legal.actions).toContain('require_signoff');
    expect(legal.signoffRoles).toEqual(['legal']);
    expect(['high', 'urgent']).toContain(legal.priority);
    const regulator = decide('filing a complaint with the CFPB', { channel: 'x' });
    expect(regulator.signoffRoles).toEqual(['legal', 'compliance_officer']);
    expect(regulator.priority).toBe('urgent');
    expect(decide('I am not going to sue').signoffRoles).toEqual(['legal']);
  });

  it('routes offline a number it could not read after a card, account, routing or SSN cue', () => {
    // Fails Luhn, so no finding; but a card cue stands before it. The intent model
    // reads "card <number>" as account-specific; without it, the invariant alone routes.
    const lexiconOnly = createClassifier({ policySet: withoutModelRules(classifier.policySet) });
    const d = lexiconOnly.classify('card 5105 1051 0510 5101', { channel: 'x' }).decision;
    expect(d.actions).toEqual(['route_offline', 'block_public_reply']);
    expect(d.ruleIds).toEqual([INVARIANT_UNREAD_NUMBER]);
    expect(
      lexiconOnly.classify('card 5105 1051 0510 5101', { channel: 'dm' }).decision.actions,
    ).toEqual(['route_offline']);
    expect(decide('card 5105 1051 0510 5101', { channel: 'x' }).actions).toEqual([
      'route_offline',
      'block_public_reply',
    ]);
    // Read numbers, short numbers and numbers far from any cue do not count.
    expect(decide('order 1234567 and card ending in 1234', { channel: 'x' }).ruleIds).not.toContain(
      INVARIANT_UNREAD_NUMBER,
    );
    const actions = (text: string) => lexiconOnly.classify(text, { channel: 'x' }).decision.actions;
    expect(actions('card since 2019, it is 12345')).toEqual([]);
    expect(actions('ticket 5105 1051 0510 5101')).toEqual([]);
  });

  it('routes offline a number of eight digits or more that nothing read, even with no cue', () => {
    const lexiconOnly = createClassifier({ policySet: withoutModelRules(classifier.policySet) });
    const d = (text: string) => lexiconOnly.classify(text, { channel: 'x' }).decision;
    expect(d('what about 44710093').ruleIds).toEqual([INVARIANT_UNREAD_NUMBER]);
    expect(d('4471-0093-2281').actions).toEqual(['route_offline', 'block_public_reply']);
    expect(lexiconOnly.classify('4471 0093 2281', { channel: 'dm' }).decision.actions).toEqual([
      'route_offline',
    ]);
    // Money, and numbers no longer than a local phone number, do not count.
    expect(d('they paid out $1,250,000 to that guy').ruleIds).not.toContain(
      INVARIANT_UNREAD_NUMBER,
    );
    expect(d('they paid out $ 12500000').ruleIds).not.toContain(INVARIANT_UNREAD_NUMBER);
    expect(d('call mike 555-0149').ruleIds).not.toContain(INVARIANT_UNREAD_NUMBER);
    expect(d('what about 4471009').ruleIds).not.toContain(INVARIANT_UNREAD_NUMBER);
    // Nor times, dates, decimals and versions written next to each other.
    for (const text of [
      'open 12:30 - 14:45 13/11',
      'rates 4.25 4.50 4.75 5.00',
      'v1.2.3.4.5.6.7.8 of the app crashes',
    ])
      expect(d(text).ruleIds).not.toContain(INVARIANT_UNREAD_NUMBER);
    expect(d('is 4471.0093.2281 right').ruleIds).toContain(INVARIANT_UNREAD_NUMBER);
  });

  it('takes the highest priority of the rules that fired', () => {
    expect(decide('thanks, great service').priority).toBe('low');
    expect(decide('thanks for nothing, terrible service').priority).toBe('high');
    expect(decide('thanks, but the app is down again').priority).toBe('urgent');
  });

  it('shares immutable decisions between identical outcomes', () => {
    const a = decide('card 4111 1111 1111 1111', { channel: 'x' });
    const b = decide('card 5555 5555 5555 4444', { channel: 'x' });
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.actions)).toBe(true);
  });

  describe('when rules.yaml forgets offline routing', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'policies-'));
      cpSync(defaultPoliciesDir(), dir, { recursive: true });
      const rules = readFileSync(join(dir, 'rules.yaml'), 'utf8')
        .replace(/ {2}- id: R-100-sensitive-data\n[\s\S]*?(?=\n {2}- id: R-300)/, '')
        .replace('\n\n  - id: R-300', '\n  - id: R-300');
      writeFileSync(join(dir, 'rules.yaml'), rules);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('still routes offline and blocks public replies, citing the invariant', () => {
      const weak = createClassifier({ policiesDir: dir });
      expect(weak.policyVersion).not.toBe(classifier.policyVersion);
      const d = weak.classify('card 4111 1111 1111 1111', { channel: 'x' }).decision;
      expect(d.actions).toEqual(['route_offline', 'block_public_reply']);
      expect(d.ruleIds).toEqual([INVARIANT_OFFLINE_ROUTING]);
      const dm = weak.classify('can you check my account balance', { channel: 'dm' }).decision;
      expect(dm.actions).toEqual(['route_offline']);
      expect(dm.ruleIds).toEqual([INVARIANT_OFFLINE_ROUTING]);
    });
  });

  describe('with a 40-rule policy', () => {
    let dir: string;
    let shippedRules = 0;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'policies-'));
      cpSync(defaultPoliciesDir(), dir, { recursive: true });
      const shipped = readFileSync(join(dir, 'rules.yaml'), 'utf8');
      const count = (shipped.match(/^ {2}- id: /gm) ?? []).length;
      shippedRules = count;
      const extra: string[] = [];
      for (let k = count + 1; k <= 40; k++) {
        const id = `R-9${String(k).padStart(2, '0')}-extra`;
        if (k === 33) {
          // First rule of the second bit-set word.
          extra.push(`  - id: ${id}`, '    when:', '      intents: [{ intent: complaint }]');
          extra.push('    actions: [{ require_signoff: compliance_officer }]', '');
        } else if (k === 40) {
          extra.push(`  - id: ${id}`, '    when:', '      intents: [{ intent: praise }]');
          extra.push('      channels: [dm]', '    actions: [route_offline]', '');
        } else {
          extra.push(`  - id: ${id}`, '    when:', '      channels: [instagram]');
          extra.push('    actions: [{ priority: low }]', '');
        }
      }
      writeFileSync(join(dir, 'rules.yaml'), `${shipped.trimEnd()}\n\n${extra.join('\n')}`);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('loads, and rules past the 32nd fire and are cited like the others', () => {
      const big = createClassifier({ policiesDir: dir });
      expect(big.policySet.rules.rules).toHaveLength(40);
      const praise = big.classify('thanks, great service', { channel: 'dm' }).decision;
      expect(praise.ruleIds).toEqual(['R-800-praise', 'R-940-extra']);
      expect(praise.actions).toEqual(['route_offline']);
      const complaint = big.classify('terrible service', { channel: 'dm' }).decision;
      expect(complaint.ruleIds).toEqual(['R-500-complaint', 'R-933-extra']);
      expect(complaint.signoffRoles).toEqual(['compliance_officer']);
      // Cached decisions stay apart: same actions, different rules.
      expect(big.classify('thanks, great service', { channel: 'x' }).decision.ruleIds).toEqual([
        'R-800-praise',
      ]);
      const insta = big.classify('thanks, great service', { channel: 'instagram' }).decision;
      // R-800-praise, and every extra rule but the two that need a complaint or a DM.
      expect(insta.ruleIds).toHaveLength(1 + 40 - shippedRules - 2);
      expect(insta.priority).toBe('low');
    });
  });

  describe('when the policy tries to turn invariant 2 off', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'policies-'));
      cpSync(defaultPoliciesDir(), dir, { recursive: true });
      const change = (file: string, edit: (text: string) => string): void => {
        const before = readFileSync(join(dir, file), 'utf8');
        const after = edit(before);
        if (after === before) throw new Error(`edit of ${file} changed nothing`);
        writeFileSync(join(dir, file), after);
      };
      // No rule routes sensitive data offline, ...
      change('rules.yaml', (t) =>
        t
          .replace(/ {2}- id: R-100-sensitive-data\n[\s\S]*?(?=\n {2}- id: R-120)/, '')
          .replace(/ {2}- id: R-200-account-specific\n[\s\S]*?(?=\n {2}- id: R-300)/, ''),
      );
      // ... the six types are declared not sensitive and never confident enough to report, ...
      change('detectors.yaml', (t) =>
        t.replace(
          /type: (CARD_NUMBER|BANK_ACCOUNT|ROUTING_NUMBER|IBAN|SSN|CREDENTIAL), sensitive: true, minConfidence: 0\.5/g,
          'type: $1, sensitive: false, minConfidence: 1',
        ),
      );
      // ... and sensitive data no longer makes a post account-specific.
      change('intents.yaml', (t) =>
        t
          .replace(/ {6}- id: intent\.account\.sensitive-data\n[^\n]*\n[^\n]*\n/, '')
          .replace(/ {6}- id: intent\.account\.model\n(?: {8}[^\n]*\n)*/, ''),
      );
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      ['CARD_NUMBER', 'card 4111 1111 1111 1111'],
      ['BANK_ACCOUNT', 'acct # 123456789012'],
      ['ROUTING_NUMBER', 'routing 021000021'],
      ['IBAN', 'IBAN GB82 WEST 1234 5698 7654 32'],
      ['SSN', 'SSN 123-45-6789'],
      ['CREDENTIAL', 'password is hunter2'],
    ])('a %s still routes offline with no public reply, citing the invariant', (_type, text) => {
      const weak = createClassifier({ policiesDir: dir });
      const pub = weak.classify(text, { channel: 'x' });
      expect(pub.entities).toEqual([]);
      expect(pub.intents.map((i) => i.intent)).not.toContain('account_specific');
      expect(pub.decision.actions).toEqual(['route_offline', 'block_public_reply']);
      expect(pub.decision.ruleIds).toEqual([INVARIANT_OFFLINE_ROUTING]);
      const dm = weak.classify(text, { channel: 'dm' }).decision;
      expect(dm.actions).toEqual(['route_offline']);
      expect(dm.ruleIds).toEqual([INVARIANT_OFFLINE_ROUTING]);
    });

    it('leaves posts without such data alone', () => {
      const weak = createClassifier({ policiesDir: dir });
      expect(weak.classify('what are your hours?', { channel: 'x' }).decision.actions).toEqual([]);
    });
  });
});
