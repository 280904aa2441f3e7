import { ENTITY_INDEX } from './compiled-policy';
import {
  isAsciiAlnum,
  isAsciiDigit,
  isAsciiLetter,
  linkerOnly,
  type DetectionState,
  codeAt,
} from './detection-state';

const BANK_ACCOUNT = ENTITY_INDEX.BANK_ACCOUNT;
const LOOKAHEAD = 24;
const MIN_ACCOUNT_DIGITS = 6;

/** Letters (at most four), an optional hyphen, then only digits and hyphens: "IRA-00339184", "CD40018823". */
function prefixed(s: string, p: number, q: number): boolean {
  let i = p;
  while (i < q && isAsciiLetter(codeAt(s, i))) i++;
  if (i === p || i - p > 4) return false;
  if (codeAt(s, i) === 45) i++;
  for (; i < q; i++) if (!isAsciiDigit(codeAt(s, i)) && codeAt(s, i) !== 45) return false;
  return true;
}

/**
 * Alphanumeric member, loan and insurance-policy numbers ("loan # LN-2024-88213",
 * "policy HO-4829-1173") tied to their keyword, and account numbers with a
 * product prefix ("IRA acct IRA-00339184", "my CD CD-40018823"). Purely
 * numeric ones are left to the digit scanner, which also sees through separators.
 */
export function detectKeyedIdentifiers(st: DetectionState): void {
  const { s, n } = st;
  for (let k = 0; k < st.ctxCount; k++) {
    const category = st.ctxCategory[k];
    const account = category === 'account';
    if (category !== 'loan' && category !== 'policy' && category !== 'member' && !account) continue;
    const from = st.ctxEnd[k] ?? 0;
    const limit = Math.min(n, from + LOOKAHEAD);
    let p = from;
    while (p < limit) {
      while (p < limit && !isAsciiAlnum(codeAt(s, p))) p++;
      let q = p;
      while (q < n && q - p <= 24 && (isAsciiAlnum(codeAt(s, q)) || codeAt(s, q) === 45)) q++;
      while (q > p && codeAt(s, q - 1) === 45) q--;
      if (q === p) break;
      let digits = 0;
      let letters = 0;
      for (let i = p; i < q; i++) {
        const c = codeAt(s, i);
        if (isAsciiDigit(c)) digits++;
        else if (isAsciiLetter(c)) letters++;
      }
      if (digits === 0) {
        if (!linkerOnly(s, from, q)) break;
        p = q;
        continue;
      }
      if (
        letters > 0 &&
        digits >= (account ? MIN_ACCOUNT_DIGITS : 3) &&
        (!account || prefixed(s, p, q)) &&
        q - p >= 5 &&
        q - p <= 20 &&
        !st.isClaimed(p, q) &&
        linkerOnly(s, from, p)
      ) {
        st.emit(BANK_ACCOUNT, p, q, account ? 'account.context' : `account.${category}`, 0.85);
      }
      break;
    }
  }
}
