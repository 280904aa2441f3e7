export interface PolicyIssue {
  /** File as shown to people: relative to the project root when inside it. */
  file: string;
  /** Path inside the document, e.g. `rules[3].actions[0]`; empty for the whole file. */
  path: string;
  /** 1-based line, when the path can be located in the YAML source. */
  line?: number;
  reason: string;
}

export function formatPolicyIssue(issue: PolicyIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return issue.path === ''
    ? `${where}: ${issue.reason}`
    : `${where} ${issue.path}: ${issue.reason}`;
}

/**
 * An invalid policy file. The service refuses to start on one (DESIGN.md,
 * "Policies as code"), so the message must name file, line, path and reason.
 */
export class PolicyValidationError extends Error {
  readonly file: string;
  readonly path: string;
  readonly line: number | undefined;
  readonly reason: string;
  /** Every problem found in the file; the message names the first. */
  readonly issues: readonly PolicyIssue[];

  constructor(issues: readonly PolicyIssue[]) {
    const first = issues[0];
    if (first === undefined) throw new TypeError('PolicyValidationError needs at least one issue');
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(formatPolicyIssue(first) + more);
    this.name = 'PolicyValidationError';
    this.file = first.file;
    this.path = first.path;
    this.line = first.line;
    this.reason = first.reason;
    this.issues = issues;
  }
}
