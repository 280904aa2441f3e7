import { ENTITY_TYPES, type PolicySet } from '../../policy/core';
import { compilePolicy, type CompiledPolicy } from './compiled-policy';
import type {
  ClassificationContext,
  ClassificationResult,
  EntityFinding,
} from './classification.types';
import { decide } from './decision-engine';
import { detectEntities } from './entity-detector';
import { matchIntents } from './intent-matcher';
import { HitList, RunList, type ScanResult } from './lexicon-trie';
import { previewOf } from './preview';
import { normalizeText, toOriginalSpan } from './text-normalizer';

const compiledCache = new WeakMap<PolicySet, CompiledPolicy>();

/** The policy compiled into lexicons and rule tables, once per loaded policy set. */
export function compiledPolicyFor(policySet: PolicySet): CompiledPolicy {
  let compiled = compiledCache.get(policySet);
  if (compiled === undefined) {
    compiled = compilePolicy(policySet);
    compiledCache.set(policySet, compiled);
  }
  return compiled;
}

// Classification is synchronous, so one scan buffer serves every call.
const scan: ScanResult = {
  entityHits: new HitList(),
  intentHits: new HitList(),
  digitRuns: new RunList(),
  hasDigit: false,
  hasAt: false,
  hasQuestion: false,
  hasSlash: false,
};

export function classifyCompiled(
  policy: CompiledPolicy,
  text: string,
  context?: ClassificationContext,
): ClassificationResult {
  const normalized = normalizeText(text);
  const s = normalized.text;
  policy.trie.scan(s, scan);
  const raw = detectEntities(s, policy, scan);

  const entities: EntityFinding[] = [];
  const kept = [];
  let entityMask = 0;
  for (const f of raw) {
    if (f.confidence < (policy.minConfidence[f.type] ?? 0)) continue;
    const type = ENTITY_TYPES[f.type]!;
    const span = toOriginalSpan(normalized, f.start, f.end);
    entities.push({
      type,
      start: span.start,
      end: span.end,
      detector: f.detector,
      confidence: Math.min(1, Math.round(f.confidence * 1000) / 1000),
      preview: previewOf(type, s.slice(f.start, f.end)),
    });
    kept.push(f);
    entityMask |= 1 << f.type;
  }

  const { results: intents, scores } = matchIntents(policy, s, scan, entityMask);
  const decision = decide(policy, { findings: kept, intents: scores, context });
  return { entities, intents, decision };
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
  return classifyCompiled(compiledPolicyFor(policySet), text, context);
}
