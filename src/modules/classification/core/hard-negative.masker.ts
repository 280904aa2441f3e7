import { isAsciiAlnum, isAsciiDigit, isAsciiLetter, isBlank, type DetectionState } from './detection-state';

const URL_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
const LEADING_PUNCT = /^[(["'#]+/;
const TRAILING_PUNCT = /[.,;:!?)\]"']+$/;
const MAX_REFERENCE_TOKEN = 64;

/**
 * Claims what must never become a finding, so the digit detectors skip it:
 * URLs (tweet and post ids), @handles, #hashtags and the institution's own
 * reference numbers (orders, tickets, claims… — patterns from detectors.yaml).
 */
export function maskHardNegatives(st: DetectionState): void {
  const { s, n } = st;
  const patterns = st.policy.referencePatterns;
  let i = 0;
  while (i < n) {
    while (i < n && isBlank(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const a = i;
    let hasDigit = false;
    let hasSlash = false;
    while (i < n && !isBlank(s.charCodeAt(i))) {
      const c = s.charCodeAt(i);
      if (isAsciiDigit(c)) hasDigit = true;
      else if (c === 47) hasSlash = true;
      i++;
    }
    const b = i;
    const first = s.charCodeAt(a);
    if (first === 64 /* @ */) {
      let e = a + 1;
      while (e < b && (isAsciiAlnum(s.charCodeAt(e)) || s.charCodeAt(e) === 95)) e++;
      if (e > a + 1) st.claim(a, e);
      continue;
    }
    if (first === 35 /* # */ && b - a > 1) {
      let e = a + 1;
      let letters = false;
      while (e < b && (isAsciiAlnum(s.charCodeAt(e)) || s.charCodeAt(e) === 95)) {
        if (isAsciiLetter(s.charCodeAt(e))) letters = true;
        e++;
      }
      if (letters) {
        st.claim(a, e);
        continue;
      }
    }
    if (!hasDigit) continue;
    const token = s.slice(a, b);
    if (hasSlash && isUrl(token)) {
      st.claim(a, b);
      continue;
    }
    if (b - a > MAX_REFERENCE_TOKEN + 8 || patterns.length === 0) continue;
    const lead = LEADING_PUNCT.exec(token)?.[0].length ?? 0;
    const trail = TRAILING_PUNCT.exec(token)?.[0].length ?? 0;
    const core = token.slice(lead, token.length - trail);
    if (core.length === 0 || core.length > MAX_REFERENCE_TOKEN) continue;
    for (const re of patterns) {
      if (re.test(core)) {
        st.claim(a + lead, b - trail);
        break;
      }
    }
  }
}

function isUrl(token: string): boolean {
  if (token.includes('://')) return true;
  const lower = token.toLowerCase();
  if (lower.startsWith('www.')) return true;
  const slash = token.indexOf('/');
  return slash > 0 && URL_HOST.test(token.slice(0, slash)) && /[a-z]/i.test(token.slice(0, slash));
}
