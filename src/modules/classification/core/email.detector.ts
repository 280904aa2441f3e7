import { ENTITY_INDEX } from './compiled-policy';
import { codeAt, isAsciiAlnum, isAsciiLetter, type DetectionState } from './detection-state';

const EMAIL = ENTITY_INDEX.EMAIL;

function isLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isDomainChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 45;
}

/** Customer email addresses; the institution's own domains are claimed as negatives. */
export function detectEmails(st: DetectionState): void {
  const { s, n } = st;
  let at = s.indexOf('@');
  while (at >= 0) {
    let a = at;
    while (a > 0 && at - a < 64 && isLocalChar(codeAt(s, a - 1))) a--;
    while (a < at && codeAt(s, a) === 46) a++;
    let b = at + 1;
    while (b < n && b - at <= 253 && isDomainChar(codeAt(s, b))) b++;
    while (b > at + 1 && (codeAt(s, b - 1) === 46 || codeAt(s, b - 1) === 45)) b--;
    const next = s.indexOf('@', at + 1);
    if (a < at && b > at + 1 && validDomain(s, at + 1, b) && !st.isClaimed(a, b)) {
      const domain = s.slice(at + 1, b).toLowerCase();
      if (isBrandDomain(domain, st.policy.brandDomains)) st.claim(a, b);
      else st.emit(EMAIL, a, b, 'email.address', 0.97);
    }
    at = next;
  }
}

function validDomain(s: string, a: number, b: number): boolean {
  let lastDot = -1;
  for (let i = b - 1; i > a; i--) {
    if (s.charCodeAt(i) === 46) {
      lastDot = i;
      break;
    }
  }
  if (lastDot <= a || b - lastDot - 1 < 2) return false;
  for (let i = lastDot + 1; i < b; i++) if (!isAsciiLetter(codeAt(s, i))) return false;
  for (let i = a; i < b - 1; i++) {
    if (codeAt(s, i) === 46 && codeAt(s, i + 1) === 46) return false;
  }
  return codeAt(s, a) !== 46 && codeAt(s, a) !== 45;
}

function isBrandDomain(domain: string, brand: ReadonlySet<string>): boolean {
  if (brand.has(domain)) return true;
  for (const d of brand) if (domain.endsWith(`.${d}`)) return true;
  return false;
}

// Bounded quantifiers and a look-behind anchoring at token starts keep this linear.
const OBFUSCATED =
  /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64}) ?(?:[[({] ?at ?[\])}]| at ) ?([A-Za-z0-9-]{1,63}) ?(?:[[({] ?dot ?[\])}]| dot ) ?(?:com|net|org|edu|gov|me|io|co|us|info|biz)\b/gi;

/** " dot " or "[dot]" ending just before a local-part word; tested on at most 9 characters. */
const DOT_BEFORE = /(?: ?[[({] ?dot ?[\])}] ?| dot )$/i;
const MAX_LOCAL_PARTS = 3;

/** "john dot smith at gmail dot com": the local part spelled out too (at most three words). */
function extendLocalPart(s: string, a: number): number {
  for (let k = 0; k < MAX_LOCAL_PARTS; k++) {
    const tail = DOT_BEFORE.exec(s.slice(Math.max(0, a - 9), a));
    if (tail === null) break;
    const end = a - tail[0].length;
    let start = end;
    while (start > 0 && end - start < 64 && isLocalChar(codeAt(s, start - 1))) start--;
    if (start === end || (start > 0 && isLocalChar(codeAt(s, start - 1)))) break;
    a = start;
  }
  return a;
}

/** "jane.doe [at] gmail [dot] com": an address spelled out to dodge filters (run when the scan saw "dot"). */
export function detectObfuscatedEmails(st: DetectionState): void {
  OBFUSCATED.lastIndex = 0;
  for (const m of st.s.matchAll(OBFUSCATED)) {
    const a = extendLocalPart(st.s, m.index);
    const b = m.index + m[0].length;
    if (st.isClaimed(a, b)) continue;
    const domain = `${(m[2] ?? '').toLowerCase()}.${m[0].slice(m[0].lastIndexOf(' ') + 1).toLowerCase()}`;
    if (isBrandDomain(domain, st.policy.brandDomains)) st.claim(a, b);
    else st.emit(EMAIL, a, b, 'email.obfuscated', 0.85);
  }
}
