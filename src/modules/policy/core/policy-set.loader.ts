import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultPoliciesDir } from '../../../platform/paths';
import { boundedRegexProblem, compileTokenPattern } from './bounded-regex';
import { ChannelsPolicySchema } from './channels-policy.schema';
import { DetectorsPolicySchema } from './detectors-policy.schema';
import { IntentsPolicySchema } from './intents-policy.schema';
import {
  displayPolicyFileName,
  formatPolicyPath,
  readPolicyDocument,
  validatePolicyDocument,
  type PolicyDocument,
  type PolicyPathSegment,
} from '../../../platform/policy-files/policy-file.parser';
import { MAX_INTENTS, MAX_RULES_PER_INTENT } from './policy-limits';
import {
  PolicyValidationError,
  type PolicyIssue,
} from '../../../platform/policy-files/policy-validation.error';
import { computePolicyVersion } from './policy-version';
import { ENTITY_TYPES } from './policy-vocabulary';
import { RulesPolicySchema } from './rules-policy.schema';

export const POLICY_FILES = {
  detectors: 'detectors.yaml',
  intents: 'intents.yaml',
  rules: 'rules.yaml',
  channels: 'channels.yaml',
} as const;

/** A letter, digit or space: what an intent rule's `symbols` must not hold. */
const WORDISH = /[\p{L}\p{N}\s]/u;

/** Intents the decision invariants depend on (DESIGN.md invariants 1–2, legal escalation). */
export const REQUIRED_INTENTS = ['account_specific', 'legal_threat', 'regulator_mention'] as const;

export interface PolicySet {
  /** `sha256:<hex>` over the canonical content of every YAML file in `dir`. */
  readonly version: string;
  readonly dir: string;
  /** Parsed content of every `*.yaml` / `*.yml` file, keyed by file name (access.yaml included). */
  readonly files: Readonly<Record<string, unknown>>;
  readonly detectors: DetectorsPolicySchema;
  readonly intents: IntentsPolicySchema;
  readonly rules: RulesPolicySchema;
  readonly channels: ChannelsPolicySchema;
}

class IssueList {
  readonly items: PolicyIssue[] = [];
  constructor(private readonly doc: PolicyDocument) {}
  add(path: readonly PolicyPathSegment[], reason: string): void {
    this.items.push(this.doc.issue(path, reason));
  }
}

function checkUnique(
  issues: IssueList,
  ids: readonly string[],
  pathOf: (index: number) => PolicyPathSegment[],
  what: string,
): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.add(pathOf(i), `duplicate ${what} "${id}"`);
    seen.add(id);
  });
}

function checkDetectors(doc: PolicyDocument, p: DetectorsPolicySchema): PolicyIssue[] {
  const issues = new IssueList(doc);
  const seenTypes = new Set<string>();
  p.entities.forEach((e, i) => {
    if (seenTypes.has(e.type))
      issues.add(['entities', i, 'type'], `duplicate entity type "${e.type}"`);
    seenTypes.add(e.type);
  });
  const missing = ENTITY_TYPES.filter((t) => !seenTypes.has(t));
  if (missing.length > 0) issues.add(['entities'], `missing entity type(s) ${missing.join(', ')}`);

  checkUnique(
    issues,
    [...p.contexts.map((c) => c.id), ...p.credentials.map((c) => c.id)],
    (i) =>
      i < p.contexts.length ? ['contexts', i, 'id'] : ['credentials', i - p.contexts.length, 'id'],
    'detector id',
  );
  p.contexts.forEach((c, i) =>
    c.terms.forEach((t, j) => {
      if (t.trim() === '') issues.add(['contexts', i, 'terms', j], 'must not be blank');
    }),
  );
  p.credentials.forEach((c, i) => {
    if (c.minLength > c.maxLength)
      issues.add(['credentials', i, 'minLength'], 'must not exceed maxLength');
    c.terms.forEach((t, j) => {
      if (t.trim() === '') issues.add(['credentials', i, 'terms', j], 'must not be blank');
    });
  });
  checkUnique(
    issues,
    p.brand.references.map((r) => r.id),
    (i) => ['brand', 'references', i, 'id'],
    'reference id',
  );
  p.brand.references.forEach((r, i) => {
    const problem = boundedRegexProblem(r.pattern);
    if (problem !== undefined) {
      issues.add(['brand', 'references', i, 'pattern'], problem);
      return;
    }
    try {
      compileTokenPattern(r.pattern, r.caseSensitive === true);
    } catch (err) {
      issues.add(
        ['brand', 'references', i, 'pattern'],
        `is not a valid regular expression (${err instanceof Error ? err.message : String(err)})`,
      );
    }
  });
  p.brand.phones.forEach((phone, i) => {
    const digits = phone.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15) issues.add(['brand', 'phones', i], 'must hold 7 to 15 digits');
  });
  return issues.items;
}

function checkIntents(doc: PolicyDocument, p: IntentsPolicySchema): PolicyIssue[] {
  const issues = new IssueList(doc);
  const intentIds = p.intents.map((i) => i.id);
  checkUnique(issues, intentIds, (i) => ['intents', i, 'id'], 'intent');
  if (p.intents.length > MAX_INTENTS) {
    issues.add(
      ['intents', MAX_INTENTS],
      `at most ${MAX_INTENTS} intents are supported (found ${p.intents.length})`,
    );
  }
  const ruleIds: string[] = [];
  const rulePaths: PolicyPathSegment[][] = [];
  p.intents.forEach((intent, i) => {
    if (intent.rules.length > MAX_RULES_PER_INTENT) {
      issues.add(
        ['intents', i, 'rules', MAX_RULES_PER_INTENT],
        `at most ${MAX_RULES_PER_INTENT} rules per intent are supported (found ${intent.rules.length})`,
      );
    }
    intent.rules.forEach((rule, j) => {
      ruleIds.push(rule.id);
      rulePaths.push(['intents', i, 'rules', j, 'id']);
      const kinds = [rule.terms, rule.symbols, rule.entities, rule.question, rule.model].filter(
        (k) => k !== undefined,
      );
      if (kinds.length !== 1) {
        issues.add(
          ['intents', i, 'rules', j],
          'must have exactly one of terms, symbols, entities, question, model',
        );
      }
      rule.symbols?.forEach((sym, k) => {
        if (WORDISH.test(sym))
          issues.add(
            ['intents', i, 'rules', j, 'symbols', k],
            'a symbol has no letters, digits or spaces (use terms for words)',
          );
      });
      if (rule.minScore !== undefined && rule.model === undefined) {
        issues.add(['intents', i, 'rules', j, 'minScore'], 'applies only to model');
      }
      if (rule.caseSensitive !== undefined && rule.terms === undefined) {
        issues.add(['intents', i, 'rules', j, 'caseSensitive'], 'applies only to terms');
      }
      if (rule.question === false)
        issues.add(['intents', i, 'rules', j, 'question'], 'must be true when given');
      rule.terms?.forEach((t, k) => {
        if (t.trim() === '')
          issues.add(['intents', i, 'rules', j, 'terms', k], 'must not be blank');
      });
    });
    intent.suppressedBy?.forEach((s, k) => {
      if (s === intent.id)
        issues.add(['intents', i, 'suppressedBy', k], 'an intent cannot suppress itself');
      else if (!intentIds.includes(s))
        issues.add(['intents', i, 'suppressedBy', k], `unknown intent "${s}"`);
    });
  });
  checkUnique(issues, ruleIds, (i) => rulePaths[i] ?? ['intents'], 'intent rule id');
  for (const required of REQUIRED_INTENTS) {
    if (!intentIds.includes(required))
      issues.add(['intents'], `missing required intent "${required}"`);
  }
  return issues.items;
}

function checkRules(
  doc: PolicyDocument,
  p: RulesPolicySchema,
  intents: IntentsPolicySchema,
  channels: ChannelsPolicySchema,
): PolicyIssue[] {
  const issues = new IssueList(doc);
  checkUnique(
    issues,
    p.rules.map((r) => r.id),
    (i) => ['rules', i, 'id'],
    'rule id',
  );
  checkUnique(issues, p.signoffRoles, (i) => ['signoffRoles', i], 'role');
  const intentIds = new Set(intents.intents.map((i) => i.id));
  const intentRuleIds = new Set(intents.intents.flatMap((i) => i.rules.map((r) => r.id)));
  const channelIds = new Set(channels.channels.map((c) => c.id));
  p.rules.forEach((rule, i) => {
    const w = rule.when;
    if (
      w.entities === undefined &&
      w.intents === undefined &&
      w.intentRules === undefined &&
      w.channels === undefined &&
      w.visibility === undefined
    ) {
      issues.add(['rules', i, 'when'], 'must state at least one condition');
    }
    if (w.entities && w.entities.types === undefined && w.entities.sensitive !== true) {
      issues.add(['rules', i, 'when', 'entities'], 'must give types or sensitive: true');
    }
    w.intents?.forEach((c, j) => {
      if (!intentIds.has(c.intent))
        issues.add(['rules', i, 'when', 'intents', j, 'intent'], `unknown intent "${c.intent}"`);
    });
    w.intentRules?.forEach((id, j) => {
      if (!intentRuleIds.has(id))
        issues.add(['rules', i, 'when', 'intentRules', j], `unknown intent rule id "${id}"`);
    });
    w.channels?.forEach((id, j) => {
      if (!channelIds.has(id))
        issues.add(['rules', i, 'when', 'channels', j], `unknown channel "${id}"`);
    });
    rule.actions.forEach((a, j) => {
      if (
        a.type === 'require_signoff' &&
        typeof a.value === 'string' &&
        !p.signoffRoles.includes(a.value)
      ) {
        issues.add(
          ['rules', i, 'actions', j],
          `unknown sign-off role "${a.value}" (declare it in signoffRoles)`,
        );
      }
    });
  });
  return issues.items;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function checkChannels(doc: PolicyDocument, p: ChannelsPolicySchema): PolicyIssue[] {
  const issues = new IssueList(doc);
  checkUnique(
    issues,
    p.channels.map((c) => c.id),
    (i) => ['channels', i, 'id'],
    'channel id',
  );
  p.channels.forEach((c, i) => {
    const hours = c.businessHours;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: hours.timezone });
    } catch {
      issues.add(
        ['channels', i, 'businessHours', 'timezone'],
        `unknown time zone "${hours.timezone}"`,
      );
    }
    if (minutesOf(hours.open) >= minutesOf(hours.close)) {
      issues.add(['channels', i, 'businessHours', 'close'], 'must be later than open');
    }
    checkUnique(issues, hours.days, (j) => ['channels', i, 'businessHours', 'days', j], 'day');
    const t = c.sla.firstResponseMinutes;
    if (!(t.urgent <= t.high && t.high <= t.normal && t.normal <= t.low)) {
      issues.add(
        ['channels', i, 'sla', 'firstResponseMinutes'],
        'targets must not shrink as priority falls (urgent ≤ high ≤ normal ≤ low)',
      );
    }
  });
  return issues.items;
}

function throwIfAny(issues: readonly PolicyIssue[]): void {
  if (issues.length > 0) throw new PolicyValidationError(issues);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Loads and validates the policy set in `dir` (the shipped `policies/` by default).
 * Throws `PolicyValidationError` on the first invalid file; the result is frozen.
 */
export function loadPolicySet(dir: string = defaultPoliciesDir()): PolicySet {
  const absDir = resolve(dir);
  let names: string[];
  try {
    names = readdirSync(absDir)
      .filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))
      .sort();
  } catch (err) {
    throw new PolicyValidationError([
      {
        file: displayPolicyFileName(absDir),
        path: '',
        reason: `policy folder cannot be read (${err instanceof Error ? err.message : String(err)})`,
      },
    ]);
  }
  for (const required of Object.values(POLICY_FILES)) {
    if (!names.includes(required)) {
      throw new PolicyValidationError([
        { file: displayPolicyFileName(join(absDir, required)), path: '', reason: 'is missing' },
      ]);
    }
  }

  const docs = new Map<string, PolicyDocument>();
  for (const name of names) docs.set(name, readPolicyDocument(join(absDir, name)));
  return buildPolicySet(absDir, docs);
}

/**
 * The policy set of stored file contents (policy_load keeps every version's
 * parsed files), validated as at load: replays a decision under the exact
 * version it cited. `label` names the source in errors.
 */
export function policySetFromFiles(
  files: Readonly<Record<string, unknown>>,
  label = 'policy_load',
): PolicySet {
  const docs = new Map<string, PolicyDocument>();
  for (const name of Object.keys(files).sort()) {
    const displayName = `${label}/${name}`;
    docs.set(name, {
      filePath: displayName,
      displayName,
      content: structuredClone(files[name]),
      lineOf: () => undefined,
      issue: (path, reason) => ({ file: displayName, path: formatPolicyPath(path), reason }),
    });
  }
  for (const required of Object.values(POLICY_FILES)) {
    if (!docs.has(required)) {
      throw new PolicyValidationError([
        { file: `${label}/${required}`, path: '', reason: 'is missing' },
      ]);
    }
  }
  return buildPolicySet(label, docs);
}

function buildPolicySet(absDir: string, docs: ReadonlyMap<string, PolicyDocument>): PolicySet {
  const doc = (name: string): PolicyDocument => docs.get(name) as PolicyDocument;

  const detectorsDoc = doc(POLICY_FILES.detectors);
  const intentsDoc = doc(POLICY_FILES.intents);
  const rulesDoc = doc(POLICY_FILES.rules);
  const channelsDoc = doc(POLICY_FILES.channels);

  const detectors = validatePolicyDocument(detectorsDoc, DetectorsPolicySchema);
  throwIfAny(checkDetectors(detectorsDoc, detectors));
  const intents = validatePolicyDocument(intentsDoc, IntentsPolicySchema);
  throwIfAny(checkIntents(intentsDoc, intents));
  const channels = validatePolicyDocument(channelsDoc, ChannelsPolicySchema);
  throwIfAny(checkChannels(channelsDoc, channels));
  const rules = validatePolicyDocument(rulesDoc, RulesPolicySchema);
  throwIfAny(checkRules(rulesDoc, rules, intents, channels));

  const files: Record<string, unknown> = {};
  for (const [name, d] of docs) files[name] = d.content;

  return deepFreeze({
    version: computePolicyVersion(files),
    dir: absDir,
    files,
    detectors,
    intents,
    rules,
    channels,
  });
}
