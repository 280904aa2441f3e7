/**
 * Comparing a recorded automated decision with its replay. Pure.
 */
export interface DecisionFacts {
  actions: string[];
  priority: string;
  signoffRoles: string[];
  ruleIds: string[];
}

const sorted = (xs: readonly string[] | undefined): string[] => [...(xs ?? [])].sort();

export function decisionFacts(d: {
  actions?: readonly string[];
  priority?: string;
  signoffRoles?: readonly string[];
  ruleIds?: readonly string[];
}): DecisionFacts {
  return {
    actions: sorted(d.actions),
    priority: d.priority ?? '',
    signoffRoles: sorted(d.signoffRoles),
    ruleIds: sorted(d.ruleIds),
  };
}

/** The fields that differ (empty when the decisions are the same). */
export function decisionDifferences(a: DecisionFacts, b: DecisionFacts): string[] {
  const out: string[] = [];
  for (const k of ['actions', 'priority', 'signoffRoles', 'ruleIds'] as const) {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(k);
  }
  return out;
}

/** Entity types the intake never kept (cards truncated, credentials removed), from the redaction records. */
export function neverKeptTypes(
  redactions: ReadonlyArray<{ type?: unknown; action?: unknown }> | undefined,
): string[] {
  const types = new Set<string>();
  for (const r of redactions ?? []) {
    if ((r.action === 'truncated' || r.action === 'removed') && typeof r.type === 'string') {
      types.add(r.type);
    }
  }
  return [...types].sort();
}
