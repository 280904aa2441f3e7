import Handlebars from 'handlebars';
import { createProtoAccessControl } from 'handlebars/dist/cjs/handlebars/internal/proto-access';
import { DATE_STYLES, HELPERS, isHelperName } from './helpers';
import type { TemplateSettings } from './template-settings.schema';
import {
  checkDeclarations,
  prepareVariables,
  validateValues,
  type PreparedVariable,
  type Problem,
  type RenderContext,
  type SensitiveScreen,
  type ValueProblem,
  type VariableDeclaration,
} from './variables';

/** The renderable content of a template version. */
export interface VersionContent {
  variables: VariableDeclaration[];
  /** Handlebars source per channel kind (x, facebook, instagram, dm, review, …). */
  variants: Record<string, string>;
}

export const MAX_VARIANT_SOURCE = 20_000;
const BLOCK_HELPERS = new Set(['if', 'unless']);

/**
 * One isolated Handlebars environment with the closed helper set and nothing
 * else registered: no partials, no decorators, no other helpers.
 */
const engine = Handlebars.create();
for (const [name, helper] of Object.entries(HELPERS)) engine.registerHelper(name, helper.fn);
for (const name of ['each', 'with', 'lookup', 'log', 'helperMissing', 'blockHelperMissing'])
  engine.unregisterHelper(name);

const KNOWN_HELPERS = {
  formatDate: true,
  formatMoney: true,
  caseRef: true,
  if: true,
  unless: true,
  each: false,
  with: false,
  lookup: false,
  log: false,
  helperMissing: false,
  blockHelperMissing: false,
};

const RUNTIME = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowCallsToHelperMissing: false,
} as const;

/**
 * Handlebars rebuilds its helper table and prototype-access rules on every
 * top-level call. The environment never changes, so they are built once and
 * each render enters the template the way Handlebars enters a partial, with
 * those prepared tables (the same rules as RUNTIME: no prototype properties or
 * methods, no helperMissing). `renderer.spec.ts` checks both entries agree.
 */
const PREPARED = {
  partial: true,
  helpers: Object.freeze({
    if: engine.helpers.if,
    unless: engine.helpers.unless,
    formatDate: HELPERS.formatDate.fn,
    formatMoney: HELPERS.formatMoney.fn,
    caseRef: HELPERS.caseRef.fn,
  }),
  partials: Object.freeze({}),
  decorators: Object.freeze({}),
  hooks: Object.freeze({}),
  protoAccessControl: createProtoAccessControl(RUNTIME),
};

/** Counted as a reader sees them: code points, not UTF-16 units. */
export function replyLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;

interface Walk {
  channel: string;
  declared: ReadonlyMap<string, VariableDeclaration>;
  problems: Problem[];
  staticText: string[];
}

/** A plain variable name: one segment, written as itself (no `this`, `../`, `@`, `[…]`). */
function simpleName(e: Expression): string | undefined {
  if (e.type !== 'PathExpression') return undefined;
  const p = e as hbs.AST.PathExpression;
  if (p.data || p.depth !== 0 || p.parts.length !== 1) return undefined;
  return p.original === p.parts[0] ? p.parts[0] : undefined;
}

function lineOf(node: Node): number {
  return node.loc?.start.line ?? 0;
}

function walk(node: Node, w: Walk): void {
  const add = (reason: string) =>
    w.problems.push({ path: `variants.${w.channel}`, reason: `line ${lineOf(node)}: ${reason}` });
  switch (node.type) {
    case 'Program':
      for (const s of (node as hbs.AST.Program).body) walk(s, w);
      return;
    case 'ContentStatement':
      w.staticText.push((node as hbs.AST.ContentStatement).value);
      return;
    case 'CommentStatement':
      return;
    case 'MustacheStatement': {
      const m = node as hbs.AST.MustacheStatement;
      if (!m.escaped) {
        add('triple-stash {{{…}}} and {{&…}} are not allowed');
        return;
      }
      checkCall(m.path, m.params, m.hash, w, add);
      return;
    }
    case 'BlockStatement': {
      const b = node as hbs.AST.BlockStatement;
      const helper = b.path.type === 'PathExpression' ? simpleName(b.path) : undefined;
      if (!helper || !BLOCK_HELPERS.has(helper)) {
        add(
          `block "${b.path.type === 'PathExpression' ? b.path.original : '?'}" is not allowed; only #if and #unless`,
        );
        return;
      }
      const name = b.params.length === 1 ? simpleName(b.params[0]) : undefined;
      if (!name || b.hash?.pairs.length) {
        add(`#${helper} takes exactly one variable`);
      } else if (!w.declared.has(name)) {
        add(`"${name}" is not a declared variable`);
      }
      if (b.program?.blockParams?.length) add('block parameters are not allowed');
      if (b.program) walk(b.program, w);
      if (b.inverse) walk(b.inverse, w);
      return;
    }
    case 'PartialStatement':
    case 'PartialBlockStatement':
      add('partials are not allowed');
      return;
    case 'Decorator':
    case 'DecoratorBlock':
      add('decorators are not allowed');
      return;
    default:
      add(`${node.type} is not allowed`);
  }
}

function checkCall(
  path: hbs.AST.PathExpression | hbs.AST.Literal,
  params: Expression[],
  hash: hbs.AST.Hash | undefined,
  w: Walk,
  add: (reason: string) => void,
): void {
  const name = simpleName(path);
  if (name === undefined) {
    add(
      `"${(path as hbs.AST.PathExpression).original ?? 'expression'}" is not a plain variable name`,
    );
    return;
  }
  if (hash && hash.pairs.length > 0) {
    add('hash arguments are not allowed');
    return;
  }
  if (params.length === 0) {
    if (isHelperName(name)) add(`${name} needs a variable`);
    else if (!w.declared.has(name)) add(`"${name}" is not a declared variable`);
    return;
  }
  if (!isHelperName(name)) {
    add(`"${name}" is not a known helper (formatDate, formatMoney, caseRef)`);
    return;
  }
  const helper = HELPERS[name];
  const arg = simpleName(params[0]);
  const decl = arg !== undefined ? w.declared.get(arg) : undefined;
  if (arg === undefined || params.some((p) => p.type === 'SubExpression')) {
    add(`${name} takes a declared variable`);
  } else if (!decl) {
    add(`"${arg}" is not a declared variable`);
  } else if (decl.type !== helper.argType) {
    add(`${name} formats a ${helper.argType} variable; "${arg}" is ${decl.type}`);
  }
  const extra = params.slice(1);
  if (extra.length > (helper.extra.length > 0 ? 1 : 0)) {
    add(`${name} takes ${helper.extra.length > 0 ? 'a variable and a style' : 'one variable'}`);
  } else if (extra.length === 1) {
    const style = extra[0];
    if (
      style.type !== 'StringLiteral' ||
      !(DATE_STYLES as readonly string[]).includes((style as hbs.AST.StringLiteral).value)
    ) {
      add(`${name} style must be one of ${helper.extra.join(', ')}`);
    }
  }
}

export interface CheckOptions {
  /** Screens the fixed text of each variant for sensitive values. */
  screen?: SensitiveScreen;
}

interface ParsedVariant {
  channel: string;
  ast: hbs.AST.Program;
}

/**
 * The texts a declaration stores (enum values, a pattern) are kept with the
 * version and archived: a sensitive value in one is refused, naming the variable.
 */
function screenDeclarations(
  declarations: readonly VariableDeclaration[],
  screen: SensitiveScreen,
): Problem[] {
  const problems: Problem[] = [];
  declarations.forEach((d, i) => {
    const texts: [string, unknown][] = [
      ...(Array.isArray(d.values)
        ? d.values.map((v, j): [string, unknown] => [`values[${j}]`, v])
        : []),
      ['pattern', d.pattern],
    ];
    for (const [where, text] of texts) {
      if (typeof text !== 'string' || text === '') continue;
      const found = screen(text);
      if (found.length > 0) {
        problems.push({
          path: `variables[${i}].${where}`,
          reason: `variable "${String(d.name)}" holds a sensitive value (${found.join(', ')})`,
        });
      }
    }
  });
  return problems;
}

function parseAndCheck(
  content: VersionContent,
  settings: TemplateSettings,
  options: CheckOptions,
): { problems: Problem[]; parsed: ParsedVariant[] } {
  const problems = checkDeclarations(content.variables ?? []);
  if (options.screen) problems.push(...screenDeclarations(content.variables ?? [], options.screen));
  const declared = new Map((content.variables ?? []).map((d) => [d.name, d]));
  const parsed: ParsedVariant[] = [];
  const channels = Object.keys(content.variants ?? {});
  if (channels.length === 0)
    problems.push({ path: 'variants', reason: 'at least one channel variant' });
  for (const channel of channels) {
    const source = content.variants[channel];
    const path = `variants.${channel}`;
    const limits = settings.channels.get(channel);
    if (!limits) {
      problems.push({
        path,
        reason: `unknown channel kind; one of ${[...settings.channels.keys()].join(', ')}`,
      });
      continue;
    }
    if (typeof source !== 'string' || source.trim() === '') {
      problems.push({ path, reason: 'must not be empty' });
      continue;
    }
    if (source.length > MAX_VARIANT_SOURCE) {
      problems.push({ path, reason: `must be at most ${MAX_VARIANT_SOURCE} characters` });
      continue;
    }
    let ast: hbs.AST.Program;
    try {
      ast = engine.parse(source);
    } catch (err) {
      const first = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
      problems.push({ path, reason: `not valid Handlebars (${first.slice(0, 80)})` });
      continue;
    }
    const w: Walk = { channel, declared, problems: [], staticText: [] };
    walk(ast, w);
    problems.push(...w.problems);
    const fixed = w.staticText.join('');
    if (replyLength(fixed.trim()) > limits.maxReplyLength) {
      problems.push({
        path,
        reason: `its fixed text alone exceeds ${limits.maxReplyLength} characters`,
      });
    }
    const found = options.screen?.(fixed) ?? [];
    if (found.length > 0) {
      problems.push({
        path,
        reason: `its fixed text holds a sensitive value (${found.join(', ')})`,
      });
    }
    if (w.problems.length === 0) parsed.push({ channel, ast });
  }
  return { problems, parsed };
}

/** Every problem that keeps a version from being saved (empty when it may be). */
export function checkVersion(
  content: VersionContent,
  settings: TemplateSettings,
  options: CheckOptions = {},
): Problem[] {
  return parseAndCheck(content, settings, options).problems;
}

export class TemplateProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `template version is invalid: ${problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`,
    );
    this.name = 'TemplateProblemsError';
  }
}

/** A checked version, compiled once and rendered many times. */
export interface CompiledVersion {
  readonly variables: readonly PreparedVariable[];
  readonly channels: readonly string[];
  readonly render: ReadonlyMap<string, (data: Record<string, string>) => string>;
  /** The same templates through Handlebars' ordinary entry (the spec checks both agree). */
  readonly renderStandard: ReadonlyMap<string, (data: Record<string, string>) => string>;
}

/** Checks and compiles a version; throws `TemplateProblemsError` listing every problem. */
export function compileVersion(
  content: VersionContent,
  settings: TemplateSettings,
  options: CheckOptions = {},
): CompiledVersion {
  const { problems, parsed } = parseAndCheck(content, settings, options);
  if (problems.length > 0) throw new TemplateProblemsError(problems);
  const render = new Map<string, (data: Record<string, string>) => string>();
  const slow = new Map<string, (data: Record<string, string>) => string>();
  for (const { channel, ast } of parsed) {
    const fn = engine.compile<Record<string, string>>(ast, {
      strict: true,
      knownHelpersOnly: true,
      knownHelpers: KNOWN_HELPERS,
      noEscape: settings.channels.get(channel)?.format !== 'html',
      data: false,
      compat: false,
      preventIndent: true,
      explicitPartialContext: true,
    });
    render.set(channel, (data) => fn(data, PREPARED));
    slow.set(channel, (data) => fn(data, RUNTIME));
  }
  return {
    variables: prepareVariables(content.variables ?? []),
    channels: [...render.keys()],
    render,
    renderStandard: slow,
  };
}

export type RenderProblem =
  ValueProblem | { variable?: undefined; reason: string; types?: string[] };

export type RenderResult =
  { ok: true; text: string; length: number } | { ok: false; problems: RenderProblem[] };

export interface RenderOptions {
  /** Screens each value (a sensitive value is refused naming its variable). */
  screenValue?: SensitiveScreen;
  /** Screens the rendered text as a whole (values may combine into a number). */
  screenOutput?: SensitiveScreen;
}

/**
 * Renders one channel variant: validate every value, render, then check the
 * result's length against the channel and screen it. A pure function of its
 * arguments.
 */
export function renderVersion(
  compiled: CompiledVersion,
  channel: string,
  values: Readonly<Record<string, unknown>>,
  settings: TemplateSettings,
  context: RenderContext = {},
  options: RenderOptions = {},
): RenderResult {
  const fn = compiled.render.get(channel);
  if (!fn) {
    return {
      ok: false,
      problems: [{ reason: `no ${channel} variant; channels: ${compiled.channels.join(', ')}` }],
    };
  }
  const checked = validateValues(
    compiled.variables,
    values,
    settings,
    context,
    options.screenValue,
  );
  if (!checked.ok) return checked;
  const text = fn(checked.data).trim();
  const length = replyLength(text);
  const problems: RenderProblem[] = [];
  const max = settings.channels.get(channel)?.maxReplyLength ?? 0;
  if (length > max) {
    problems.push({ reason: `the reply is ${length} characters; ${channel} allows ${max}` });
  }
  const types = options.screenOutput?.(text) ?? [];
  if (types.length > 0) {
    problems.push({ reason: 'the rendered reply holds a sensitive value', types: [...types] });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, text, length };
}
