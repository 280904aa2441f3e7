import type { OwnContacts } from './classification.types';
import { phoneKey, type CompiledPolicy } from './compiled-policy';
import { DetectionState, type RawFinding } from './detection-state';
import type { DigitRunScratch } from './digit-run-model';
import type { CredentialScratch } from './credential-model';
import { newScanResult, type ScanResult } from './lexicon-trie';
import { createNumericDetector, type NumericDetector } from './numeric-entity.detector';
import { TextNormalizer } from './text-normalizer';

/** Per intent-rule slot the weight it contributed, per intent the reported confidence. */
export interface IntentScores {
  ruleWeights: Float64Array;
  confidences: Float64Array;
  /** Per intent, the confidence before suppression by other intents. */
  raw: Float64Array;
  /** Bit per reported intent. */
  reportedMask: number;
  /** Per intent model of the policy, its probabilities for the current post. */
  modelScores: Float64Array[];
}

interface OwnContactKeys {
  phones: ReadonlySet<string>;
  domains: ReadonlySet<string>;
}

/**
 * The working memory of one compiled classifier, reused from post to post so
 * that classifying a post allocates little beyond its result: the scan's hit
 * lists, the normalised text's offset maps, the detectors' coverage stamps and
 * digit buffers, the digit-run model's buffers, the intent scores and the
 * decision-cache key.
 *
 * Classification is synchronous and never calls out while a post is being
 * classified, so one scratch space per compiled classifier is enough; each
 * worker thread has its own classifier and so its own scratch space. Nothing
 * here outlives the call that filled it: results never point into it.
 */
export class ClassifierScratch {
  readonly scan: ScanResult = newScanResult();
  /** Findings kept after the per-type minimum confidence, for the decision. */
  readonly kept: RawFinding[] = [];
  readonly normalizer = new TextNormalizer();
  readonly numeric: NumericDetector = createNumericDetector();
  /** The digit-run model's feature and probability buffers, when the policy names one. */
  readonly runs: DigitRunScratch | null;
  /** The credential model's buffers, when the policy names one. */
  readonly creds: CredentialScratch | null;
  readonly intents: IntentScores;
  /** Decision-cache key: one word of actions, then the fired-rule bitset (see decision-engine). */
  readonly decisionKey: Int32Array;
  private detection: DetectionState | undefined;
  /** Own contact points in the form the detectors compare, per context object seen. */
  private readonly ownContacts = new WeakMap<OwnContacts, OwnContactKeys>();

  constructor(policy: CompiledPolicy) {
    const intents = Math.max(1, policy.intents.length);
    this.intents = {
      ruleWeights: new Float64Array(Math.max(1, policy.intentRuleCount)),
      confidences: new Float64Array(intents),
      raw: new Float64Array(intents),
      reportedMask: 0,
      modelScores: policy.models.map((m) => new Float64Array(m.intents.length)),
    };
    this.decisionKey = new Int32Array(1 + policy.ruleWords);
    this.runs = policy.digitRunModel?.newScratch() ?? null;
    this.creds = policy.credentialModel?.newScratch() ?? null;
  }

  /** The detectors' per-post state, reset for `s`. */
  detectionFor(s: string, policy: CompiledPolicy, own: OwnContacts | undefined): DetectionState {
    let st = this.detection;
    if (st === undefined) {
      st = new DetectionState(s, policy, this.scan, this.numeric);
      this.detection = st;
    } else st.reset(s, policy, this.scan);
    const keys = own === undefined ? undefined : this.ownContactKeys(own);
    st.ownPhones = keys?.phones ?? null;
    st.ownDomains = keys?.domains ?? null;
    return st;
  }

  /** Whether the last post's detectors left a number unread (see `unreadNumber` in entity-detector.ts). */
  get unreadNumber(): boolean {
    return this.detection?.unreadNumber ?? false;
  }

  private ownContactKeys(own: OwnContacts): OwnContactKeys {
    let keys = this.ownContacts.get(own);
    if (keys === undefined) {
      const domains = new Set((own.emailDomains ?? []).map((d) => d.toLowerCase()));
      for (const url of own.urls ?? []) {
        const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url)?.[1];
        if (host !== undefined) domains.add(host.toLowerCase().replace(/^www\./, ''));
      }
      keys = {
        phones: new Set((own.phones ?? []).map((p) => phoneKey(p.replace(/\D/g, '')))),
        domains,
      };
      this.ownContacts.set(own, keys);
    }
    return keys;
  }
}
