import type { Variable } from './api';

/** The library's defaults (src/modules/templates/core/variables.ts); the service checks again. */
const DEFAULT_STRING_MAX = 80;
const DEFAULT_FREE_TEXT_MAX = 200;
const MAX_URL_LENGTH = 300;
const MAX_CASE_REF = 40;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONEY = /^-?\d{1,9}(\.\d{1,2})?$/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;
const CASE_REF = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

export function maxLengthOf(v: Variable): number | undefined {
  switch (v.type) {
    case 'string':
      return v.maxLength ?? DEFAULT_STRING_MAX;
    case 'free_text':
      return v.maxLength ?? DEFAULT_FREE_TEXT_MAX;
    case 'url':
      return MAX_URL_LENGTH;
    case 'case_ref':
      return MAX_CASE_REF;
    case 'enum':
    case 'date':
    case 'money':
    case 'agent_name':
      return undefined;
  }
}

function realDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function patternOf(v: Variable): RegExp | undefined {
  if (!v.pattern) return undefined;
  try {
    return new RegExp(`^(?:${v.pattern})$`, 'u');
  } catch {
    return undefined;
  }
}

/** What is wrong with a value as typed, from the variable's declared type, pattern and length. */
export function checkValue(v: Variable, value: string): string | null {
  if (v.type === 'agent_name') return null;
  if (value === '') return v.required ? 'Required.' : null;
  const max = maxLengthOf(v);
  if (max !== undefined && value.length > max) return `At most ${max} characters.`;
  switch (v.type) {
    case 'string': {
      if (LINE_BREAK.test(value)) return 'One line only.';
      const p = patternOf(v);
      if (p && !p.test(value)) return `Must match the pattern ${v.pattern}.`;
      return null;
    }
    case 'enum':
      return v.values?.includes(value) ? null : `One of: ${(v.values ?? []).join(', ')}.`;
    case 'date': {
      const m = DATE.exec(value);
      return m && realDate(Number(m[1]), Number(m[2]), Number(m[3]))
        ? null
        : 'A date written YYYY-MM-DD.';
    }
    case 'money':
      return MONEY.test(value) ? null : 'An amount such as 25 or 25.00.';
    case 'case_ref':
      return CASE_REF.test(value) ? null : 'A case reference such as CS-4821-9937.';
    case 'url':
      return /^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/.test(value)
        ? null
        : 'An https link (the service checks the host is allowed).';
    case 'free_text':
      return null;
  }
}

/** The values to send: declared names only, agent names left to the service. */
export function valuesToSend(
  variables: readonly Variable[],
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of variables) {
    if (v.type === 'agent_name') continue;
    const value = values[v.name] ?? '';
    if (value !== '') out[v.name] = v.type === 'case_ref' ? value.toUpperCase() : value;
  }
  return out;
}

export const TYPE_WORDS: Record<Variable['type'], string> = {
  string: 'text',
  enum: 'choice',
  date: 'date',
  money: 'amount',
  case_ref: 'case reference',
  url: 'https link',
  agent_name: 'your name',
  free_text: 'short note, screened for sensitive data',
};
