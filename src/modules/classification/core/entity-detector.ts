import { detectAddresses } from './address.detector';
import type { CompiledPolicy } from './compiled-policy';
import { detectCredentials } from './credential.detector';
import {
  detectDatesOfBirth,
  detectIdentityDates,
  findNumericDates,
} from './date-of-birth.detector';
import type { ClassifierScratch } from './classifier-scratch';
import type { OwnContacts } from './classification.types';
import type { RawFinding } from './detection-state';
import { detectEmails, detectObfuscatedEmails } from './email.detector';
import { maskHardNegatives } from './hard-negative.masker';
import { detectIbans } from './iban.detector';
import { detectKeyedIdentifiers } from './keyed-identifier.detector';

const NO_FINDINGS: readonly RawFinding[] = Object.freeze([]);

/**
 * Runs the detectors over normalised text in a fixed order; each claims what it
 * recognises so later ones never reinterpret it: hard negatives first, then
 * keyword-anchored values, then structured values, then bare digit runs.
 * Returns findings in normalised coordinates, sorted by start.
 */
export function detectEntities(
  s: string,
  policy: CompiledPolicy,
  scratch: ClassifierScratch,
  own?: OwnContacts,
): readonly RawFinding[] {
  const scan = scratch.scan;
  if (!scan.hasDigit && !scan.hasAt && scan.entityHits.count === 0) return NO_FINDINGS;
  const st = scratch.detectionFor(s, policy, own);
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
    st.numeric(st);
    detectIdentityDates(st, dates);
  }
  const findings = st.findings;
  if (findings.length > 1) findings.sort((a, b) => a.start - b.start);
  return findings;
}
