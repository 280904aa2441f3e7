import { detectAddresses } from './address.detector';
import type { CompiledPolicy } from './compiled-policy';
import { detectCredentials } from './credential.detector';
import { detectDatesOfBirth, findNumericDates } from './date-of-birth.detector';
import { DetectionState, type RawFinding } from './detection-state';
import { detectEmails, detectObfuscatedEmails } from './email.detector';
import { maskHardNegatives } from './hard-negative.masker';
import { detectIbans } from './iban.detector';
import { detectKeyedIdentifiers } from './keyed-identifier.detector';
import type { ScanResult } from './lexicon-trie';
import { detectNumericEntities } from './numeric-entity.detector';

let state: DetectionState | undefined;

/**
 * Runs the detectors over normalised text in a fixed order; each claims what it
 * recognises so later ones never reinterpret it: hard negatives first, then
 * keyword-anchored values, then structured values, then bare digit runs.
 * Returns findings in normalised coordinates, sorted by start.
 */
export function detectEntities(s: string, policy: CompiledPolicy, scan: ScanResult): RawFinding[] {
  if (!scan.hasDigit && !scan.hasAt && scan.entityHits.count === 0) return [];
  const st =
    state === undefined
      ? (state = new DetectionState(s, policy, scan))
      : state.reset(s, policy, scan);
  if (scan.hasDigit) maskHardNegatives(st);
  if (scan.entityHits.count > 0) detectCredentials(st);
  if (scan.hasAt) detectEmails(st);
  if (st.sawDotWord()) detectObfuscatedEmails(st);
  if (scan.hasDigit) {
    detectIbans(st);
    const dates = findNumericDates(st);
    detectDatesOfBirth(st, dates);
    detectAddresses(st);
    detectKeyedIdentifiers(st);
    detectNumericEntities(st);
  }
  const findings = st.findings;
  if (findings.length > 1) findings.sort((a, b) => a.start - b.start);
  return findings;
}
