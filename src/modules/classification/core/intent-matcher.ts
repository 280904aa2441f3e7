import { NEGATION_DROP, NEGATION_REDUCE, type CompiledPolicy } from './compiled-policy';
import type { IntentResult } from './classification.types';
import type { IntentScores } from './classifier-scratch';
import type { ScanResult } from './lexicon-trie';

const NO_INTENTS = Object.freeze([]) as unknown as IntentResult[];

/**
 * Scores every intent from the lexicon hits of the scan, the entity types found,
 * the signs (emoji) of `symbols` rules and the question mark. A term preceded by a negation in the same clause (within
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
  const t = policy.intentTable;
  const raw = scores.raw;
  const ruleWeights = scores.ruleWeights;
  const confidences = scores.confidences;
  const modelScores = scores.modelScores;
  const hits = scan.intentHits;
  scores.reportedMask = 0;
  const models = policy.models;
  // Whether any model's probability reaches the lowest minScore of the rules naming it.
  let modelEvidence = false;
  for (let m = 0; m < models.length; m++) {
    if (models[m].score(scan.words, modelScores[m]) >= policy.modelFloors[m]) modelEvidence = true;
  }
  // Signs (emoji) of `symbols` rules: one substring search per sign, up to the first found;
  // none in a post of ASCII only.
  const { symbols, symbolSlots } = t;
  let firstSign = scan.hasNonAscii ? 0 : symbols.length;
  while (firstSign < symbols.length && !s.includes(symbols[firstSign])) firstSign++;
  const hasSign = firstSign < symbols.length;
  if (!modelEvidence && hits.count === 0 && entityMask === 0 && !scan.hasQuestion && !hasSign) {
    zero(confidences);
    return NO_INTENTS;
  }
  zero(ruleWeights);

  // Intents with any evidence in this post; the others are not looked at.
  let candidates = modelEvidence ? t.modelledIntents : 0;
  for (let k = firstSign; k < symbols.length; k++) {
    if (k > firstSign && !s.includes(symbols[k])) continue;
    for (const slot of symbolSlots[k]) {
      ruleWeights[slot] = t.ruleWeight[slot];
      candidates |= 1 << policy.slotIntent[slot];
    }
  }
  if (scan.hasQuestion) candidates |= t.questionIntents;
  for (let e = entityMask; e !== 0; e &= e - 1)
    candidates |= t.intentsOfEntity[31 - Math.clz32(e & -e)];

  const { itemStart, itemSlot, itemIntent, itemWeight, itemExact, negation } = t;
  const negationWindow = policy.negationWindow;
  let negWord = -1_000_000;
  let negClause = -1;
  for (let k = 0; k < hits.count; k++) {
    const payload = hits.payload[k];
    const word = hits.word[k];
    const clause = hits.clause[k];
    const negated = clause === negClause && word > negWord && word - negWord <= negationWindow;
    let isNegation = false;
    for (let it = itemStart[payload], last = itemStart[payload + 1]; it < last; it++) {
      const slot = itemSlot[it];
      if (slot < 0) {
        isNegation = true;
        continue;
      }
      const exact = itemExact[it];
      if (exact !== null) {
        const found = s.slice(hits.start[k], hits.end[k]).replace(/\s+/g, ' ');
        if (found !== exact || prefixesAnIdentifier(s, hits.end[k])) continue;
      }
      const intent = itemIntent[it];
      let w = itemWeight[it];
      if (negated) {
        const mode = negation[intent];
        if (mode === NEGATION_DROP) continue;
        if (mode === NEGATION_REDUCE) w *= policy.negationFactor;
      }
      if (w > ruleWeights[slot]) ruleWeights[slot] = w;
      candidates |= 1 << intent;
    }
    if (isNegation) {
      negWord = word;
      negClause = clause;
    }
  }

  const intents = policy.intents;
  const { ruleWeight, ruleEntityMask, ruleQuestion, ruleModel, ruleModelOutput, ruleMinScore } = t;
  zero(raw);
  let reportedRaw = 0;
  for (let c = candidates; c !== 0; c &= c - 1) {
    const x = 31 - Math.clz32(c & -c);
    let miss = 1;
    for (let slot = intents[x].offset, end = t.ruleEnd[x]; slot < end; slot++) {
      let w = ruleWeights[slot];
      const m = ruleModel[slot];
      if (m >= 0) {
        const p = modelScores[m][ruleModelOutput[slot]];
        w = p >= ruleMinScore[slot] ? ruleWeight[slot] * p : 0;
      } else if (
        ((ruleEntityMask[slot] & entityMask) !== 0 ||
          (ruleQuestion[slot] === 1 && scan.hasQuestion)) &&
        ruleWeight[slot] > w
      ) {
        w = ruleWeight[slot];
      }
      ruleWeights[slot] = w;
      miss *= 1 - w;
    }
    const confidence = 1 - miss;
    if (confidence > 0 && confidence >= t.threshold[x]) {
      raw[x] = confidence;
      reportedRaw |= 1 << x;
    }
  }
  zero(confidences);
  if (reportedRaw === 0) return NO_INTENTS;

  const results: IntentResult[] = [];
  for (let c = reportedRaw; c !== 0; c &= c - 1) {
    const x = 31 - Math.clz32(c & -c);
    if ((t.suppressedBy[x] & reportedRaw) !== 0) continue;
    const confidence = raw[x];
    confidences[x] = confidence;
    scores.reportedMask |= 1 << x;
    const intent = intents[x];
    // Results are values: share one frozen object per (intent, rules matched, confidence).
    let matched = 0;
    let modelRule = -1;
    for (let slot = intent.offset, end = t.ruleEnd[x]; slot < end; slot++) {
      if (ruleWeights[slot] > 0) {
        matched |= 1 << (slot - intent.offset);
        if (ruleModel[slot] >= 0) modelRule = slot - intent.offset;
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

/** A plain loop: these arrays hold a few dozen numbers, fewer than a call of `fill` is worth. */
function zero(a: Float64Array): void {
  for (let i = 0; i < a.length; i++) a[i] = 0;
}

function ruleIdsOf(rules: readonly { id: string }[], matched: number): string[] {
  const ruleIds: string[] = [];
  for (let r = 0; r < rules.length; r++) if ((matched & (1 << r)) !== 0) ruleIds.push(rules[r].id);
  return Object.freeze(ruleIds) as string[];
}

/**
 * Whether a case-sensitive term (an acronym: "AG", "SEC") ending at `end` is glued to
 * digits by a hyphen or "#", as the letters of a loan or policy number are ("AG-00418-77").
 */
function prefixesAnIdentifier(s: string, end: number): boolean {
  let k = end;
  const c = s.charCodeAt(k);
  if (c === 45 || c === 35) k++;
  const d = s.charCodeAt(k);
  return d >= 48 && d <= 57;
}
