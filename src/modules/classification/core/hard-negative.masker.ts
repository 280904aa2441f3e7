import { isAsciiAlnum, isAsciiLetter, isBlank, type DetectionState } from './detection-state';

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
  const runs = st.scan.digitRuns;
  let tokenEnd = -1;
  // Only tokens holding digits matter to the digit detectors: visit those.
  for (let r = 0; r < runs.count; r++) {
    const runStart = runs.start[r] ?? 0;
    if (runStart < tokenEnd) continue;
    let a = runStart;
    while (a > 0 && !isBlank(s.charCodeAt(a - 1))) a--;
    let b = runs.end[r] ?? 0;
    while (b < n && !isBlank(s.charCodeAt(b))) b++;
    tokenEnd = b;
    maskToken(st, a, b, patterns);
  }
}

function maskToken(st: DetectionState, a: number, b: number, patterns: readonly RegExp[]): void {
  const s = st.s;
  const first = s.charCodeAt(a);
  if (first === 64 /* @ */) {
    let e = a + 1;
    while (e < b && (isAsciiAlnum(s.charCodeAt(e)) || s.charCodeAt(e) === 95)) e++;
    if (e > a + 1) st.claim(a, e);
    return;
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
      return;
    }
  }
  const token = s.slice(a, b);
  if (token.includes('/') && isUrl(token)) {
    st.claim(a, b);
    return;
  }
  if (b - a > MAX_REFERENCE_TOKEN + 8 || patterns.length === 0) return;
  const lead = LEADING_PUNCT.exec(token)?.[0].length ?? 0;
  const trail = TRAILING_PUNCT.exec(token)?.[0].length ?? 0;
  const core = token.slice(lead, token.length - trail);
  if (core.length === 0 || core.length > MAX_REFERENCE_TOKEN) return;
  for (const re of patterns) {
    if (re.test(core)) {
      st.claim(a + lead, b - trail);
      return;
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
