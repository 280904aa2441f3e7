import type { PolicySet } from '../../policy/core';
import { ENTITY_TYPES } from '../../policy/core';
import { compilePolicy, ENTITY_INDEX, type CompiledPolicy } from './compiled-policy';
import type {
  ClassificationContext,
  ClassificationResult,
  EntityFinding,
  IntentResult,
} from './classification.types';
import { decideFor } from './decision-engine';
import { MAX_ANSWER_LENGTH } from './bare-answer.detector';
import { detectEntities } from './entity-detector';
import { matchIntents } from './intent-matcher';
import { previewOf } from './preview';
import { ClassifierScratch } from './classifier-scratch';
import type { RawFinding } from './detection-state';
import {
  foldDigitWords,
  hasSpelledNumber,
  mayHoldDigitWords,
  mayHoldSpelledNumber,
} from './digit-words';
import { addMisspeltCues } from './misspelt-cues';
import { unchangedByNormalization, type NormalizedText } from './text-normalizer';

// Results are values: empty lists, like decisions and intent results, are shared and frozen.
const NONE_FOUND = Object.freeze([]) as unknown as EntityFinding[];
const NO_INTENTS = Object.freeze([]) as unknown as IntentResult[];
const compiledCache = new WeakMap<PolicySet, CompiledClassifier>();

/** A policy compiled into lexicons and rule tables, with the working memory it classifies in. */
export interface CompiledClassifier {
  readonly policy: CompiledPolicy;
  /** Reused from post to post; see ClassifierScratch. */
  readonly scratch: ClassifierScratch;
}

export function compileClassifier(policySet: PolicySet): CompiledClassifier {
  const policy = compilePolicy(policySet);
  return { policy, scratch: new ClassifierScratch(policy) };
}

/** The compiled classifier of a loaded policy set, compiled once per set. */
export function compiledClassifierFor(policySet: PolicySet): CompiledClassifier {
  let compiled = compiledCache.get(policySet);
  if (compiled === undefined) {
    compiled = compileClassifier(policySet);
    compiledCache.set(policySet, compiled);
  }
  return compiled;
}

/** Posts longer than this are checked for what normalisation changes before they are scanned. */
const LONG_POST = 4096;

/**
 * Scans `text` into the scratch space's scan and returns the text the detectors
 * read, with its offset maps, or null when that is `text` itself: normalised
 * when normalisation changes it, digit words folded into digits.
 */
export function prepareText(
  compiled: CompiledClassifier,
  text: string,
  /**
   * round 26: a short private post, read as an answer to an agent: a number spelled out in
   * words needs no cue there ("four one one - two two - eight three seven zero").
   */
  answer = false,
): NormalizedText | null {
  const { policy, scratch } = compiled;
  const scan = scratch.scan;
  let normalized: NormalizedText | null = null;
  if (text.length > LONG_POST) {
    // A long post is checked for what normalisation changes first, so that it is scanned
    // once: the check costs a fraction of a scan, a second scan its whole length.
    if (!unchangedByNormalization(text)) normalized = scratch.normalizer.normalize(text);
    policy.trie.scan(normalized?.text ?? text, scan);
  } else {
    // Scan the text as received; only when it holds characters that normalisation
    // changes (full-width digits, zero-width marks…) normalise and scan again.
    policy.trie.scan(text, scan);
    if (scan.hasNonAscii && !unchangedByNormalization(text)) {
      normalized = scratch.normalizer.normalize(text);
      policy.trie.scan(normalized.text, scan);
    }
  }
  // "four one four seven 3366 1029 8873": digit words beside digit groups read as
  // digits; so are numbers spelled wholly in words after a cue ("call me, two one
  // four five five five …").
  if (
    (scan.hasDigit && mayHoldDigitWords(normalized?.text ?? text, scan.digitRuns)) ||
    ((scan.entityHits.count > 0 || answer) &&
      mayHoldSpelledNumber(scan.words) &&
      hasSpelledNumber(normalized?.text ?? text))
  ) {
    const folded = foldDigitWords(normalized?.text ?? text, normalized);
    // Without a cue, an answer counting "one two three four five …" holds no number.
    const counting =
      folded !== null && !scan.hasDigit && scan.entityHits.count === 0 && countingOnly(folded.text);
    if (folded !== null && !counting) {
      normalized = folded;
      policy.trie.scan(folded.text, scan);
    }
  }
  addMisspeltCues(normalized === null ? text : normalized.text, policy, scan);
  return normalized;
}

/** Whether every run of single digits in `s` counts up by one ("1 2 3 4 5 6 7 8"). */
function countingOnly(s: string): boolean {
  const runs = s.match(/\d(?: \d){6,}/g);
  if (runs === null) return false;
  return runs.every((run) => {
    const d = run.replace(/ /g, '');
    for (let i = 1; i < d.length; i++)
      if (d.charCodeAt(i) !== d.charCodeAt(i - 1) + 1) return false;
    return true;
  });
}

/** Whether the post is private: as the intake says, else by its channel's default. */
function isPrivate(policy: CompiledPolicy, context: ClassificationContext | undefined): boolean {
  if (context === undefined) return false;
  const channel = context.channel === undefined ? undefined : policy.channels.get(context.channel);
  return (context.visibility ?? channel?.defaultVisibility) === 'private';
}

export function classifyCompiled(
  compiled: CompiledClassifier,
  text: string,
  context?: ClassificationContext,
): ClassificationResult {
  const { policy, scratch } = compiled;
  const scan = scratch.scan;
  const privatePost = isPrivate(policy, context);
  const normalized = prepareText(compiled, text, privatePost && text.length <= MAX_ANSWER_LENGTH);
  const s = normalized === null ? text : normalized.text;
  const raw = detectEntities(s, policy, scratch, context?.ownContacts, undefined, privatePost);

  let entities: EntityFinding[] | null = null;
  const kept = scratch.kept;
  // Setting a length calls into the runtime: only when there is something to drop.
  if (kept.length !== 0) kept.length = 0;
  let entityMask = 0;
  let detectedMask = 0;
  const starts = normalized?.starts ?? null;
  const ends = normalized?.ends ?? null;
  for (let k = 0; k < raw.length; k++) {
    const f = raw[k];
    detectedMask |= 1 << f.type;
    if (f.confidence < (policy.minConfidence[f.type] ?? 0)) continue;
    const type = ENTITY_TYPES[f.type];
    // Offsets into the text as received (see toOriginalSpan), without an object per finding.
    const start = starts === null ? f.start : (starts[f.start] ?? text.length);
    const end = ends === null ? f.end : (ends[f.end - 1] ?? text.length);
    (entities ??= []).push({
      type,
      start,
      end,
      detector: f.detector,
      confidence: Math.min(1, Math.round(f.confidence * 1000) / 1000),
      preview: previewOf(type, s.slice(f.start, f.end)),
    });
    kept.push(f);
    entityMask |= 1 << f.type;
  }

  let intents = matchIntents(policy, s, scan, entityMask, scratch.intents);
  // An advert's phone numbers and mailboxes are the advertiser's, not a customer's: a post
  // read as spam, and not about the poster's own account once they are left out, keeps none
  // of them (read again without them, so that they make no account-specific post either).
  if (entities !== null && (entityMask & ADVERTISER_CONTACTS) !== 0 && has(intents, 'spam')) {
    const without = entityMask & ~ADVERTISER_CONTACTS;
    const again = matchIntents(policy, s, scan, without, scratch.intents);
    const advert = has(again, 'spam') && !has(again, 'account_specific');
    if (advert) entities = dropAdvertiserContacts(s, entities, kept);
    // With none left, the second reading stands; else (not an advert, or a contact point told
    // as the poster's own kept) the first, read again for the confidences the decision reads.
    if (advert && !kept.some((f) => ((1 << f.type) & ADVERTISER_CONTACTS) !== 0)) {
      intents = again;
    } else {
      intents = matchIntents(policy, s, scan, entityMask, scratch.intents);
    }
  }
  const decision = decideFor(
    policy,
    kept,
    scratch.intents,
    context,
    scratch.decisionKey,
    detectedMask,
    scan.hasDigit && scratch.unreadNumber,
  );
  return {
    entities: entities ?? NONE_FOUND,
    intents: intents.length === 0 ? NO_INTENTS : intents,
    decision,
  };
}

/** Entity types an advert's contact points are read as (bits of ENTITY_INDEX). */
const ADVERTISER_CONTACTS = (1 << ENTITY_INDEX.PHONE) | (1 << ENTITY_INDEX.EMAIL);

function has(intents: readonly IntentResult[], intent: string): boolean {
  for (const i of intents) if (i.intent === intent) return true;
  return false;
}

/** "my whatsapp is", "my number:", "my email": a contact point the poster says is theirs. */
const TOLD_AS_OWN = /\bmy(?: [\p{L}'’-]+){0,2}(?: is| es|:)? ?$/iu;

/**
 * The findings without the phones and emails not told as the poster's own, in `kept` (the
 * raw findings, pushed in step with `entities`, offsets into `s`) as well; null for none left.
 */
function dropAdvertiserContacts(
  s: string,
  entities: EntityFinding[],
  kept: RawFinding[],
): EntityFinding[] | null {
  const out: EntityFinding[] = [];
  let w = 0;
  for (let k = 0; k < kept.length; k++) {
    const f = kept[k];
    if (
      ((1 << f.type) & ADVERTISER_CONTACTS) === 0 ||
      TOLD_AS_OWN.test(s.slice(Math.max(0, f.start - 32), f.start))
    ) {
      kept[w++] = f;
      out.push(entities[k]);
    }
  }
  kept.length = w;
  return out.length === 0 ? null : out;
}

/**
 * Classifies one post: sensitive entities (offsets into `text` as received),
 * intents with the rule ids that matched, and the policy decision.
 */
export function classify(
  text: string,
  context: ClassificationContext | undefined,
  policySet: PolicySet,
): ClassificationResult {
  return classifyCompiled(compiledClassifierFor(policySet), text, context);
}
