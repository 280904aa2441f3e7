import { randomInt } from 'node:crypto';

/**
 * Digits only: a reference read out over the phone or typed from a
 * screenshot comes back as written (no O/0 or I/1 to confuse), and it is the
 * shape the policy knows as a case reference (`ref.case` in detectors.yaml,
 * `caseRef.pattern` in templates.yaml), so a reply quoting it renders and is
 * not taken for an account number.
 */
export const CASE_REF_ALPHABET = '0123456789';
const BODY_LENGTH = 8;

/**
 * A case reference the customer can quote, e.g. `CS-4821-9937`: random (10^8
 * values; uniqueness is also enforced by the table), with no customer data in
 * it.
 */
export function newCaseRef(random: (max: number) => number = randomInt): string {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i++) body += CASE_REF_ALPHABET[random(CASE_REF_ALPHABET.length)];
  return `CS-${body.slice(0, 4)}-${body.slice(4)}`;
}

export const CASE_REF_PATTERN = /^CS-\d{4}-\d{4}$/;
