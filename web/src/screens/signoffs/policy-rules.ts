import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export interface RuleInWords {
  id: string;
  description: string | null;
  /** The sign-offs the rule asks for (`require_signoff` actions). */
  signoffs: string[];
}

function rulesOf(content: unknown): Map<string, RuleInWords> {
  const out = new Map<string, RuleInWords>();
  const file = (content as Record<string, unknown> | null)?.['rules.yaml'];
  const rules = (file as { rules?: unknown } | undefined)?.rules;
  if (!Array.isArray(rules)) return out;
  for (const r of rules as Array<Record<string, unknown>>) {
    if (typeof r.id !== 'string') continue;
    const actions = Array.isArray(r.actions) ? (r.actions as unknown[]) : [];
    const signoffs = actions.flatMap((a) => {
      const v = (a as Record<string, unknown> | null)?.require_signoff;
      return typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : [];
    });
    out.set(r.id, {
      id: r.id,
      description: typeof r.description === 'string' ? r.description : null,
      signoffs,
    });
  }
  return out;
}

/** The policy in force, for explaining rule ids in words (the service decides; this only reads). */
export function usePolicyRules(enabled = true) {
  return useQuery({
    queryKey: ['policy', 'current', 'rules-in-words'],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => rulesOf(unwrap(await api.GET('/v1/policies/current')).content),
  });
}
