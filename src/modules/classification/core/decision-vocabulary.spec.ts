import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPoliciesDir } from '../../../platform/paths';

/**
 * The decision vocabulary comes from policy-vocabulary.ts: adding an action there
 * must carry it through the loader, the compiler, the decision and its cache with
 * nothing else to change. This spec adds a fifth decision action and a policy
 * that uses it; before the cache key was collision-free, a fifth action's bit
 * overlapped the first fired rule's, and one post got another post's decision.
 */
jest.mock('../../policy/core/policy-vocabulary', () => {
  const actual = jest.requireActual<typeof import('../../policy/core/policy-vocabulary')>(
    '../../policy/core/policy-vocabulary',
  );
  const RULE_ACTIONS = [...actual.RULE_ACTIONS, 'notify_fraud_team'];
  return {
    ...actual,
    RULE_ACTIONS,
    DECISION_ACTIONS: RULE_ACTIONS.filter((a) => a !== 'priority'),
  };
});

// Imported after the mock is in place.
import { createClassifier } from '../index';
import { DECISION_ACTIONS } from '../../policy/core';

describe('a fifth decision action', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'policies-'));
    cpSync(defaultPoliciesDir(), dir, { recursive: true });
    // The first rule's only action is the new one; crisis posts also notify.
    const rules = readFileSync(join(dir, 'rules.yaml'), 'utf8').replace(
      '\nrules:\n',
      [
        '',
        'rules:',
        '  - id: R-001-fraud-team',
        '    when:',
        '      intents: [{ intent: crisis }]',
        '    actions: [notify_fraud_team]',
        '',
        '  - id: R-002-fraud-team-legal',
        '    when:',
        '      intents: [{ intent: legal_threat }]',
        '    actions: [notify_fraud_team]',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'rules.yaml'), rules);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is part of the vocabulary the classifier uses', () => {
    expect(DECISION_ACTIONS).toHaveLength(5);
    expect(DECISION_ACTIONS).toContain('notify_fraud_team');
  });

  it('is refused with a value, like the other bare actions', () => {
    const bad = mkdtempSync(join(tmpdir(), 'policies-'));
    try {
      cpSync(dir, bad, { recursive: true });
      const text = readFileSync(join(bad, 'rules.yaml'), 'utf8').replace(
        'actions: [notify_fraud_team]',
        'actions: [{ notify_fraud_team: now }]',
      );
      writeFileSync(join(bad, 'rules.yaml'), text);
      expect(() => createClassifier({ policiesDir: bad })).toThrow(
        /rules\.yaml:\d+ rules\[0\]\.actions\[0\]: notify_fraud_team takes no value/,
      );
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('is listed in decisions in vocabulary order, and cached decisions never mix posts up', () => {
    const classifier = createClassifier({ policiesDir: dir });
    const posts: [string, { channel?: string }][] = [
      ['someone hacked my account', { channel: 'x' }],
      ['someone hacked my account', { channel: 'dm' }],
      ['my lawyer will sue you', { channel: 'x' }],
      ['card 4111 1111 1111 1111', { channel: 'x' }],
      ['card 4111 1111 1111 1111 was stolen, fraud', { channel: 'facebook' }],
      ['thanks, great service', { channel: 'x' }],
      ['hello there', {}],
      ['my lawyer will sue, and the CFPB will hear about this fraud', { channel: 'dm' }],
    ];
    // A fresh classifier per post has an empty decision cache: the reference.
    const fresh = posts.map(([text, ctx]) => {
      const policiesDir = mkdtempSync(join(tmpdir(), 'policies-'));
      try {
        cpSync(dir, policiesDir, { recursive: true });
        return createClassifier({ policiesDir }).classify(text, ctx).decision;
      } finally {
        rmSync(policiesDir, { recursive: true, force: true });
      }
    });
    // Twice over, so the second round is served from the cache.
    for (let round = 0; round < 2; round++) {
      posts.forEach(([text, ctx], i) => {
        const d = classifier.classify(text, ctx).decision;
        expect({ ...d, policyVersion: '' }).toEqual({ ...fresh[i], policyVersion: '' });
      });
    }
    const crisis = classifier.classify('someone hacked my account', { channel: 'x' }).decision;
    expect(crisis.actions).toContain('notify_fraud_team');
    expect(crisis.ruleIds[0]).toBe('R-001-fraud-team');
    const calm = classifier.classify('thanks, great service', { channel: 'x' }).decision;
    expect(calm.actions).not.toContain('notify_fraud_team');
    const card = classifier.classify('card 4111 1111 1111 1111', { channel: 'x' }).decision;
    expect(card.actions).toEqual(['route_offline', 'block_public_reply', 'hide_public_post']);
    const both = classifier.classify('fraud on my card 4111 1111 1111 1111', {
      channel: 'facebook',
    }).decision;
    expect(both.actions).toEqual([
      'route_offline',
      'block_public_reply',
      'hide_public_post',
      'notify_fraud_team',
    ]);
  });
});
