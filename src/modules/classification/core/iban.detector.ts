import { ibanLength, ibanValidAt } from './checksums';
import { ENTITY_INDEX } from './compiled-policy';
import { payeeIbanBefore, someoneElsesAfter } from './contact-owner';
import {
  codeAt,
  isAsciiAlnum,
  isAsciiCapital,
  isAsciiDigit,
  isAsciiLetter,
  type DetectionState,
} from './detection-state';

const IBAN = ENTITY_INDEX.IBAN;

/**
 * IBANs, compact or grouped ("GB82 WEST 1234 …"): exactly the country's length
 * (ISO 13616) must be read, with single spaces, dashes or line breaks between characters,
 * and the mod-97 check must hold.
 */
export function detectIbans(st: DetectionState): void {
  const { s, n } = st;
  const runs = st.scan.digitRuns;
  const positions = st.ibanPositions;
  for (let r = 0; r < runs.count; r++) {
    // The check digits follow the two-letter country code directly; round 25: or after a
    // blank, a dash or a line break when the code is in capitals ("DE\n83 5001 0517 …", as a
    // form field wraps).
    let i = runs.start[r] - 2;
    if (
      i > 0 &&
      isSeparator(codeAt(s, i + 1)) &&
      isAsciiCapital(codeAt(s, i - 1)) &&
      isAsciiCapital(codeAt(s, i))
    )
      i--;
    if (i < 0 || runs.end[r] - i < 4) continue;
    const c1 = s.charCodeAt(i);
    const c2 = s.charCodeAt(i + 1);
    if (!isAsciiLetter(c1) || !isAsciiLetter(c2) || isAsciiAlnum(codeAt(s, i - 1))) continue;
    const length = ibanLength(c1, c2);
    if (length === 0 || st.isClaimed(i, i + 4)) continue;
    const lower = c1 >= 97;
    let count = 0;
    let j = i;
    let group = i;
    while (j < n && count < length) {
      const ch = s.charCodeAt(j);
      if (count === 2 && j === i + 2 && isSeparator(ch) && isAsciiDigit(codeAt(s, j + 1))) {
        j++;
        group = j;
      } else if (isAsciiAlnum(ch)) {
        positions[count++] = j;
        j++;
      } else if (
        // round 19: a line break too, as an IBAN copied from a statement wraps ("DE44 5001 0517\n5407 …");
        // the country's length and the mod-97 check still decide.
        (ch === 32 || ch === 45 || ch === 10 || (ch === 13 && codeAt(s, j + 1) === 10)) &&
        isAsciiAlnum(codeAt(s, ch === 13 ? j + 2 : j + 1)) &&
        isAsciiAlnum(codeAt(s, j - 1)) &&
        !wordGroup(s, group, j, lower)
      ) {
        j += ch === 13 ? 2 : 1;
        group = j;
      } else break;
    }
    if (count !== length || isAsciiAlnum(codeAt(s, j)) || wordGroup(s, group, j, lower)) continue;
    if (st.isClaimed(i, j)) continue;
    // A mistyped IBAN is no finding, and its digits are not some other number either.
    // "IBAN suo IT60 … — è il suo, non il mio": another person's, consumed.
    if (ibanValidAt(s, positions, count) && !someoneElsesAfter(s, j) && !payeeIbanBefore(s, i))
      st.emit(IBAN, i, j, 'iban.mod97', 0.99);
    else st.claim(i, j);
  }
}

/** A blank, a dash or a line break: what may stand between an IBAN's country code and its check digits. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 45 || c === 10;
}

/** Characters a group of letters only holds in a grouped IBAN ("GB82 WEST …"), at most. */
const MAX_LETTER_GROUP = 4;

/**
 * "ML759783-40 escrow is wrong again": a group without a digit that is longer
 * than an IBAN's groups, or in small letters after a country code in capitals,
 * is a word of the sentence, which ends the number.
 */
function wordGroup(s: string, a: number, b: number, lower: boolean): boolean {
  let small = false;
  for (let k = a; k < b; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) return false;
    if (c >= 97) small = true;
  }
  return b - a > MAX_LETTER_GROUP || (small && !lower);
}
