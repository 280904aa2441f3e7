import { boundedRegexProblem } from '../../policy/core';
import type { TemplateSettings } from './template-settings.schema';

export const VARIABLE_TYPES = [
  'string',
  'enum',
  'date',
  'money',
  'case_ref',
  'url',
  'agent_name',
  'free_text',
] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

/** A declared, typed variable: the only way anything but approved text enters a reply. */
export interface VariableDeclaration {
  name: string;
  type: VariableType;
  /** string and free_text: the longest value (defaults below). */
  maxLength?: number;
  /** string: a whole-value pattern with bounded quantifiers only. */
  pattern?: string;
  /** enum: the values allowed. */
  values?: string[];
  /** Absent means required; an optional variable renders as empty. */
  required?: boolean;
  /** A sample value (shown in previews and used for golden renders). */
  example?: string;
}

export const VARIABLE_NAME = /^[a-z][a-z0-9_]{0,39}$/;
/** Names that would reach an object's prototype or a Handlebars keyword. */
const RESERVED_NAMES = new Set([
  'constructor',
  'prototype',
  'this',
  'else',
  'true',
  'false',
  'null',
  'undefined',
  'to_string',
  'value_of',
  'has_own_property',
  'format_date',
  'format_money',
  'case_ref_helper',
]);
export const MAX_VARIABLES = 20;
export const DEFAULT_STRING_MAX = 80;
export const MAX_STRING_MAX = 200;
export const DEFAULT_FREE_TEXT_MAX = 200;
export const MAX_FREE_TEXT_MAX = 500;
export const MAX_ENUM_VALUES = 50;
const MAX_URL_LENGTH = 300;
const MAX_AGENT_NAME = 60;
const MAX_CASE_REF = 40;

export interface Problem {
  /** Where: `variables[2].pattern`, `variants.x`, a variable name… */
  path: string;
  reason: string;
}

/** Checks the declarations of a version; every problem, in order. */
export function checkDeclarations(declarations: readonly VariableDeclaration[]): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, reason: string) => problems.push({ path, reason });
  if (declarations.length > MAX_VARIABLES) add('variables', `at most ${MAX_VARIABLES} variables`);
  const seen = new Set<string>();
  let agentNames = 0;
  declarations.forEach((d, i) => {
    const at = `variables[${i}]`;
    if (typeof d.name !== 'string' || !VARIABLE_NAME.test(d.name)) {
      add(`${at}.name`, 'must be lower-case letters, digits and _ , starting with a letter');
    } else if (RESERVED_NAMES.has(d.name)) {
      add(`${at}.name`, `"${d.name}" is reserved`);
    } else if (seen.has(d.name)) {
      add(`${at}.name`, `duplicate variable "${d.name}"`);
    }
    seen.add(d.name);
    if (!(VARIABLE_TYPES as readonly string[]).includes(d.type)) {
      add(`${at}.type`, `must be one of ${VARIABLE_TYPES.join(', ')}`);
      return;
    }
    const onlyFor = (field: keyof VariableDeclaration, types: VariableType[]) => {
      if (d[field] !== undefined && !types.includes(d.type)) {
        add(`${at}.${field}`, `applies only to ${types.join(', ')}`);
      }
    };
    onlyFor('maxLength', ['string', 'free_text']);
    onlyFor('pattern', ['string']);
    onlyFor('values', ['enum']);
    if (d.maxLength !== undefined) {
      const max = d.type === 'free_text' ? MAX_FREE_TEXT_MAX : MAX_STRING_MAX;
      if (!Number.isInteger(d.maxLength) || d.maxLength < 1 || d.maxLength > max) {
        add(`${at}.maxLength`, `must be an integer from 1 to ${max}`);
      }
    }
    if (d.pattern !== undefined) {
      const problem =
        typeof d.pattern === 'string' ? boundedRegexProblem(d.pattern) : 'must be a string';
      if (problem) add(`${at}.pattern`, problem);
      else {
        try {
          new RegExp(`^(?:${d.pattern})$`, 'u');
        } catch {
          add(`${at}.pattern`, 'is not a valid regular expression');
        }
      }
    }
    if (d.type === 'enum') {
      if (!Array.isArray(d.values) || d.values.length === 0 || d.values.length > MAX_ENUM_VALUES) {
        add(`${at}.values`, `an enum lists 1 to ${MAX_ENUM_VALUES} values`);
      } else if (d.values.some((v) => typeof v !== 'string' || v.length === 0 || v.length > 80)) {
        add(`${at}.values`, 'each value is a string of 1 to 80 characters');
      } else if (new Set(d.values).size !== d.values.length) {
        add(`${at}.values`, 'values must be unique');
      }
    }
    if (d.type === 'agent_name') {
      agentNames++;
      if (d.required === false) add(`${at}.required`, 'agent_name is always filled in');
    }
  });
  if (agentNames > 1) add('variables', 'at most one agent_name variable');
  return problems;
}

/** What the caller knows that a value cannot say: who the agent is. */
export interface RenderContext {
  /** The caller's display name, from their token. */
  agentName?: string;
}

export interface ValueProblem {
  variable: string;
  reason: string;
  /** Entity types found in a value (never the value). */
  types?: string[];
}

/** Says which sensitive entity types a text holds (empty when none). */
export type SensitiveScreen = (text: string) => readonly string[];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONEY = /^-?\d{1,9}(\.\d{1,2})?$/;
// C0/C1 controls other than line breaks and tab, bidi overrides and isolates:
// a value must not reorder or hide the approved text around it.
const FORBIDDEN_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;
const HTTPS_URL =
  /^https:\/\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+)(?:[/?#][\x21-\x7e]*)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (MONTH_DAYS[m - 1] ?? 0);
}

function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => host === a || host.endsWith(`.${a}`));
}

/** A compiled declaration: its checks prepared once per version. */
export interface PreparedVariable {
  readonly decl: VariableDeclaration;
  readonly required: boolean;
  readonly pattern?: RegExp;
  readonly values?: ReadonlySet<string>;
  readonly maxLength: number;
}

export function prepareVariables(declarations: readonly VariableDeclaration[]): PreparedVariable[] {
  return declarations.map((decl) => ({
    decl,
    required: decl.type === 'agent_name' || decl.required !== false,
    pattern: decl.pattern !== undefined ? new RegExp(`^(?:${decl.pattern})$`, 'u') : undefined,
    values: decl.values ? new Set(decl.values) : undefined,
    maxLength:
      decl.type === 'free_text'
        ? (decl.maxLength ?? DEFAULT_FREE_TEXT_MAX)
        : decl.type === 'string'
          ? (decl.maxLength ?? DEFAULT_STRING_MAX)
          : decl.type === 'url'
            ? MAX_URL_LENGTH
            : decl.type === 'case_ref'
              ? MAX_CASE_REF
              : MAX_AGENT_NAME,
  }));
}

/**
 * Validates the caller's values against the declarations and returns the
 * rendering context (an object holding exactly the declared names), or every problem. Values are data: they are never parsed as a
 * template, so no value can add a helper, a lookup or a partial.
 */
export function validateValues(
  variables: readonly PreparedVariable[],
  values: Readonly<Record<string, unknown>>,
  settings: TemplateSettings,
  context: RenderContext,
  screen?: SensitiveScreen,
): { ok: true; data: Record<string, string> } | { ok: false; problems: ValueProblem[] } {
  const problems: ValueProblem[] = [];
  // Only declared names (VARIABLE_NAME, never __proto__ or constructor) are set,
  // and Handlebars reads own properties only.
  const data: Record<string, string> = {};
  for (const name of Object.keys(values)) {
    let declared = false;
    for (let i = 0; i < variables.length && !declared; i++)
      declared = variables[i].decl.name === name;
    if (!declared) {
      problems.push({ variable: name.slice(0, 40), reason: 'is not a variable of this template' });
    }
  }
  for (const v of variables) {
    const { name, type } = v.decl;
    const given = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    let text: string;
    if (type === 'agent_name') {
      if (given !== undefined) {
        problems.push({
          variable: name,
          reason: 'is filled from your sign-in and cannot be typed',
        });
        continue;
      }
      text = (context.agentName ?? '').trim();
      if (text === '') {
        problems.push({ variable: name, reason: 'your sign-in carries no name' });
        continue;
      }
      if (text.length > v.maxLength || FORBIDDEN_CHARS.test(text) || LINE_BREAK.test(text)) {
        problems.push({ variable: name, reason: 'your sign-in name cannot be used in a reply' });
        continue;
      }
    } else if (given === undefined || given === null || given === '') {
      if (v.required) problems.push({ variable: name, reason: 'is required' });
      data[name] = '';
      continue;
    } else if (type === 'money' && typeof given === 'number') {
      if (!Number.isFinite(given) || Math.abs(given) >= 1e9) {
        problems.push({ variable: name, reason: 'must be an amount below 1,000,000,000' });
        continue;
      }
      text = given.toFixed(2);
    } else if (typeof given !== 'string') {
      problems.push({ variable: name, reason: 'must be a string' });
      continue;
    } else {
      text = given;
    }
    // Screened before the type check, so that a card number in a date or a
    // case reference is reported as what it is, whatever the variable's type.
    if (screen) {
      const types = screen(text.length > 1000 ? text.slice(0, 1000) : text);
      if (types.length > 0) {
        problems.push({ variable: name, reason: 'holds a sensitive value', types: [...types] });
        continue;
      }
    }
    const problem = checkValue(v, text, settings);
    if (problem) {
      problems.push({ variable: name, reason: problem });
      continue;
    }
    data[name] = type === 'case_ref' ? text.toUpperCase() : text;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data };
}

function checkValue(
  v: PreparedVariable,
  text: string,
  settings: TemplateSettings,
): string | undefined {
  if (text.length > v.maxLength) return `must be at most ${v.maxLength} characters`;
  if (FORBIDDEN_CHARS.test(text)) return 'holds control or direction-override characters';
  switch (v.decl.type) {
    case 'string':
      if (LINE_BREAK.test(text)) return 'must be one line';
      if (v.pattern && !v.pattern.test(text)) return 'does not match the declared pattern';
      return undefined;
    case 'enum':
      return v.values?.has(text) ? undefined : `must be one of ${[...(v.values ?? [])].join(', ')}`;
    case 'date': {
      const m = DATE.exec(text);
      if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3])))
        return 'must be a date written YYYY-MM-DD';
      return undefined;
    }
    case 'money':
      return MONEY.test(text) ? undefined : 'must be an amount such as 25 or 25.00';
    case 'case_ref':
      return settings.caseRefPattern.test(text.toUpperCase())
        ? undefined
        : 'is not a case reference of this service';
    case 'url': {
      // https only, a plain host (no credentials, no port), printable path:
      // parsed by hand, on the hot path of every render.
      const m = HTTPS_URL.exec(text);
      if (!m) return 'must be an https link to an allowed host, without credentials or a port';
      if (!hostAllowed(m[1].toLowerCase(), settings.allowedHosts))
        return 'points to a host not on the allow-list';
      return undefined;
    }
    case 'free_text':
      return undefined;
    case 'agent_name':
      return undefined;
  }
}
