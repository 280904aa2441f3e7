import type { CompiledPolicy } from './compiled-policy';
import type { IntentResult } from './classification.types';
import type { IntentScores } from './classifier-scratch';
import type { ScanResult } from './lexicon-trie';

/**
 * Scores every intent from the lexicon hits of the scan, the entity types found
 * and the question mark. A term preceded by a negation in the same clause (within
 * `negation.window` words) counts per the intent's mode: reduced, dropped or as is.
 * Within one rule the strongest hit counts; rules combine as 1 - Π(1 - w). An
 * intent is reported from its threshold up, unless an intent that suppresses it
 * is reported too. Scores are left in `scores` (the classifier's scratch space)
 * for the decision engine to read right after.
 */
export function matchIntents(
  policy: CompiledPolicy,
  s: string,
  scan: ScanResult,
  entityMask: number,
  scores: IntentScores,
): IntentResult[] {
  const total = policy.intentRuleCount;
  const count = policy.intents.length;
  const raw = scores.raw;
  const ruleWeights = scores.ruleWeights;
  const confidences = scores.confidences;
  const hits = scan.intentHits;
  scores.reportedMask = 0;
  const models = policy.models;
  // Whether any model's probability reaches the lowest minScore of the rules naming it.
  let modelEvidence = false;
  for (let m = 0; m < models.length; m++) {
    const out = scores.modelScores[m];
    const model = models[m];
    if (out === undefined || model === undefined) continue;
    if (model.score(scan.words, out) >= (policy.modelFloors[m] ?? 0)) modelEvidence = true;
  }
  if (!modelEvidence && hits.count === 0 && entityMask === 0 && !scan.hasQuestion) {
    for (let x = 0; x < count; x++) confidences[x] = 0;
    return [];
  }
  const touched = scores.touched;
  for (let k = 0; k < total; k++) ruleWeights[k] = 0;
  for (let k = 0; k < count; k++) touched[k] = 0;

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
      touched[item.intent] = 1;
    }
    if (isNegation) {
      negWord = word;
      negClause = clause;
    }
  }

  const intents = policy.intents;
  let any = false;
  for (let x = 0; x < count; x++) {
    const intent = intents[x];
    // Most posts give evidence for few intents: skip the others outright.
    if (
      touched[x] === 0 &&
      !(intent.modelled && modelEvidence) &&
      (intent.entityMask & entityMask) === 0 &&
      !(intent.question && scan.hasQuestion)
    ) {
      raw[x] = 0;
      continue;
    }
    let miss = 1;
    for (let r = 0; r < intent.rules.length; r++) {
      const rule = intent.rules[r];
      const slot = intent.offset + r;
      if ((rule.entityMask & entityMask) !== 0 && rule.weight > (ruleWeights[slot] ?? 0)) {
        ruleWeights[slot] = rule.weight;
      }
      if (rule.question && scan.hasQuestion && rule.weight > (ruleWeights[slot] ?? 0)) {
        ruleWeights[slot] = rule.weight;
      }
      if (rule.model >= 0) {
        const p = scores.modelScores[rule.model]?.[rule.modelOutput] ?? 0;
        ruleWeights[slot] = p >= rule.minScore ? rule.weight * p : 0;
      }
      miss *= 1 - (ruleWeights[slot] ?? 0);
    }
    const confidence = 1 - miss;
    const reported = confidence > 0 && confidence >= intent.threshold ? confidence : 0;
    raw[x] = reported;
    if (reported > 0) any = true;
  }
  if (!any) {
    for (let x = 0; x < count; x++) confidences[x] = 0;
    return [];
  }

  const results: IntentResult[] = [];
  for (let x = 0; x < count; x++) {
    const intent = intents[x];
    let confidence = raw[x] ?? 0;
    for (const sup of intent.suppressedBy) {
      if ((raw[sup] ?? 0) > 0) confidence = 0;
    }
    confidences[x] = confidence;
    if (confidence === 0) continue;
    scores.reportedMask |= 1 << x;
    // Results are values: share one frozen object per (intent, rules matched, confidence).
    let matched = 0;
    let modelRule = -1;
    for (let r = 0; r < intent.rules.length; r++) {
      if ((ruleWeights[intent.offset + r] ?? 0) > 0) {
        matched |= 1 << r;
        if (intent.rules[r].model >= 0) modelRule = r;
      }
    }
    const millis = Math.round(confidence * 1000);
    const rounded = millis / 1000;
    let result: IntentResult | undefined;
    if (modelRule >= 0) {
      // Cited with the model's probability in hundredths; keyed by (intent, confidence,
      // score) below 2^22, then the matched rules below 2^31.
      const rule = intent.rules[modelRule];
      const centi = Math.round((scores.modelScores[rule.model]?.[rule.modelOutput] ?? 0) * 100);
      const key = (x * 1024 + millis) * 128 + centi;
      result = policy.modelResultCache.get(key, matched);
      if (result === undefined) {
        result = Object.freeze({
          intent: intent.id,
          confidence: rounded,
          ruleIds: ruleIdsOf(intent.rules, matched),
          model: Object.freeze({ id: policy.models[rule.model]?.id ?? '', score: centi / 100 }),
        });
        policy.modelResultCache.set(key, matched, result);
      }
    } else {
      const key = x * 1024 + millis;
      result = policy.intentResultCache.get(key, matched);
      if (result === undefined) {
        result = Object.freeze({
          intent: intent.id,
          confidence: rounded,
          ruleIds: ruleIdsOf(intent.rules, matched),
        });
        policy.intentResultCache.set(key, matched, result);
      }
    }
    results.push(result);
  }
  // Insertion sort, highest confidence first: a handful of items at most.
  for (let a = 1; a < results.length; a++) {
    const item = results[a];
    let b = a - 1;
    while (b >= 0 && results[b].confidence < item.confidence) {
      results[b + 1] = results[b]!;
      b--;
    }
    results[b + 1] = item;
  }
  return results;
}

function ruleIdsOf(rules: readonly { id: string }[], matched: number): string[] {
  const ruleIds: string[] = [];
  for (let r = 0; r < rules.length; r++) if ((matched & (1 << r)) !== 0) ruleIds.push(rules[r].id);
  return Object.freeze(ruleIds) as string[];
}
