import {
  CONTEXT_CATEGORIES,
  ENTITY_TYPES,
  PRIORITIES,
  compileTokenPattern,
  type ContextCategory,
  type CredentialValueKind,
  type EntityType,
  type NegationMode,
  type PolicySet,
  type Visibility,
} from '../../policy/core';
import { LAYER_ENTITY, LAYER_INTENT, LexiconTrie, type LexiconEntry } from './lexicon-trie';
import { foldTerm, normalizeText } from './text-normalizer';

export const ENTITY_INDEX: Readonly<Record<EntityType, number>> = Object.fromEntries(
  ENTITY_TYPES.map((t, i) => [t, i]),
) as Record<EntityType, number>;

export const CATEGORY_BIT: Readonly<Record<ContextCategory, number>> = Object.fromEntries(
  CONTEXT_CATEGORIES.map((c, i) => [c, 1 << i]),
) as Record<ContextCategory, number>;

/** When one term carries several categories, the first listed here wins. */
const CATEGORY_PRECEDENCE: readonly ContextCategory[] = [
  'partial',
  'reference',
  'routing',
  'ssn',
  'member',
  'loan',
  'policy',
  'card',
  'account',
  'phone',
  'dob',
  'address',
  'branch',
  'pobox',
];

export function primaryCategory(mask: number): ContextCategory | undefined {
  for (const c of CATEGORY_PRECEDENCE) if ((mask & CATEGORY_BIT[c]) !== 0) return c;
  return undefined;
}

export interface EntityPayload {
  ctxMask: number;
  /** Index into `credentials`, or -1. */
  credential: number;
}

export interface CompiledCredential {
  id: string;
  kind: CredentialValueKind;
  minLength: number;
  maxLength: number;
  requireLinker: boolean;
}

/** One meaning of an intent-layer term; `intent` -1 marks a negation. */
export interface IntentPayloadItem {
  intent: number;
  rule: number;
  weight: number;
  /** For case-sensitive terms: the exact spelling required. */
  exact: string | null;
}

export interface CompiledIntentRule {
  id: string;
  weight: number;
  /** Bit per entity type (ENTITY_INDEX) for entity evidence, else 0. */
  entityMask: number;
  question: boolean;
}

export interface CompiledIntent {
  id: string;
  /** Index of this intent's first rule in a flat per-rule array. */
  offset: number;
  threshold: number;
  negation: NegationMode;
  suppressedBy: number[];
  rules: CompiledIntentRule[];
}

export const ACTION_ROUTE_OFFLINE = 1;
export const ACTION_BLOCK_PUBLIC_REPLY = 2;
export const ACTION_HIDE_PUBLIC_POST = 4;
export const ACTION_REQUIRE_SIGNOFF = 8;

export interface CompiledRule {
  id: string;
  entityMask: number;
  entitySensitive: boolean;
  entityMinConfidence: number;
  hasEntityCondition: boolean;
  intents: { intent: number; min: number }[] | null;
  /** Slots (CompiledIntent.offset + rule index) of the intent rules named, any of which must match. */
  intentRuleSlots: number[] | null;
  channels: Set<string> | null;
  visibility: Visibility | null;
  actions: number;
  signoffRoles: string[];
  /** Index into PRIORITIES, or -1 when the rule sets none. */
  priority: number;
}

export interface CompiledChannel {
  defaultVisibility: Visibility;
  canHidePublicPosts: boolean;
}

export interface CompiledPolicy {
  version: string;
  trie: LexiconTrie;
  entityPayloads: EntityPayload[];
  intentPayloads: IntentPayloadItem[][];
  credentials: CompiledCredential[];
  credentialStopwords: Set<string>;
  contextBefore: number;
  contextAfter: number;
  sensitiveMask: number;
  minConfidence: Float64Array;
  brandPhones: Set<string>;
  brandAddresses: Set<string>;
  brandDomains: Set<string>;
  brandHandles: Set<string>;
  /** Anchored to a whole token; policy guarantees bounded quantifiers only. */
  referencePatterns: RegExp[];
  intents: CompiledIntent[];
  intentRuleCount: number;
  /** For each intent-rule slot, the index of its intent. */
  slotIntent: Int32Array;
  /** Index of `account_specific` in `intents` (required by the loader). */
  accountSpecificIntent: number;
  negationWindow: number;
  negationFactor: number;
  rules: CompiledRule[];
  defaultPriority: number;
  channels: Map<string, CompiledChannel>;
}

const STREET_SUFFIX_CANON: Readonly<Record<string, string>> = {
  street: 'st',
  avenue: 'ave',
  av: 'ave',
  road: 'rd',
  boulevard: 'blvd',
  drive: 'dr',
  lane: 'ln',
  court: 'ct',
  place: 'pl',
  parkway: 'pkwy',
  circle: 'cir',
  terrace: 'ter',
  highway: 'hwy',
  trail: 'trl',
  square: 'sq',
  alley: 'aly',
};

/** Canonical form of a street line used to compare with the brand's published addresses. */
export function canonicalStreet(line: string): string {
  return foldTerm(line)
    .replace(/[.,]/g, '')
    .split(' ')
    .map((w) => STREET_SUFFIX_CANON[w] ?? w)
    .join(' ');
}

/** The last ten digits, or all of them when fewer: how phone numbers are compared. */
export function phoneKey(digits: string): string {
  return digits.length > 10 ? digits.slice(-10) : digits;
}

function entityMaskOf(types: readonly EntityType[] | undefined): number {
  let mask = 0;
  for (const t of types ?? []) mask |= 1 << ENTITY_INDEX[t];
  return mask;
}

export function compilePolicy(policy: PolicySet): CompiledPolicy {
  const { detectors, intents, rules, channels } = policy;

  // Entity layer: context categories and credential keywords, merged per folded term.
  const entityByTerm = new Map<string, EntityPayload>();
  const entityPayload = (term: string): EntityPayload => {
    const key = foldTerm(term);
    let p = entityByTerm.get(key);
    if (p === undefined) {
      p = { ctxMask: 0, credential: -1 };
      entityByTerm.set(key, p);
    }
    return p;
  };
  for (const ctx of detectors.contexts) {
    for (const term of ctx.terms) entityPayload(term).ctxMask |= CATEGORY_BIT[ctx.category];
  }
  const credentials: CompiledCredential[] = detectors.credentials.map((c, i) => {
    for (const term of c.terms) entityPayload(term).credential = i;
    return {
      id: c.id,
      kind: c.value,
      minLength: c.minLength,
      maxLength: c.maxLength,
      requireLinker: c.requireLinker === true,
    };
  });

  // Intent layer: intent lexicons and negations.
  const intentByTerm = new Map<string, IntentPayloadItem[]>();
  const intentItems = (term: string): IntentPayloadItem[] => {
    const key = foldTerm(term);
    let list = intentByTerm.get(key);
    if (list === undefined) {
      list = [];
      intentByTerm.set(key, list);
    }
    return list;
  };
  for (const term of intents.negation.terms) {
    intentItems(term).push({ intent: -1, rule: -1, weight: 0, exact: null });
  }
  const intentIndex = new Map(intents.intents.map((intent, i) => [intent.id, i]));
  let ruleOffset = 0;
  const compiledIntents: CompiledIntent[] = intents.intents.map((intent, i) => ({
    id: intent.id,
    offset: (ruleOffset += intent.rules.length) - intent.rules.length,
    threshold: intent.threshold,
    negation: intent.negation,
    suppressedBy: (intent.suppressedBy ?? []).map((s) => intentIndex.get(s) ?? -1),
    rules: intent.rules.map((rule, r) => {
      for (const term of rule.terms ?? []) {
        const exact = rule.caseSensitive === true ? exactForm(term) : null;
        intentItems(term).push({ intent: i, rule: r, weight: rule.weight, exact });
      }
      return {
        id: rule.id,
        weight: rule.weight,
        entityMask: entityMaskOf(rule.entities),
        question: rule.question === true,
      };
    }),
  }));

  const entityPayloads: EntityPayload[] = [];
  const intentPayloads: IntentPayloadItem[][] = [];
  const entries: LexiconEntry[] = [];
  for (const [term, payload] of entityByTerm) {
    entries.push({ term, layer: LAYER_ENTITY, payload: entityPayloads.length });
    entityPayloads.push(payload);
  }
  for (const [term, items] of intentByTerm) {
    entries.push({ term, layer: LAYER_INTENT, payload: intentPayloads.length });
    intentPayloads.push(items);
  }

  let sensitiveMask = 0;
  const minConfidence = new Float64Array(ENTITY_TYPES.length);
  for (const e of detectors.entities) {
    if (e.sensitive) sensitiveMask |= 1 << ENTITY_INDEX[e.type];
    minConfidence[ENTITY_INDEX[e.type]] = e.minConfidence;
  }

  const referencePatterns = detectors.brand.references.map((r) =>
    compileTokenPattern(r.pattern, r.caseSensitive === true),
  );

  const intentRuleSlot = new Map<string, number>();
  const slotIntent: number[] = [];
  compiledIntents.forEach((intent, i) =>
    intent.rules.forEach((rule, r) => {
      intentRuleSlot.set(rule.id, intent.offset + r);
      slotIntent[intent.offset + r] = i;
    }),
  );

  const compiledRules: CompiledRule[] = rules.rules.map((rule) => {
    let actions = 0;
    let priority = -1;
    const signoffRoles: string[] = [];
    for (const a of rule.actions) {
      switch (a.type) {
        case 'route_offline':
          actions |= ACTION_ROUTE_OFFLINE;
          break;
        case 'block_public_reply':
          actions |= ACTION_BLOCK_PUBLIC_REPLY;
          break;
        case 'hide_public_post':
          actions |= ACTION_HIDE_PUBLIC_POST;
          break;
        case 'require_signoff':
          actions |= ACTION_REQUIRE_SIGNOFF;
          if (typeof a.value === 'string' && !signoffRoles.includes(a.value))
            signoffRoles.push(a.value);
          break;
        case 'priority':
          priority = Math.max(priority, PRIORITIES.indexOf(a.value as (typeof PRIORITIES)[number]));
          break;
      }
    }
    const w = rule.when;
    return {
      id: rule.id,
      entityMask: entityMaskOf(w.entities?.types),
      entitySensitive: w.entities?.sensitive === true,
      entityMinConfidence: w.entities?.minConfidence ?? 0,
      hasEntityCondition: w.entities !== undefined,
      intents:
        w.intents?.map((c) => {
          const idx = intentIndex.get(c.intent) ?? -1;
          return { intent: idx, min: c.minConfidence ?? compiledIntents[idx]?.threshold ?? 0 };
        }) ?? null,
      intentRuleSlots: w.intentRules
        ? w.intentRules.map((id) => intentRuleSlot.get(id) ?? -1)
        : null,
      channels: w.channels ? new Set(w.channels) : null,
      visibility: w.visibility ?? null,
      actions,
      signoffRoles,
      priority,
    };
  });

  return {
    version: policy.version,
    trie: LexiconTrie.build(entries),
    entityPayloads,
    intentPayloads,
    credentials,
    credentialStopwords: new Set(detectors.credentialStopwords.map(foldTerm)),
    contextBefore: detectors.contextWindow.before,
    contextAfter: detectors.contextWindow.after,
    sensitiveMask,
    minConfidence,
    brandPhones: new Set(detectors.brand.phones.map((p) => phoneKey(p.replace(/\D/g, '')))),
    brandAddresses: new Set(detectors.brand.addresses.map(canonicalStreet)),
    brandDomains: new Set(detectors.brand.emailDomains.map((d) => d.toLowerCase())),
    brandHandles: new Set(detectors.brand.handles.map((h) => h.replace(/^@/, '').toLowerCase())),
    referencePatterns,
    intents: compiledIntents,
    intentRuleCount: ruleOffset,
    slotIntent: Int32Array.from(slotIntent),
    accountSpecificIntent: intentIndex.get('account_specific') ?? -1,
    negationWindow: intents.negation.window,
    negationFactor: intents.negation.factor,
    rules: compiledRules,
    defaultPriority: PRIORITIES.indexOf(rules.defaultPriority),
    channels: new Map(
      channels.channels.map((c) => [
        c.id,
        { defaultVisibility: c.defaultVisibility, canHidePublicPosts: c.canHidePublicPosts },
      ]),
    ),
  };
}

function exactForm(term: string): string {
  return normalizeText(term.trim()).text.replace(/\s+/g, ' ');
}
