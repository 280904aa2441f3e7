import { ENTITY_INDEX } from './compiled-policy';
import { codeAt, isAsciiLetter, type DetectionState } from './detection-state';
import { digitWordAt } from './digit-words';
import { WordTable } from './word-table';

const BANK_ACCOUNT = ENTITY_INDEX.BANK_ACCOUNT;
/** The fewest and most digits of an account or member number said digit by digit. */
const MIN_SPELLED = 5;
const MAX_SPELLED = 12;
/** Words between the cue and the number: "my account **is** …", "member **number is** …". */
const MAX_LINK_WORDS = 2;
const LINK_WORDS = WordTable.of(['is', 'was', 'number', 'no', 'num', 'es', 'of']);

/**
 * "my account is three three zero nine one", "member number two two one eight
 * seven": an account or member number said digit by digit (as voice
 * transcriptions write it) right after its cue, five to twelve digit words in a
 * row. Numbers whose digits are written are read by the numeric detector; this
 * reads only words, so it runs on posts without digits too.
 */
export function detectSpelledAccounts(st: DetectionState): void {
  const { s, n } = st;
  for (let k = 0; k < st.ctxCount; k++) {
    const category = st.ctxCategory[k];
    if (category !== 'account' && category !== 'member') continue;
    let p = st.ctxEnd[k] ?? 0;
    for (let w = 0; w <= MAX_LINK_WORDS; w++) {
      while (p < n && (codeAt(s, p) === 32 || codeAt(s, p) === 58 || codeAt(s, p) === 35)) p++;
      let q = p;
      while (q < n && isAsciiLetter(codeAt(s, q))) q++;
      if (q === p) break;
      if (digitWordAt(s, p, q) >= 0) {
        const end = spelledEnd(s, n, p);
        if (end > 0 && !st.isClaimed(p, end)) {
          st.emit(BANK_ACCOUNT, p, end, 'account.spelled', 0.8);
          spelledSibling(st, end, wordCount(s, p, end));
        }
        break;
      }
      if (w === MAX_LINK_WORDS || !LINK_WORDS.has(s, p, q)) break;
      p = q;
    }
  }
}

/** How far after a spelled account its sibling may start. */
const SIBLING_REACH = 64;
/** Words before "one" that make it a pronoun, not a digit: "the other one six one …". */
const BEFORE_PRONOUN_ONE = WordTable.of(['other', 'new', 'old', 'that', 'this', 'the', 'second']);

/**
 * "out of account six one one eight four but … out of the other one six one one
 * eight five": as many digit words shortly after a spelled account, with no
 * other cue between, are the customer's other account.
 */
function spelledSibling(st: DetectionState, from: number, count: number): void {
  const { s } = st;
  const n = Math.min(st.n, from + SIBLING_REACH + count * 7);
  let i = from;
  let prev = -1;
  while (i < n) {
    if (!isAsciiLetter(codeAt(s, i))) {
      i++;
      continue;
    }
    let q = i;
    while (q < n && isAsciiLetter(codeAt(s, q))) q++;
    if (i - from > SIBLING_REACH) return;
    if (digitWordAt(s, i, q) >= 0) {
      let a = i;
      let words = wordCount(s, i, runEnd(s, n, i));
      // "the other one six one one eight five": "one" after "other" is the pronoun.
      if (
        words === count + 1 &&
        prev >= 0 &&
        BEFORE_PRONOUN_ONE.has(s, prev, i - 1) &&
        s.slice(i, q).toLowerCase() === 'one'
      ) {
        a = q + 1;
        words--;
      }
      if (words !== count) return;
      // A cue between them names the second number ("… and my member number …").
      const cue = st.contextAfter(from, a - from);
      if (cue >= 0 && (st.ctxStart[cue] ?? 0) < a) return;
      const end = runEnd(s, n, a);
      if (!st.isClaimed(a, end)) st.emit(BANK_ACCOUNT, a, end, 'account.spelled', 0.7);
      return;
    }
    prev = i;
    i = q;
  }
}

/** The end of the run of digit words joined by single spaces from `p`. */
function runEnd(s: string, n: number, p: number): number {
  let i = p;
  let end = p;
  for (;;) {
    let q = i;
    while (q < n && isAsciiLetter(codeAt(s, q))) q++;
    if (q === i || digitWordAt(s, i, q) < 0) break;
    end = q;
    if (codeAt(s, q) !== 32) break;
    i = q + 1;
  }
  return end;
}

function wordCount(s: string, a: number, b: number): number {
  let words = a < b ? 1 : 0;
  for (let i = a; i < b; i++) if (codeAt(s, i) === 32) words++;
  return words;
}

/** From `p`: digit words joined by single spaces; the end of the last when there are five to twelve, else -1. */
function spelledEnd(s: string, n: number, p: number): number {
  let i = p;
  let count = 0;
  let end = -1;
  for (;;) {
    let q = i;
    while (q < n && isAsciiLetter(codeAt(s, q))) q++;
    const oh =
      count > 0 && q - i === 2 && (codeAt(s, i) | 32) === 111 && (codeAt(s, i + 1) | 32) === 104;
    if (q === i || (!oh && digitWordAt(s, i, q) < 0)) break;
    if (++count > MAX_SPELLED) return -1;
    end = q;
    if (codeAt(s, q) !== 32) break;
    i = q + 1;
  }
  return count >= MIN_SPELLED ? end : -1;
}
