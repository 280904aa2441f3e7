import { canonicalStreet, ENTITY_INDEX } from './compiled-policy';
import { isAsciiAlnum, isAsciiDigit, isAsciiLetter, type DetectionState } from './detection-state';

const ADDRESS = ENTITY_INDEX.ADDRESS;
const MAX_NAME_WORDS = 4;
const BRANCH_WINDOW = 32;

const SUFFIXES = new Set([
  'st',
  'street',
  'ave',
  'avenue',
  'av',
  'rd',
  'road',
  'blvd',
  'boulevard',
  'dr',
  'drive',
  'ln',
  'lane',
  'ct',
  'court',
  'way',
  'pl',
  'place',
  'pkwy',
  'parkway',
  'cir',
  'circle',
  'ter',
  'terrace',
  'hwy',
  'highway',
  'trl',
  'trail',
  'sq',
  'square',
  'loop',
  'pike',
  'aly',
  'alley',
  'plaza',
]);

const DIRECTIONS = new Set([
  'n',
  's',
  'e',
  'w',
  'ne',
  'nw',
  'se',
  'sw',
  'north',
  'south',
  'east',
  'west',
]);

const UNITS = new Set([
  'apt',
  'apartment',
  'unit',
  'suite',
  'ste',
  'fl',
  'floor',
  'rm',
  'room',
  'bldg',
]);

/** Words that never sit between a house number and a street suffix. */
const NAME_STOP = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'from',
  'with',
  'my',
  'your',
  'our',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'it',
  'this',
  'that',
  'i',
  'we',
  'you',
  'me',
  'not',
  'no',
  'so',
  'but',
  'just',
  'all',
  'out',
  'up',
  'times',
  'time',
  'minutes',
  'minute',
  'mins',
  'hours',
  'hour',
  'hrs',
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
  'dollars',
  'bucks',
  'cents',
  'percent',
  'people',
  'calls',
  'emails',
  'messages',
  'cards',
  'accounts',
  'branches',
  'locations',
  'pm',
  'am',
  'different',
  'other',
  'more',
  'less',
  'than',
  'have',
  'has',
  'had',
  'do',
  'did',
  'get',
  'got',
  'since',
  'ago',
  'into',
  'over',
  'about',
]);

const STATES = new Set([
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'PR',
  'GU',
  'VI',
]);

function isOrdinal(w: string): boolean {
  return /^\d{1,3}(?:st|nd|rd|th)$/.test(w);
}

function readToken(s: string, p: number, n: number): number {
  let q = p;
  while (q < n && isAsciiAlnum(s.charCodeAt(q))) q++;
  return q;
}

/** After a street line: optional unit, then optional ", City, ST 12345(-6789)". */
function extendTail(s: string, p: number, n: number): number {
  let end = p;
  let q = p;
  if (s.charCodeAt(q) === 44) q++;
  if (s.charCodeAt(q) === 32) q++;
  const ue = readToken(s, q, n);
  const unit = s.slice(q, ue).toLowerCase();
  const glued = /^([a-z]+)(\d[0-9a-z]{0,4})$/.exec(unit);
  if (glued !== null && UNITS.has(glued[1] ?? '')) {
    // "Apt5B", "Unit15"
    end = ue;
    q = ue;
  } else if ((UNITS.has(unit) || s.charCodeAt(q) === 35) && ue <= n) {
    let r = s.charCodeAt(q) === 35 ? q + 1 : ue;
    if (s.charCodeAt(r) === 46) r++;
    if (s.charCodeAt(r) === 32) r++;
    if (s.charCodeAt(r) === 35) r++;
    let ve = r;
    while (ve < n && ve - r < 6 && (isAsciiAlnum(s.charCodeAt(ve)) || s.charCodeAt(ve) === 45))
      ve++;
    if (ve > r && /\d/.test(s.slice(r, ve))) {
      end = ve;
      q = ve;
    }
  } else q = end;
  // City (1–3 words), state, ZIP; written in any case ("springfield ma 01103").
  let r = q;
  if (s.charCodeAt(r) === 44) r++;
  if (s.charCodeAt(r) !== 32) return end;
  r++;
  for (let words = 0; ;) {
    const we = readToken(s, r, n);
    const word = s.slice(r, we);
    if (word.length === 2 && STATES.has(word.toUpperCase()) && zipAfter(s, we, n) > 0) break;
    if (!/^[A-Za-z]+$/.test(word) || ++words > 3) return end;
    r = we;
    if (s.charCodeAt(r) === 44) r++;
    if (s.charCodeAt(r) !== 32) return end;
    r++;
  }
  const ze = zipAfter(s, r + 2, n);
  return ze > 0 ? ze : end;
}

/** End of ", 12345" / " 12345-6789" starting at `p`, or -1. */
function zipAfter(s: string, p: number, n: number): number {
  let z = p;
  if (s.charCodeAt(z) === 44) z++;
  if (s.charCodeAt(z) !== 32) return -1;
  z++;
  let ze = z;
  while (ze < n && isAsciiDigit(s.charCodeAt(ze))) ze++;
  if (ze - z !== 5) return -1;
  if (
    s.charCodeAt(ze) === 45 &&
    /^\d{4}$/.test(s.slice(ze + 1, ze + 5)) &&
    !isAsciiAlnum(s.charCodeAt(ze + 5))
  ) {
    ze += 5;
  }
  return isAsciiAlnum(s.charCodeAt(ze)) ? -1 : ze;
}

function nearBranch(st: DetectionState, a: number, b: number): boolean {
  const before = st.contextBefore(a, BRANCH_WINDOW);
  if (before >= 0 && st.ctxCategory[before] === 'branch') return true;
  const after = st.contextAfter(b, BRANCH_WINDOW);
  return after >= 0 && st.ctxCategory[after] === 'branch';
}

/**
 * US street addresses ("4821 N Oak Ridge Blvd Apt 5, Springfield, IL 62704") and
 * PO boxes. The institution's published addresses and branch locations are
 * claimed as negatives.
 */
export function detectAddresses(st: DetectionState): void {
  const { s, n } = st;
  const runs = st.scan.digitRuns;
  let consumed = 0;
  for (let r = 0; r < runs.count; r++) {
    const a = runs.start[r] ?? 0;
    const b = runs.end[r] ?? 0;
    if (a < consumed) continue;
    if (b - a > 6 || (a > 0 && !isStreetNumberLead(s.charCodeAt(a - 1)))) continue;
    if (s.charCodeAt(b) !== 32 || st.isClaimed(a, b)) continue;
    let p = b + 1;
    let names = 0;
    let streetEnd = -1;
    for (let w = 0; w <= MAX_NAME_WORDS + 1; w++) {
      const we = readToken(s, p, n);
      if (we === p) break;
      const word = s.slice(p, we).toLowerCase();
      if (names >= 1 && SUFFIXES.has(word) && !isAsciiAlnum(s.charCodeAt(we))) {
        streetEnd = s.charCodeAt(we) === 46 ? we + 1 : we;
        break;
      }
      if (NAME_STOP.has(word)) break;
      const alpha = /^[a-z]+$/.test(word);
      if (!alpha && !isOrdinal(word)) break;
      if (!(w === 0 && DIRECTIONS.has(word))) names++;
      if (names > MAX_NAME_WORDS) break;
      p = we;
      if (s.charCodeAt(p) === 46) p++;
      if (s.charCodeAt(p) !== 32) break;
      p++;
    }
    if (streetEnd < 0) continue;
    const end = extendTail(s, streetEnd, n);
    if (st.isClaimed(a, end)) continue;
    if (
      st.policy.brandAddresses.has(canonicalStreet(s.slice(a, streetEnd))) ||
      nearBranch(st, a, end)
    ) {
      st.claim(a, end);
    } else {
      const ctx = st.contextBefore(a, st.policy.contextBefore);
      const confidence = ctx >= 0 && st.ctxCategory[ctx] === 'address' ? 0.95 : 0.85;
      st.emit(ADDRESS, a, end, 'address.street', confidence);
    }
    consumed = end;
  }
  detectPoBoxes(st);
}

function isStreetNumberLead(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 40 || c === 44 || c === 58 || c === 34 || c === 39
  );
}

function detectPoBoxes(st: DetectionState): void {
  const { s, n } = st;
  for (let k = 0; k < st.ctxCategory.length; k++) {
    if (st.ctxCategory[k] !== 'pobox') continue;
    const a = st.ctxStart[k] ?? 0;
    let p = st.ctxEnd[k] ?? 0;
    if (s.charCodeAt(p) === 32) p++;
    if (s.charCodeAt(p) === 35) p++;
    let q = p;
    while (q < n && isAsciiDigit(s.charCodeAt(q))) q++;
    if (q === p || q - p > 6 || isAsciiLetter(s.charCodeAt(q)) || st.isClaimed(a, q)) continue;
    const end = extendTail(s, q, n);
    if (nearBranch(st, a, end)) st.claim(a, end);
    else st.emit(ADDRESS, a, end, 'address.pobox', 0.9);
  }
}
