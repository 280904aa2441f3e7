import { IBAN_LENGTHS, ibanValid } from './checksums';
import { ENTITY_INDEX } from './compiled-policy';
import { isAsciiAlnum, isAsciiLetter, type DetectionState } from './detection-state';

const IBAN = ENTITY_INDEX.IBAN;

/**
 * IBANs, compact or grouped ("GB82 WEST 1234 …"): exactly the country's length
 * (ISO 13616) must be read, with single spaces or dashes between characters,
 * and the mod-97 check must hold.
 */
export function detectIbans(st: DetectionState): void {
  const { s, n } = st;
  const runs = st.scan.digitRuns;
  for (let r = 0; r < runs.count; r++) {
    // The check digits follow the two-letter country code directly.
    const i = (runs.start[r] ?? 0) - 2;
    if (i < 0 || (runs.end[r] ?? 0) - i < 4) continue;
    if (!isAsciiLetter(s.charCodeAt(i)) || !isAsciiLetter(s.charCodeAt(i + 1))) continue;
    if (i > 0 && isAsciiAlnum(s.charCodeAt(i - 1))) continue;
    const length = IBAN_LENGTHS[s.slice(i, i + 2).toUpperCase()];
    if (length === undefined) continue;
    let compact = '';
    let j = i;
    while (j < n && compact.length < length) {
      const ch = s.charCodeAt(j);
      if (isAsciiAlnum(ch)) {
        compact += s[j] as string;
        j++;
      } else if (
        (ch === 32 || ch === 45) &&
        j + 1 < n &&
        isAsciiAlnum(s.charCodeAt(j + 1)) &&
        isAsciiAlnum(s.charCodeAt(j - 1))
      ) {
        j++;
      } else break;
    }
    if (compact.length !== length || (j < n && isAsciiAlnum(s.charCodeAt(j)))) continue;
    if (st.isClaimed(i, j)) continue;
    // A mistyped IBAN is no finding, and its digits are not some other number either.
    if (ibanValid(compact.toUpperCase())) st.emit(IBAN, i, j, 'iban.mod97', 0.99);
    else st.claim(i, j);
  }
}
