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
