import type { CompiledPolicy } from './compiled-policy';
import type { IntentResult } from './classification.types';
import type { ScanResult } from './lexicon-trie';

/** Reused between posts: per intent-rule slot weight, per intent confidence. */
export interface IntentScores {
  ruleWeights: Float64Array;
  confidences: Float64Array;
}

const scores: IntentScores = {
  ruleWeights: new Float64Array(64),
  confidences: new Float64Array(16),
};
const raw: number[] = [];

/**
 * Scores every intent from the lexicon hits of the scan, the entity types found
 * and the question mark. A term preceded by a negation in the same clause (within
 * `negation.window` words) counts per the intent's mode: reduced, dropped or as is.
 * Within one rule the strongest hit counts; rules combine as 1 - Π(1 - w).
 *
 * The returned scores (reused by the next call) hold each reported intent's
 * confidence (0 when not reported), indexed like `policy.intents`.
 */
export function matchIntents(
  policy: CompiledPolicy,
  s: string,
  scan: ScanResult,
  entityMask: number,
): { results: IntentResult[]; scores: IntentScores } {
  const total = policy.intentRuleCount;
  if (scores.ruleWeights.length < total) scores.ruleWeights = new Float64Array(total * 2);
  if (scores.confidences.length < policy.intents.length)
    scores.confidences = new Float64Array(policy.intents.length * 2);
  const ruleWeights = scores.ruleWeights;
  const confidences = scores.confidences;
  ruleWeights.fill(0, 0, total);

  const hits = scan.intentHits;
  let negWord = -1_000_000;
  let negClause = -1;
  for (let k = 0; k < hits.count; k++) {
    const items = policy.intentPayloads[hits.payload[k] ?? 0];
    if (items === undefined) continue;
    const word = hits.word[k] ?? 0;
    const clause = hits.clause[k] ?? 0;
    const negated =
      clause === negClause && word > negWord && word - negWord <= policy.negationWindow;
    let isNegation = false;
    for (const item of items) {
      if (item.intent < 0) {
        isNegation = true;
        continue;
      }
      if (item.exact !== null) {
        const found = s.slice(hits.start[k] ?? 0, hits.end[k] ?? 0).replace(/\s+/g, ' ');
        if (found !== item.exact) continue;
      }
      const intent = policy.intents[item.intent];
      if (intent === undefined) continue;
      let w = item.weight;
      if (negated) {
        if (intent.negation === 'drop') continue;
        if (intent.negation === 'reduce') w *= policy.negationFactor;
      }
      const slot = intent.offset + item.rule;
      if (w > (ruleWeights[slot] ?? 0)) ruleWeights[slot] = w;
    }
    if (isNegation) {
      negWord = word;
      negClause = clause;
    }
  }

  const intents = policy.intents;
  raw.length = intents.length;
  for (let x = 0; x < intents.length; x++) {
    const intent = intents[x]!;
    let miss = 1;
    for (let r = 0; r < intent.rules.length; r++) {
      const rule = intent.rules[r]!;
      const slot = intent.offset + r;
      if ((rule.entityMask & entityMask) !== 0 && rule.weight > (ruleWeights[slot] ?? 0)) {
        ruleWeights[slot] = rule.weight;
      }
      if (rule.question && scan.hasQuestion && rule.weight > (ruleWeights[slot] ?? 0)) {
        ruleWeights[slot] = rule.weight;
      }
      miss *= 1 - (ruleWeights[slot] ?? 0);
    }
    const confidence = 1 - miss;
    raw[x] = confidence >= intent.threshold && confidence > 0 ? confidence : 0;
  }

  const results: IntentResult[] = [];
  for (let x = 0; x < intents.length; x++) {
    const intent = intents[x]!;
    let confidence = raw[x] ?? 0;
    for (const sup of intent.suppressedBy) {
      if ((raw[sup] ?? 0) > 0) confidence = 0;
    }
    confidences[x] = confidence;
    if (confidence === 0) continue;
    const ruleIds: string[] = [];
    for (let r = 0; r < intent.rules.length; r++) {
      if ((ruleWeights[intent.offset + r] ?? 0) > 0) ruleIds.push(intent.rules[r]!.id);
    }
    results.push({ intent: intent.id, confidence: Math.round(confidence * 1000) / 1000, ruleIds });
  }
  if (results.length > 1) results.sort((a, b) => b.confidence - a.confidence);
  return { results, scores };
}
