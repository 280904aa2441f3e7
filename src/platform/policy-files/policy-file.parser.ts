import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { projectRoot } from '../paths';
import { PolicyValidationError, type PolicyIssue } from './policy-validation.error';

export type PolicyPathSegment = string | number;

/** A YAML policy file read from disk, able to locate any path in its source. */
export interface PolicyDocument {
  readonly filePath: string;
  /** Name shown in errors (relative to the project root when inside it). */
  readonly displayName: string;
  /** The document as plain JSON-compatible data. */
  readonly content: unknown;
  lineOf(path: readonly PolicyPathSegment[]): number | undefined;
  issue(path: readonly PolicyPathSegment[], reason: string): PolicyIssue;
}

const reportAtParent = new WeakMap<object, Set<string>>();

/**
 * Marks a property of a schema class whose errors belong to the object holding it:
 * e.g. a rule action written `{ priority: high }` is normalised into `{ type, value }`,
 * and its errors read `rules[3].actions[0]: …`, not `rules[3].actions[0].type: …`.
 */
export function ReportAtParent(): PropertyDecorator {
  return (target, propertyKey) => {
    const set = reportAtParent.get(target) ?? new Set<string>();
    set.add(String(propertyKey));
    reportAtParent.set(target, set);
  };
}

function isReportedAtParent(target: object | undefined, property: string): boolean {
  if (target === undefined || target === null) return false;
  const proto: unknown = Object.getPrototypeOf(target);
  for (
    let p = proto;
    p !== null && typeof p === 'object';
    p = Object.getPrototypeOf(p) as unknown
  ) {
    if (reportAtParent.get(p)?.has(property) === true) return true;
  }
  return false;
}

export function formatPolicyPath(path: readonly PolicyPathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

export function displayPolicyFileName(filePath: string): string {
  const abs = resolve(filePath);
  let root: string;
  try {
    root = projectRoot();
  } catch {
    return abs;
  }
  const rel = relative(root, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

export function readPolicyDocument(filePath: string): PolicyDocument {
  const displayName = displayPolicyFileName(filePath);
  let source: string;
  try {
    source = readFileSync(filePath, 'utf8');
  } catch (err) {
    const reason = err instanceof Error ? `cannot be read (${err.message})` : 'cannot be read';
    throw new PolicyValidationError([{ file: displayName, path: '', reason }]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new PolicyValidationError(
      doc.errors.map((e) => ({
        file: displayName,
        path: '',
        line: e.linePos?.[0]?.line,
        reason: `invalid YAML: ${e.message.split('\n')[0] ?? e.code}`,
      })),
    );
  }
  const content: unknown = doc.toJS({ maxAliasCount: 100 });
  const lineOf = (path: readonly PolicyPathSegment[]): number | undefined =>
    locate(doc, lineCounter, path);
  return {
    filePath,
    displayName,
    content,
    lineOf,
    issue: (path, reason) => ({
      file: displayName,
      path: formatPolicyPath(path),
      line: lineOf(path),
      reason,
    }),
  };
}

function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PolicyPathSegment[],
): number | undefined {
  for (let len = path.length; len >= 0; len--) {
    const node: unknown = len === 0 ? doc.contents : doc.getIn(path.slice(0, len), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function toSegment(property: string): PolicyPathSegment {
  return /^\d+$/.test(property) ? Number(property) : property;
}

function reasonOf(error: ValidationError): string {
  const constraints = error.constraints ?? {};
  const key = Object.keys(constraints)[0];
  if (key === undefined) return 'is invalid';
  if (key === 'whitelistValidation') return 'is not a known property';
  const message = constraints[key] ?? 'is invalid';
  const prefix = `${error.property} `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

function collectIssues(
  doc: PolicyDocument,
  errors: readonly ValidationError[],
  parent: readonly PolicyPathSegment[],
  out: PolicyIssue[],
): void {
  for (const error of errors) {
    const path = isReportedAtParent(error.target, error.property)
      ? parent
      : [...parent, toSegment(error.property)];
    if (error.constraints && Object.keys(error.constraints).length > 0) {
      out.push(doc.issue(path, reasonOf(error)));
    }
    if (error.children && error.children.length > 0) collectIssues(doc, error.children, path, out);
  }
}

/**
 * Validates a parsed document against a class-validator schema class: nested
 * objects are validated and unknown properties are errors.
 */
export function validatePolicyDocument<T extends object>(
  doc: PolicyDocument,
  schema: ClassConstructor<T>,
): T {
  const content = doc.content;
  if (content === null || typeof content !== 'object' || Array.isArray(content)) {
    throw new PolicyValidationError([doc.issue([], 'must be a YAML mapping at the top level')]);
  }
  const instance = plainToInstance(schema, content);
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: true, value: false },
  });
  if (errors.length > 0) {
    const issues: PolicyIssue[] = [];
    collectIssues(doc, errors, [], issues);
    throw new PolicyValidationError(issues.length > 0 ? issues : [doc.issue([], 'is invalid')]);
  }
  return instance;
}

/**
 * Reads a YAML policy file and validates it against `schema`, throwing a
 * `PolicyValidationError` naming file, line, path and reason.
 */
export function parsePolicyFile<T extends object>(
  filePath: string,
  schema: ClassConstructor<T>,
): T {
  return validatePolicyDocument(readPolicyDocument(filePath), schema);
}
