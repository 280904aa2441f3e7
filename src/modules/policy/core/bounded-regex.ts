/** Longest bound accepted in `{n,m}`: reference patterns match single short tokens. */
export const MAX_REGEX_BOUND = 64;

/**
 * Why a policy-supplied pattern could backtrack without bound, or undefined when it
 * is acceptable. Patterns are matched against one token of at most 64 characters,
 * so forbidding unbounded quantifiers, back-references and look-arounds keeps the
 * work per token bounded and the whole scan linear in the post's length.
 */
export function boundedRegexProblem(pattern: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || next === 'k'))
        return 'back-references are not allowed';
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '*' || c === '+') return `unbounded quantifier "${c}" is not allowed; use {n,m}`;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (m) {
        if (m[2] !== undefined && (m[3] === undefined || m[3] === '')) {
          return 'unbounded quantifier "{n,}" is not allowed; use {n,m}';
        }
        const upper = Number(m[3] ?? m[1]);
        if (upper > MAX_REGEX_BOUND) return `quantifier bound ${upper} exceeds ${MAX_REGEX_BOUND}`;
      }
    } else if (c === '(' && pattern[i + 1] === '?') {
      const kind = pattern.slice(i + 2, i + 4);
      if (kind.startsWith('=') || kind.startsWith('!') || kind === '<=' || kind === '<!') {
        return 'look-around assertions are not allowed';
      }
    }
  }
  return undefined;
}

/** Compiles a reference pattern anchored to a whole token. Throws SyntaxError when invalid. */
export function compileTokenPattern(pattern: string, caseSensitive: boolean): RegExp {
  return new RegExp(`^(?:${pattern})$`, caseSensitive ? '' : 'i');
}

/**
 * Shortest string a bounded pattern (as accepted by `boundedRegexProblem`) can
 * match: lets a scanner skip tokens too short to be a reference at all.
 */
export function minMatchLength(pattern: string): number {
  let pos = 0;
  const atomAt = (): number => {
    const c = pattern[pos];
    if (c === '\\') {
      const e = pattern[pos + 1] ?? '';
      pos += 2;
      return /[bB]/.test(e) ? 0 : 1;
    }
    if (c === '[') {
      pos++;
      if (pattern[pos] === '^') pos++;
      if (pattern[pos] === ']') pos++;
      while (pos < pattern.length && pattern[pos] !== ']') pos += pattern[pos] === '\\' ? 2 : 1;
      pos++;
      return 1;
    }
    if (c === '(') {
      pos++;
      if (pattern[pos] === '?') {
        pos++;
        if (pattern[pos] === ':') pos++;
        else if (pattern[pos] === '<') while (pos < pattern.length && pattern[pos] !== '>') pos++;
        if (pattern[pos] === '>') pos++;
      }
      const inner = alternation();
      pos++; // ')'
      return inner;
    }
    if (c === '^' || c === '$') {
      pos++;
      return 0;
    }
    pos++;
    return 1;
  };
  const sequence = (): number => {
    let total = 0;
    while (pos < pattern.length && pattern[pos] !== '|' && pattern[pos] !== ')') {
      let len = atomAt();
      const q = pattern[pos];
      if (q === '?') {
        len = 0;
        pos++;
      } else if (q === '{') {
        const m = /^\{(\d+)(?:,(\d*))?\}/.exec(pattern.slice(pos));
        if (m) {
          len *= Number(m[1]);
          pos += m[0].length;
        }
      }
      if (pattern[pos] === '?') pos++; // lazy
      total += len;
    }
    return total;
  };
  function alternation(): number {
    let best = sequence();
    while (pattern[pos] === '|') {
      pos++;
      best = Math.min(best, sequence());
    }
    return best;
  }
  return alternation();
}
