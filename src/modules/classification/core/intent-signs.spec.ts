import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPoliciesDir } from '../../../platform/paths';
import { PolicyValidationError } from '../../../platform/policy-files/policy-validation.error';
import { createClassifier, loadPolicySet, type PolicySet } from '../index';

/** The shipped policy without its model rules, so that only the lexicon and the signs speak. */
function withoutModelRules(set: PolicySet): PolicySet {
  return {
    ...set,
    intents: {
      ...set.intents,
      intents: set.intents.intents.map((i) => ({
        ...i,
        rules: i.rules.filter((r) => r.model === undefined),
      })),
    },
  };
}

const shipped = createClassifier();
const lexiconOnly = createClassifier({ policySet: withoutModelRules(loadPolicySet()) });
const complaintOf = (
  text: string,
  classifier = lexiconOnly,
): { confidence: number; ruleIds: string[] } | undefined => {
  const found = classifier.classify(text).intents.find((i) => i.intent === 'complaint');
  return found && { confidence: found.confidence, ruleIds: found.ruleIds };
};

describe('intent rules of signs (emoji)', () => {
  it('reads an eye-roll, a huff or a curse face as a complaint on its own, citing the rule', () => {
    for (const text of [
      'filed the paper form like you asked 🙄',
      'the lobby smells like paint 😤',
      'weekend plans: refreshing the app 🙃',
      'thanks @harborbank 🤬',
      'your new layout 👎',
    ]) {
      expect(complaintOf(text)?.ruleIds).toEqual(['intent.complaint.sign']);
    }
  });

  it('finds a sign inside a sequence (skin tone, gender, joiner) and repeated', () => {
    expect(complaintOf('the statement is late AGAIN 🤦🏽‍♀️')?.ruleIds).toContain(
      'intent.complaint.sign-weak',
    );
    expect(complaintOf('🙄🙄🙄')?.ruleIds).toEqual(['intent.complaint.sign']);
  });

  it('needs another sign beside a red face, a skull, a clown or a slow clap', () => {
    expect(complaintOf('omw to the branch 💀')).toBeUndefined();
    expect(complaintOf('new card just came 👏')).toBeUndefined();
    const both = complaintOf('declined again at the pump 💀');
    expect(both?.ruleIds).toEqual(
      expect.arrayContaining(['intent.complaint.problem', 'intent.complaint.sign-weak']),
    );
  });

  it('leaves posts without these signs as they were, and happy emoji alone', () => {
    expect(complaintOf('got my card today 😊🎉')).toBeUndefined();
    expect(complaintOf('what time does the branch open?')).toBeUndefined();
  });

  it('counts a sign with the intent model as one more piece of evidence', () => {
    const plain = complaintOf('my card got declined four times today, embarrassing', shipped);
    const signed = complaintOf('my card got declined four times today, embarrassing 😤', shipped);
    expect(signed?.ruleIds).toContain('intent.complaint.sign');
    expect(signed?.confidence ?? 0).toBeGreaterThanOrEqual(plain?.confidence ?? 0);
  });

  it('finds a sign at the end of a very long post in linear time', () => {
    const text = `${'fees fees '.repeat(20_000)}🙄`;
    expect(complaintOf(text)?.ruleIds).toContain('intent.complaint.sign');
  });
});

describe('the loader and intent rules of signs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policies-'));
    cpSync(defaultPoliciesDir(), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const withSignRule = (rule: string): void => {
    const path = join(dir, 'intents.yaml');
    const before = readFileSync(path, 'utf8');
    const anchor = '      - id: intent.complaint.sign\n';
    if (!before.includes(anchor)) throw new Error('the shipped policy has no sign rule');
    writeFileSync(path, before.replace(anchor, `${rule}\n${anchor}`));
  };
  const failure = (): PolicyValidationError => {
    try {
      loadPolicySet(dir);
    } catch (err) {
      if (err instanceof PolicyValidationError) return err;
      throw err;
    }
    throw new Error('expected a PolicyValidationError');
  };

  it('refuses a word among the signs, with file, path and line', () => {
    withSignRule(
      '      - id: intent.complaint.word-sign\n        weight: 0.3\n        symbols: ["ugh"]',
    );
    const err = failure();
    expect(err.file).toMatch(/intents\.yaml$/);
    expect(err.path).toMatch(/^intents\[\d+\]\.rules\[\d+\]\.symbols\[0\]$/);
    expect(err.reason).toMatch(/no letters, digits or spaces/);
    expect(err.line).toBeGreaterThan(1);
  });

  it('refuses a rule with both terms and signs', () => {
    withSignRule(
      '      - id: intent.complaint.both\n        weight: 0.3\n        terms: [ugh]\n        symbols: ["\\U0001F644"]',
    );
    expect(failure().reason).toBe(
      'must have exactly one of terms, symbols, entities, question, model',
    );
  });

  it('lets a policy give a sign to another intent', () => {
    const path = join(dir, 'intents.yaml');
    const text = readFileSync(path, 'utf8');
    const praise = '  - id: praise\n';
    const at = text.indexOf('    rules:\n', text.indexOf(praise)) + '    rules:\n'.length;
    writeFileSync(
      path,
      `${text.slice(0, at)}      - id: intent.praise.heart\n        weight: 0.7\n        symbols: ["\\u2764"]\n${text.slice(at)}`,
    );
    const classifier = createClassifier({ policySet: loadPolicySet(dir) });
    const praised = classifier.classify('the teller at Elm St ❤').intents;
    expect(praised.find((i) => i.intent === 'praise')?.ruleIds).toContain('intent.praise.heart');
  });
});
