import { compileTokenPattern, minMatchLength } from '../../policy/core';
import { MAX_INTENTS, MAX_RULES_PER_INTENT } from '../../policy/core';
import {
  CONTEXT_CATEGORIES,
  DECISION_ACTIONS,
  ENTITY_TYPES,
  PRIORITIES,
  type ContextCategory,
  type CredentialValueKind,
  type DecisionAction,
  type EntityType,
  type NegationMode,
  type Visibility,
} from '../../policy/core';
import type { PolicySet } from '../../policy/core';
import type { Decision, IntentResult } from './classification.types';
import { LAYER_ENTITY, LAYER_INTENT, LexiconTrie, type LexiconEntry } from './lexicon-trie';
import { foldTerm, normalizeText } from './text-normalizer';
import { PairKeyedCache, WordKeyedCache } from './word-keyed-cache';
import { WordTable } from './word-table';
import { IntentModel, INTENT_MODEL_FILES } from './intent-model';
import { DIGIT_RUN_MODELS_BY_ID, type DigitRunModel } from './digit-run-model';
import { CREDENTIAL_MODELS_BY_ID, type CredentialModel } from './credential-model';

/** Words that lead the spelled-out email check, besides "dot" (see detectObfuscatedEmails). */
const SPOKEN_EMAIL_WORDS = [
  'punto',
  'arroba',
  'gmail',
  'yahoo',
  'hotmail',
  'outlook',
  'icloud',
  'proton',
  'protonmail',
  'aol',
  'ymail',
  'comcast',
];

export const ENTITY_INDEX: Readonly<Record<EntityType, number>> = Object.fromEntries(
  ENTITY_TYPES.map((t, i) => [t, i]),
) as Record<EntityType, number>;

/**
 * Entity types that route a post offline whatever the policy says (DESIGN.md
 * invariant 2): fixed here, not read from detectors.yaml, so that no policy
 * (a type marked not sensitive, a minimum confidence of 1, rules without
 * route_offline) can turn it off.
 */
export const INVARIANT_2_TYPES: readonly EntityType[] = [
  'CARD_NUMBER',
  'BANK_ACCOUNT',
  'ROUTING_NUMBER',
  'IBAN',
  'SSN',
  'CREDENTIAL',
];
export const INVARIANT_2_MASK: number = INVARIANT_2_TYPES.reduce(
  (m, t) => m | (1 << ENTITY_INDEX[t]),
  0,
);

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
  'verify',
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
  /** `primaryCategory(ctxMask)`, computed once. */
  category: ContextCategory | undefined;
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

/** The spam rules whose terms say a post advertises (its contact points are not a customer's). */
const SCAM_OFFER_RULES = new Set(['intent.spam.scam-offer', 'intent.spam.advert']);

/** One meaning of an intent-layer term; `intent` -1 marks a negation. */
export interface IntentPayloadItem {
  intent: number;
  rule: number;
  weight: number;
  /** For case-sensitive terms: the exact spelling required. */
  exact: string | null;
}

/**
 * The intent rules flattened into typed arrays for the matcher's loop: items of
 * the intent-layer payloads, then per rule slot (CompiledIntent.offset + rule
 * index) and per intent. Built from `intentPayloads` and `intents`, which stay
 * the readable form.
 */
export interface IntentTable {
  /** The items of intent-layer payload p are [itemStart[p], itemStart[p + 1]). */
  itemStart: Int32Array;
  /** Per item, its rule slot, or -1 for a negation. */
  itemSlot: Int32Array;
  itemIntent: Int32Array;
  itemWeight: Float64Array;
  /** Per item, the spelling a case-sensitive term requires, else null. */
  itemExact: (string | null)[];
  /** Per slot. */
  ruleWeight: Float64Array;
  ruleEntityMask: Int32Array;
  ruleQuestion: Uint8Array;
  /** Index into CompiledPolicy.models, else -1. */
  ruleModel: Int32Array;
  ruleModelOutput: Int32Array;
  ruleMinScore: Float64Array;
  /** Per intent: its slots are [offset, ruleEnd). */
  ruleEnd: Int32Array;
  threshold: Float64Array;
  /** NEGATION_IGNORE, NEGATION_REDUCE or NEGATION_DROP. */
  negation: Uint8Array;
  /** Bit per intent that suppresses it. */
  suppressedBy: Int32Array;
  /** Per entity type (bit of the finding mask), the intents it is evidence for. */
  intentsOfEntity: Int32Array;
  /** Intents with a question-mark rule, and with a model rule. */
  questionIntents: number;
  modelledIntents: number;
  /**
   * The signs of the `symbols` rules (emoji), each once, and per sign the rule
   * slots it is evidence for; the matcher looks each up in the post as written.
   */
  symbols: string[];
  symbolSlots: number[][];
}

export const NEGATION_IGNORE = 0;
export const NEGATION_REDUCE = 1;
export const NEGATION_DROP = 2;

export interface CompiledIntentRule {
  id: string;
  weight: number;
  /** Bit per entity type (ENTITY_INDEX) for entity evidence, else 0. */
  entityMask: number;
  question: boolean;
  /** Signs (emoji) that are evidence wherever they appear, else empty. */
  symbols: readonly string[];
  /** Index into CompiledPolicy.models for model evidence, else -1. */
  model: number;
  /** Index of this rule's intent among the model's outputs (-1: the model does not score it). */
  modelOutput: number;
  /** Smallest model probability that counts. */
  minScore: number;
}

export interface CompiledIntent {
  id: string;
  /** Union of the entity masks of its rules. */
  entityMask: number;
  /** Whether one of its rules is the question mark. */
  question: boolean;
  /** Index of this intent's first rule in a flat per-rule array. */
  offset: number;
  threshold: number;
  negation: NegationMode;
  suppressedBy: number[];
  rules: CompiledIntentRule[];
  /** Whether one of its rules is model evidence (then every post is scored for it). */
  modelled: boolean;
}

/**
 * Actions are a bit set, one bit per entry of DECISION_ACTIONS (the policy
 * vocabulary), in vocabulary order; the two bits above the last action mark the
 * offline-routing invariant, and whether it was applied for an unread number,
 * in the decision-cache key.
 */
if (DECISION_ACTIONS.length > 29) {
  throw new RangeError('the decision vocabulary holds at most 29 actions (one bit set word)');
}
export const ACTION_BIT: Readonly<Record<DecisionAction, number>> = Object.fromEntries(
  DECISION_ACTIONS.map((a, i) => [a, 1 << i]),
) as Record<DecisionAction, number>;
export const INVARIANT_BIT = 1 << DECISION_ACTIONS.length;
/** The invariant applied for an unread number near a sensitive cue only. */
export const UNREAD_BIT = 1 << (DECISION_ACTIONS.length + 1);

export interface CompiledRule {
  id: string;
  /** Quick filters: entity types that can satisfy the entity condition, intents the intent condition. */
  entityAnyMask: number;
  intentAnyMask: number;
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
  intentTable: IntentTable;
  /** Per intent-layer payload: 1 when one of its terms is a scam offer's (`intent.spam.scam-offer`). */
  offerPayloads: Uint8Array;
  credentials: CompiledCredential[];
  credentialStopwords: Set<string>;
  contextBefore: number;
  contextAfter: number;
  sensitiveMask: number;
  minConfidence: Float64Array;
  brandPhones: Set<string>;
  brandAddresses: Set<string>;
  /** House numbers of the brand's addresses: only those candidates are compared in full. */
  brandHouseNumbers: Set<string>;
  brandDomains: Set<string>;
  brandHandles: Set<string>;
  /** Anchored to a whole token; the loader guarantees bounded quantifiers only. */
  referencePatterns: RegExp[];
  /** Shortest token any reference pattern can match. */
  referenceMinLength: number;
  intents: CompiledIntent[];
  intentRuleCount: number;
  /** Intent models named by intents.yaml rules (`model:`), each scored once per post. */
  models: IntentModel[];
  /** The model reading the runs no rule read (detectors.yaml `digitRunModel`), or null. */
  digitRunModel: DigitRunModel | null;
  /** Its probability from which a run is reported. */
  digitRunMinScore: number;
  /** The model reading the word-shaped secrets no rule read (detectors.yaml `credentialModel`), or null. */
  credentialModel: CredentialModel | null;
  /** Its probability from which a token is reported. */
  credentialMinScore: number;
  /** Per model, the lowest minScore of the rules naming it: below it the model is no evidence. */
  modelFloors: Float64Array;
  /** Frozen intent results citing a model, by (intent, confidence, score) then matched rules. */
  modelResultCache: PairKeyedCache<IntentResult>;
  /** One-edit misspellings of long cue words, to their entity payload index (see `addMisspeltCues`). */
  misspeltCues: WordTable<number>;
  /**
   * Per first letter (a…z), bit `L` set when some misspelling starting with it has
   * `L` letters: a word that no misspelling could be is not looked up.
   */
  misspeltLengths: Int32Array;
  /**
   * Single-word cues of at least LONG_CUE_LENGTH letters, each also with one letter
   * (not the first) replaced by "?", to their entity payload index: a word with one
   * letter wrong or one letter inserted ("accoumt", "aacount") is looked up here.
   */
  longCueForms: WordTable<number>;
  /** As `misspeltLengths`, for `longCueForms`. */
  longCueLengths: Int32Array;
  /** Entity payload index of the word "dot". */
  dotPayload: number;
  /** For each intent-rule slot, the index of its intent. */
  slotIntent: Int32Array;
  /**
   * Frozen decisions by (final actions and invariant applied; rules fired): a key
   * of `1 + ruleWords` words, see `decideFor`.
   */
  decisionCache: WordKeyedCache<Decision>;
  /** 32-bit words of the fired-rule bit set. */
  ruleWords: number;
  /** Frozen intent results by (intent, matched rules, confidence). */
  intentResultCache: PairKeyedCache<IntentResult>;
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

function sensitiveMaskOf(entities: readonly { type: EntityType; sensitive: boolean }[]): number {
  let mask = 0;
  for (const e of entities) if (e.sensitive) mask |= 1 << ENTITY_INDEX[e.type];
  return mask;
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
      p = { ctxMask: 0, category: undefined, credential: -1 };
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
  // The loader refuses more (MAX_INTENTS, MAX_RULES_PER_INTENT): intents and their rules are bit sets.
  if (
    intents.intents.length > MAX_INTENTS ||
    intents.intents.some((i) => i.rules.length > MAX_RULES_PER_INTENT)
  ) {
    throw new RangeError('intents.yaml exceeds the limits the policy loader enforces');
  }
  let ruleOffset = 0;
  const models: IntentModel[] = [];
  const modelIndex = (id: string): number => {
    let m = models.findIndex((x) => x.id === id);
    if (m < 0) {
      const file = INTENT_MODEL_FILES[id];
      // The loader only accepts ids of INTENT_MODELS; each of them ships a file.
      if (file === undefined) throw new RangeError(`intent model ${id} is not shipped`);
      m = models.push(new IntentModel(file)) - 1;
    }
    return m;
  };
  const compiledIntents: CompiledIntent[] = intents.intents.map((intent, i) => ({
    id: intent.id,
    entityMask: intent.rules.reduce((m, r) => m | entityMaskOf(r.entities), 0),
    question: intent.rules.some((r) => r.question === true),
    offset: (ruleOffset += intent.rules.length) - intent.rules.length,
    threshold: intent.threshold,
    negation: intent.negation,
    suppressedBy: (intent.suppressedBy ?? []).map((s) => intentIndex.get(s) ?? -1),
    rules: intent.rules.map((rule, r) => {
      for (const term of rule.terms ?? []) {
        const exact = rule.caseSensitive === true ? exactForm(term) : null;
        intentItems(term).push({ intent: i, rule: r, weight: rule.weight, exact });
      }
      const model = rule.model === undefined ? -1 : modelIndex(rule.model);
      return {
        id: rule.id,
        weight: rule.weight,
        entityMask: entityMaskOf(rule.entities),
        question: rule.question === true,
        symbols: (rule.symbols ?? []).map((sign) => sign.normalize('NFKC')),
        model,
        modelOutput: model < 0 ? -1 : (models[model]?.intents.indexOf(intent.id) ?? -1),
        minScore: rule.minScore ?? 0.5,
      };
    }),
    modelled: intent.rules.some((r) => r.model !== undefined),
  }));

  // An internal entity-layer word: only posts containing "dot" get the spelled-out email check.
  const dotKey = foldTerm('dot');
  if (!entityByTerm.has(dotKey))
    entityByTerm.set(dotKey, { ctxMask: 0, category: undefined, credential: -1 });
  // So do the words of addresses said aloud: "ana punto beltran arroba gmail punto com",
  // "dre.holloway at gmail.com" (one payload shared with "dot").
  const dotWord = entityByTerm.get(dotKey) as EntityPayload;
  for (const word of SPOKEN_EMAIL_WORDS) {
    const key = foldTerm(word);
    if (!entityByTerm.has(key)) entityByTerm.set(key, dotWord);
  }

  const entityPayloads: EntityPayload[] = [];
  const intentPayloads: IntentPayloadItem[][] = [];
  const entries: LexiconEntry[] = [];
  const payloadIndex = new Map<EntityPayload, number>();
  for (const [term, payload] of entityByTerm) {
    let index = payloadIndex.get(payload);
    if (index === undefined) {
      payload.category = primaryCategory(payload.ctxMask);
      index = entityPayloads.length;
      payloadIndex.set(payload, index);
      entityPayloads.push(payload);
    }
    entries.push({ term, layer: LAYER_ENTITY, payload: index });
  }
  // Cue words typed fast on a phone: "acount", "Routng", "socail", "pasword". Kept
  // out of the trie (they would double it): looked up only near digits.
  const misspelt = new Map<string, number>();
  for (const [variant, payload] of misspelledCues(entityByTerm, intentByTerm)) {
    const index = entityPayloads.indexOf(payload);
    misspelt.set(variant, index);
    // Credential keywords guard values with no digits ("pasword is qwerty"): their
    // few misspellings go into the trie, so they count wherever they stand.
    if (payload.credential >= 0)
      entries.push({ term: variant, layer: LAYER_ENTITY, payload: index });
  }
  const longForms = new Map<string, number>();
  for (const [form, [payload, letter]] of longCueForms(entityByTerm))
    longForms.set(form, entityPayloads.indexOf(payload) * 32 + letter);
  for (const [term, items] of intentByTerm) {
    entries.push({ term, layer: LAYER_INTENT, payload: intentPayloads.length });
    intentPayloads.push(items);
  }

  // The loader only accepts ids of DIGIT_RUN_MODELS; each of them ships a file.
  const runModel = detectors.digitRunModel;
  const digitRunModel =
    runModel === undefined ? null : (DIGIT_RUN_MODELS_BY_ID[runModel.id] ?? null);
  if (runModel !== undefined && digitRunModel === null) {
    throw new RangeError(`digit-run model ${runModel.id} is not shipped`);
  }
  const credModel = detectors.credentialModel;
  const credentialModel =
    credModel === undefined ? null : (CREDENTIAL_MODELS_BY_ID[credModel.id] ?? null);
  if (credModel !== undefined && credentialModel === null) {
    throw new RangeError(`credential model ${credModel.id} is not shipped`);
  }

  let sensitiveMask = 0;
  const minConfidence = new Float64Array(ENTITY_TYPES.length);
  for (const e of detectors.entities) {
    if (e.sensitive) sensitiveMask |= 1 << ENTITY_INDEX[e.type];
    minConfidence[ENTITY_INDEX[e.type]] = e.minConfidence;
  }

  // One anchored alternation per case rule: a token is tested once or twice, not once per pattern.
  const referencePatterns: RegExp[] = [];
  for (const caseSensitive of [false, true]) {
    const group = detectors.brand.references.filter(
      (r) => (r.caseSensitive === true) === caseSensitive,
    );
    if (group.length === 0) continue;
    for (const r of group) compileTokenPattern(r.pattern, caseSensitive);
    referencePatterns.push(
      new RegExp(
        `^(?:${group.map((r) => `(?:${r.pattern})`).join('|')})$`,
        caseSensitive ? '' : 'i',
      ),
    );
  }

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
      if (a.type === 'priority') {
        priority = Math.max(priority, PRIORITIES.indexOf(a.value as (typeof PRIORITIES)[number]));
        continue;
      }
      actions |= ACTION_BIT[a.type];
      if (a.type === 'require_signoff' && typeof a.value === 'string') {
        if (!signoffRoles.includes(a.value)) signoffRoles.push(a.value);
      }
    }
    const w = rule.when;
    const typesMask = entityMaskOf(w.entities?.types);
    let intentAnyMask = 0;
    for (const c of w.intents ?? []) intentAnyMask |= 1 << (intentIndex.get(c.intent) ?? 0);
    return {
      id: rule.id,
      entityAnyMask:
        typesMask | (w.entities?.sensitive === true ? sensitiveMaskOf(detectors.entities) : 0),
      intentAnyMask,
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
    intentTable: intentTableOf(intentPayloads, compiledIntents),
    offerPayloads: Uint8Array.from(intentPayloads, (items) =>
      items.some(
        (it) =>
          it.intent >= 0 &&
          SCAM_OFFER_RULES.has(compiledIntents[it.intent]?.rules[it.rule]?.id ?? ''),
      )
        ? 1
        : 0,
    ),
    credentials,
    credentialStopwords: new Set(detectors.credentialStopwords.map(foldTerm)),
    contextBefore: detectors.contextWindow.before,
    contextAfter: detectors.contextWindow.after,
    sensitiveMask,
    minConfidence,
    brandPhones: new Set(detectors.brand.phones.map((p) => phoneKey(p.replace(/\D/g, '')))),
    brandAddresses: new Set(detectors.brand.addresses.map(canonicalStreet)),
    brandHouseNumbers: new Set(
      detectors.brand.addresses.map((a) => /^\s*(\d+)/.exec(a)?.[1] ?? ''),
    ),
    brandDomains: new Set(detectors.brand.emailDomains.map((d) => d.toLowerCase())),
    brandHandles: new Set(detectors.brand.handles.map((h) => h.replace(/^@/, '').toLowerCase())),
    referencePatterns,
    referenceMinLength: detectors.brand.references.reduce(
      (m, r) => Math.min(m, minMatchLength(r.pattern)),
      Number.MAX_SAFE_INTEGER,
    ),
    intents: compiledIntents,
    intentRuleCount: ruleOffset,
    models,
    digitRunModel,
    digitRunMinScore: runModel?.minScore ?? digitRunModel?.threshold ?? 1,
    credentialModel,
    credentialMinScore: credModel?.minScore ?? credentialModel?.threshold ?? 1,
    modelFloors: Float64Array.from(models, (_, m) =>
      Math.min(
        ...compiledIntents.flatMap((i) =>
          i.rules.filter((r) => r.model === m).map((r) => r.minScore),
        ),
      ),
    ),
    modelResultCache: new PairKeyedCache<IntentResult>(65536),
    misspeltCues: new WordTable(misspelt),
    misspeltLengths: lengthsByFirstLetter(misspelt.keys()),
    longCueForms: new WordTable(longForms),
    longCueLengths: lengthsByFirstLetter(longForms.keys()),
    dotPayload: entityPayloads.indexOf(entityByTerm.get(dotKey) as EntityPayload),
    slotIntent: Int32Array.from(slotIntent),
    decisionCache: new WordKeyedCache<Decision>(1 + ruleWordsOf(rules.rules.length), 4096),
    ruleWords: ruleWordsOf(rules.rules.length),
    intentResultCache: new PairKeyedCache<IntentResult>(65536),
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

function lengthsByFirstLetter(words: Iterable<string>): Int32Array {
  const lengths = new Int32Array(26);
  for (const word of words) {
    const first = word.charCodeAt(0) - 97;
    if (first < 0 || first >= 26 || word.length > 30) throw new Error(`misspelt cue "${word}"`);
    lengths[first] |= 1 << word.length;
  }
  return lengths;
}

/** Shortest cue word whose wrong or inserted letters still count as the cue. */
export const LONG_CUE_LENGTH = 7;

/**
 * The single-word entity cues of at least LONG_CUE_LENGTH letters (letter 31),
 * and each of them with one letter after the first replaced by "?" (with that
 * letter, 0…25); a form shared by two different cues or letters is left out.
 */
function longCueForms(
  entityByTerm: ReadonlyMap<string, EntityPayload>,
): Map<string, [EntityPayload, number]> {
  const forms = new Map<string, [EntityPayload, number]>();
  const ambiguous = new Set<string>();
  const add = (form: string, payload: EntityPayload, letter: number): void => {
    const seen = forms.get(form);
    if (seen !== undefined && (seen[0] !== payload || seen[1] !== letter)) ambiguous.add(form);
    else forms.set(form, [payload, letter]);
  };
  for (const [term, payload] of entityByTerm) {
    if (term.length < LONG_CUE_LENGTH || !/^[a-z]+$/.test(term)) continue;
    add(term, payload, 31);
    for (let i = 1; i < term.length; i++)
      add(term.slice(0, i) + '?' + term.slice(i + 1), payload, term.charCodeAt(i) - 97);
  }
  for (const form of ambiguous) forms.delete(form);
  return forms;
}

/** Shortest cue word whose one-edit misspellings still count as the cue. */
export const MIN_FUZZY_CUE_LENGTH = 6;

/**
 * One-edit misspellings of single-word entity cues of at least
 * MIN_FUZZY_CUE_LENGTH letters: one letter dropped or two neighbours swapped,
 * the first letter kept (people rarely get it wrong, and keeping it avoids
 * "outing" for "routing"). A variant that is itself a term, or a variant of two
 * different cues, is left out, so every variant names exactly one cue.
 */
function misspelledCues(
  entityByTerm: ReadonlyMap<string, EntityPayload>,
  intentByTerm: ReadonlyMap<string, unknown>,
): Map<string, EntityPayload> {
  const variants = new Map<string, EntityPayload>();
  const ambiguous = new Set<string>();
  for (const [term, payload] of entityByTerm) {
    if (term.length < MIN_FUZZY_CUE_LENGTH || !/^[a-z]+$/.test(term)) continue;
    const forms = new Set<string>();
    for (let i = 1; i < term.length; i++) forms.add(term.slice(0, i) + term.slice(i + 1));
    for (let i = 1; i + 1 < term.length; i++) {
      if (term[i] !== term[i + 1])
        forms.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
    }
    for (const form of forms) {
      if (entityByTerm.has(form) || intentByTerm.has(form)) continue;
      const seen = variants.get(form);
      if (seen !== undefined && seen !== payload) ambiguous.add(form);
      else variants.set(form, payload);
    }
  }
  for (const form of ambiguous) variants.delete(form);
  return variants;
}

function intentTableOf(
  payloads: readonly IntentPayloadItem[][],
  intents: readonly CompiledIntent[],
): IntentTable {
  const items = payloads.flat();
  const rules = intents.flatMap((i) => i.rules);
  const itemStart = new Int32Array(payloads.length + 1);
  payloads.forEach((p, k) => (itemStart[k + 1] = itemStart[k] + p.length));
  const intentsOfEntity = new Int32Array(32);
  for (let t = 0; t < 32; t++) {
    intents.forEach((intent, x) => {
      if ((intent.entityMask & (1 << t)) !== 0) intentsOfEntity[t] |= 1 << x;
    });
  }
  const maskOf = (pick: (i: CompiledIntent) => boolean): number =>
    intents.reduce((m, intent, x) => (pick(intent) ? m | (1 << x) : m), 0);
  return {
    itemStart,
    itemSlot: Int32Array.from(items, (it) =>
      it.intent < 0 ? -1 : (intents[it.intent]?.offset ?? 0) + it.rule,
    ),
    itemIntent: Int32Array.from(items, (it) => it.intent),
    itemWeight: Float64Array.from(items, (it) => it.weight),
    itemExact: items.map((it) => it.exact),
    ruleWeight: Float64Array.from(rules, (r) => r.weight),
    ruleEntityMask: Int32Array.from(rules, (r) => r.entityMask),
    ruleQuestion: Uint8Array.from(rules, (r) => (r.question ? 1 : 0)),
    ruleModel: Int32Array.from(rules, (r) => (r.modelOutput < 0 ? -1 : r.model)),
    ruleModelOutput: Int32Array.from(rules, (r) => r.modelOutput),
    ruleMinScore: Float64Array.from(rules, (r) => r.minScore),
    ruleEnd: Int32Array.from(intents, (i) => i.offset + i.rules.length),
    threshold: Float64Array.from(intents, (i) => i.threshold),
    negation: Uint8Array.from(intents, (i) =>
      i.negation === 'drop'
        ? NEGATION_DROP
        : i.negation === 'reduce'
          ? NEGATION_REDUCE
          : NEGATION_IGNORE,
    ),
    suppressedBy: Int32Array.from(intents, (i) =>
      i.suppressedBy.reduce((m, sup) => (sup >= 0 ? m | (1 << sup) : m), 0),
    ),
    intentsOfEntity,
    questionIntents: maskOf((i) => i.question),
    modelledIntents: maskOf((i) => i.modelled),
    ...symbolTableOf(intents),
  };
}

function symbolTableOf(
  intents: readonly CompiledIntent[],
): Pick<IntentTable, 'symbols' | 'symbolSlots'> {
  const slotsOf = new Map<string, number[]>();
  for (const intent of intents) {
    intent.rules.forEach((rule, r) => {
      for (const sign of rule.symbols) {
        const slots = slotsOf.get(sign) ?? [];
        if (!slots.includes(intent.offset + r)) slots.push(intent.offset + r);
        slotsOf.set(sign, slots);
      }
    });
  }
  return { symbols: [...slotsOf.keys()], symbolSlots: [...slotsOf.values()] };
}

function ruleWordsOf(ruleCount: number): number {
  return Math.max(1, Math.ceil(ruleCount / 32));
}

function exactForm(term: string): string {
  return normalizeText(term.trim()).text.replace(/\s+/g, ' ');
}
