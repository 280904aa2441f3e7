import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { defaultPoliciesDir } from '../../../platform/paths';
import { boundedRegexProblem, minMatchLength } from './bounded-regex';
import { loadPolicySet } from './policy-set.loader';
import { MAX_INTENTS, MAX_RULES_PER_INTENT } from './policy-limits';
import { PolicyValidationError } from '../../../platform/policy-files/policy-validation.error';
import { computePolicyVersion } from './policy-version';
import { ENTITY_TYPES } from './policy-vocabulary';

describe('loadPolicySet', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policies-'));
    cpSync(defaultPoliciesDir(), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, change: (text: string) => string): void => {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`edit of ${file} changed nothing`);
    writeFileSync(path, after);
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

  it('loads the shipped policy set, typed and frozen', () => {
    const set = loadPolicySet();
    expect(set.version).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(set.detectors.entities.map((e) => e.type).sort()).toEqual([...ENTITY_TYPES].sort());
    expect(set.intents.intents.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'account_specific',
        'general_question',
        'complaint',
        'legal_threat',
        'regulator_mention',
        'crisis',
        'praise',
        'spam',
        'abuse',
      ]),
    );
    expect(set.channels.channels.find((c) => c.id === 'x')?.maxReplyLength).toBe(280);
    expect(Object.isFrozen(set.rules.rules[0])).toBe(true);
    for (const file of ['detectors.yaml', 'intents.yaml', 'rules.yaml', 'channels.yaml']) {
      expect(Object.keys(set.files)).toContain(file);
    }
  });

  it('hashes every YAML file, access.yaml included, as RFC 8785 canonical JSON', () => {
    const set = loadPolicySet(dir);
    expect(set.version).toBe(computePolicyVersion(set.files));
    writeFileSync(join(dir, 'access.yaml'), 'roles: { agent: [] }\n');
    const withAccess = loadPolicySet(dir);
    expect(withAccess.files['access.yaml']).toEqual({ roles: { agent: [] } });
    expect(withAccess.version).not.toBe(set.version);
  });

  it('keeps the version when keys are reordered and formatting changes', () => {
    const before = loadPolicySet(dir).version;
    for (const file of ['channels.yaml', 'rules.yaml', 'intents.yaml', 'detectors.yaml']) {
      const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
      const reorder = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(reorder);
        if (value !== null && typeof value === 'object') {
          return Object.fromEntries(
            Object.entries(value as Record<string, unknown>)
              .reverse()
              .map(([k, v]) => [k, reorder(v)]),
          );
        }
        return value;
      };
      writeFileSync(join(dir, file), JSON.stringify(reorder(doc.toJS()), null, 1));
    }
    expect(loadPolicySet(dir).version).toBe(before);
  });

  it('changes the version when any content changes', () => {
    const before = loadPolicySet(dir).version;
    edit('channels.yaml', (t) =>
      t.replace(
        'urgent: 15, high: 60, normal: 240, low: 1440',
        'urgent: 15, high: 60, normal: 241, low: 1440',
      ),
    );
    expect(loadPolicySet(dir).version).not.toBe(before);
  });

  it('rejects a rule naming an unknown intent, with file, path and line', () => {
    edit('rules.yaml', (t) =>
      t.replace('intents: [{ intent: legal_threat }]', 'intents: [{ intent: legal_thret }]'),
    );
    const err = failure();
    expect(err.file).toMatch(/rules\.yaml$/);
    expect(err.path).toMatch(/^rules\[\d+\]\.when\.intents\[0\]\.intent$/);
    expect(err.reason).toBe('unknown intent "legal_thret"');
    expect(err.line).toBeGreaterThan(1);
    expect(err.message).toContain(`rules.yaml:${err.line} ${err.path}: unknown intent`);
  });

  it('rejects unknown intent rule ids, channels and sign-off roles', () => {
    edit('rules.yaml', (t) =>
      t.replace('intentRules: [intent.crisis.security]', 'intentRules: [intent.crisis.nope]'),
    );
    expect(failure().reason).toBe('unknown intent rule id "intent.crisis.nope"');
    cpSync(join(defaultPoliciesDir(), 'rules.yaml'), join(dir, 'rules.yaml'));
    edit('rules.yaml', (t) =>
      t.replace(
        'visibility: public\n    actions: [hide_public_post]',
        'channels: [myspace]\n    actions: [hide_public_post]',
      ),
    );
    expect(failure().reason).toBe('unknown channel "myspace"');
    cpSync(join(defaultPoliciesDir(), 'rules.yaml'), join(dir, 'rules.yaml'));
    edit('rules.yaml', (t) =>
      t.replace(
        '{ require_signoff: legal }, { priority: high }',
        '{ require_signoff: ceo }, { priority: high }',
      ),
    );
    expect(failure().reason).toMatch(/unknown sign-off role "ceo"/);
  });

  it('rejects duplicate ids', () => {
    edit('rules.yaml', (t) =>
      t.replace('id: R-210-account-specific-public', 'id: R-200-account-specific'),
    );
    const err = failure();
    expect(err.reason).toBe('duplicate rule id "R-200-account-specific"');
    expect(err.path).toMatch(/^rules\[\d+\]\.id$/);
    cpSync(join(defaultPoliciesDir(), 'rules.yaml'), join(dir, 'rules.yaml'));
    edit('intents.yaml', (t) => t.replace('id: intent.legal.action', 'id: intent.legal.counsel'));
    expect(failure().reason).toBe('duplicate intent rule id "intent.legal.counsel"');
  });

  it('rejects reference patterns that could backtrack or do not compile', () => {
    edit('detectors.yaml', (t) => t.replace("pattern: 'TKT-?\\d{5,9}'", "pattern: 'TKT-?\\d+'"));
    const err = failure();
    expect(err.path).toMatch(/^brand\.references\[\d+\]\.pattern$/);
    expect(err.reason).toMatch(/unbounded quantifier/);
    cpSync(join(defaultPoliciesDir(), 'detectors.yaml'), join(dir, 'detectors.yaml'));
    edit('detectors.yaml', (t) =>
      t.replace("pattern: 'TKT-?\\d{5,9}'", "pattern: 'TKT-(\\d{5,9}'"),
    );
    expect(failure().reason).toMatch(/not a valid regular expression/);
  });

  it('rejects a missing entity type, a bad time zone and a missing file', () => {
    edit('detectors.yaml', (t) =>
      t.replace('  - { type: IBAN, sensitive: true, minConfidence: 0.5 }\n', ''),
    );
    expect(failure().reason).toBe('missing entity type(s) IBAN');
    cpSync(join(defaultPoliciesDir(), 'detectors.yaml'), join(dir, 'detectors.yaml'));
    edit('channels.yaml', (t) =>
      t.replace('timezone: America/New_York', 'timezone: Mars/Olympus_Mons'),
    );
    expect(failure().reason).toBe('unknown time zone "Mars/Olympus_Mons"');
    rmSync(join(dir, 'channels.yaml'));
    const err = failure();
    expect(err.file).toMatch(/channels\.yaml$/);
    expect(err.reason).toBe('is missing');
  });

  it('requires the intents the invariants depend on', () => {
    // Renamed rather than cut out: other intents share its term lists (YAML anchors).
    edit('intents.yaml', (t) =>
      t.replace(/^ {2}- id: regulator_mention$/m, '  - id: regulator_notice'),
    );
    edit('rules.yaml', (t) =>
      t.replace(/ {2}- id: R-320-regulator-mention[\s\S]*?(?=\n {2}- id: R-400)/, ''),
    );
    expect(failure().reason).toBe('missing required intent "regulator_mention"');
  });

  it('refuses more intents, or more rules per intent, than the classifier represents, with file and line', () => {
    const extra = Array.from(
      { length: MAX_INTENTS },
      (_, k) =>
        `  - id: extra_${k}\n    threshold: 0.5\n    negation: ignore\n    rules:\n      - { id: intent.extra.${k}, weight: 0.5, terms: [extra${k}] }\n`,
    ).join('');
    edit('intents.yaml', (t) => `${t.trimEnd()}\n${extra}`);
    const err = failure();
    expect(err.file).toMatch(/intents\.yaml$/);
    expect(err.path).toBe(`intents[${MAX_INTENTS}]`);
    expect(err.reason).toMatch(new RegExp(`^at most ${MAX_INTENTS} intents are supported`));
    const lines = readFileSync(join(dir, 'intents.yaml'), 'utf8').split('\n');
    expect(lines[(err.line ?? 0) - 1]).toMatch(/- id: extra_/);
  });

  it('refuses more rules in one intent than the classifier represents', () => {
    const rules = Array.from(
      { length: MAX_RULES_PER_INTENT + 1 },
      (_, k) => `      - { id: intent.many.${k}, weight: 0.5, terms: [many${k}] }\n`,
    ).join('');
    edit(
      'intents.yaml',
      (t) =>
        `${t.trimEnd()}\n  - id: many\n    threshold: 0.5\n    negation: ignore\n    rules:\n${rules}`,
    );
    const err = failure();
    expect(err.path).toMatch(
      new RegExp(`^intents\\[\\d+\\]\\.rules\\[${MAX_RULES_PER_INTENT}\\]$`),
    );
    expect(err.line).toBeGreaterThan(1);
    expect(err.reason).toMatch(/at most 31 rules per intent/);
  });

  it("refuses a word among an intent rule's signs, and a rule with both terms and signs", () => {
    const anchor = '      - id: intent.complaint.sign\n';
    edit('intents.yaml', (t) =>
      t.replace(
        anchor,
        `      - id: intent.complaint.word-sign\n        weight: 0.3\n        symbols: ["ugh"]\n${anchor}`,
      ),
    );
    const err = failure();
    expect(err.file).toMatch(/intents\.yaml$/);
    expect(err.path).toMatch(/^intents\[\d+\]\.rules\[\d+\]\.symbols\[0\]$/);
    expect(err.reason).toMatch(/no letters, digits or spaces/);
    expect(err.line).toBeGreaterThan(1);

    edit('intents.yaml', (t) =>
      t.replace('symbols: ["ugh"]', 'terms: [ugh]\n        symbols: ["\\U0001F644"]'),
    );
    expect(failure().reason).toBe(
      'must have exactly one of terms, symbols, entities, question, model',
    );
  });
});

describe('bounded reference patterns', () => {
  it('accepts bounded patterns and names what is wrong with the others', () => {
    expect(boundedRegexProblem('(?:HL-)?ORD-?\\d{6,10}')).toBeUndefined();
    expect(boundedRegexProblem('[A-Z+*]{2}\\d{3}')).toBeUndefined();
    expect(boundedRegexProblem('a+')).toMatch(/unbounded/);
    expect(boundedRegexProblem('(a|aa)*')).toMatch(/unbounded/);
    expect(boundedRegexProblem('\\d{3,}')).toMatch(/\{n,\}/);
    expect(boundedRegexProblem('\\d{1,500}')).toMatch(/exceeds/);
    expect(boundedRegexProblem('(a)\\1')).toMatch(/back-references/);
    expect(boundedRegexProblem('(?=a)b')).toMatch(/look-around/);
  });

  it('computes the shortest possible match', () => {
    expect(minMatchLength('(?:HL-)?ORD-?\\d{6,10}')).toBe(9);
    expect(minMatchLength('1Z[0-9A-Z]{16}')).toBe(18);
    expect(minMatchLength('a|bc')).toBe(1);
    expect(minMatchLength('(ab)?c')).toBe(1);
  });
});
