/**
 * The pure rules of a reply: which template purposes a draft may use, which
 * sign-offs it needs and in what order, and what output screening refuses.
 */

/** Purposes usable while crisis mode is on. */
export const CRISIS_PURPOSES = ['crisis', 'acknowledgement', 'offline_route'] as const;

/** Purposes usable for a public reply where policy said route_offline or block_public_reply. */
export const OFFLINE_PUBLIC_PURPOSES = ['offline_route', 'acknowledgement'] as const;

/** Intents a rendered reply must never carry (an insult, spam) whatever the template. */
export const OUTPUT_BLOCKED_INTENTS = ['abuse', 'spam'] as const;

export interface PurposeContext {
  crisis: boolean;
  visibility: 'public' | 'private';
  /** The conversation's decision actions (route_offline, block_public_reply, …). */
  actions: readonly string[];
  /** The conversation must be answered offline (sensitive data, account-specific). */
  routeOfflineRequired: boolean;
}

/** The purposes a draft may use, or undefined when any purpose is allowed. */
export function allowedPurposes(ctx: PurposeContext): readonly string[] | undefined {
  const offline =
    ctx.visibility === 'public' &&
    (ctx.routeOfflineRequired ||
      ctx.actions.includes('route_offline') ||
      ctx.actions.includes('block_public_reply'));
  if (ctx.crisis && offline) {
    return CRISIS_PURPOSES.filter((p) =>
      (OFFLINE_PUBLIC_PURPOSES as readonly string[]).includes(p),
    );
  }
  if (ctx.crisis) return CRISIS_PURPOSES;
  if (offline) return OFFLINE_PUBLIC_PURPOSES;
  return undefined;
}

/**
 * The sign-offs a draft needs, in the order policy lists the roles (rules.yaml
 * `signoffRoles`): those the conversation's decision asked for, plus a
 * compliance sign-off on every public reply during a crisis.
 */
export function requiredSignoffs(
  decisionRoles: readonly string[],
  policyOrder: readonly string[],
  crisisPublic: boolean,
): string[] {
  const wanted = new Set(decisionRoles);
  if (crisisPublic) wanted.add('compliance_officer');
  const rank = (r: string) => {
    const i = policyOrder.indexOf(r);
    return i === -1 ? policyOrder.length : i;
  };
  return [...wanted].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The role whose sign-off comes next, given the approvals so far; undefined when complete. */
export function nextSignoffRole(
  required: readonly string[],
  approvedRoles: readonly string[],
): string | undefined {
  return required.find((r) => !approvedRoles.includes(r));
}

export interface ScreeningReason {
  kind: 'entity' | 'intent';
  type: string;
}

/** Why a rendered text is refused: sensitive entities and blocked intents, without values. */
export function outputScreeningReasons(result: {
  entities: ReadonlyArray<{ type: string }>;
  intents: ReadonlyArray<{ intent: string }>;
}): ScreeningReason[] {
  const reasons: ScreeningReason[] = [];
  for (const t of new Set(result.entities.map((e) => e.type)))
    reasons.push({ kind: 'entity', type: t });
  for (const i of result.intents) {
    if ((OUTPUT_BLOCKED_INTENTS as readonly string[]).includes(i.intent)) {
      reasons.push({ kind: 'intent', type: i.intent });
    }
  }
  return reasons;
}

export interface SignoffAttempt {
  /** Who wrote the draft or the post. */
  authorId: string;
  actor: { id: string; roles: readonly string[] };
  required: readonly string[];
  /** Decisions so far, in order. */
  existing: ReadonlyArray<{ signerId: string; role: string; decision: 'approve' | 'reject' }>;
  decision: 'approve' | 'reject';
  reason: string | undefined;
}

export type SignoffCheck =
  | { ok: true; role: string; reason: string | null; complete: boolean; approved: string[] }
  | {
      ok: false;
      problem: 'self_signoff' | 'already_decided' | 'role_not_next' | 'reason_required';
      next: string | null;
      approved: string[];
    };

/**
 * The rules of one sign-off decision, the same for a reply and a scheduled
 * post: the author never signs their own (segregation of duties, DESIGN
 * invariant 3; FINRA 3110(b)(4)), one decision per person, the roles in
 * policy order, a rejection carries a reason for the author.
 */
export function checkSignoff(a: SignoffAttempt): SignoffCheck {
  const approved = a.existing.filter((s) => s.decision === 'approve').map((s) => s.role);
  const next = nextSignoffRole(a.required, approved) ?? null;
  const fail = (problem: Extract<SignoffCheck, { ok: false }>['problem']): SignoffCheck => ({
    ok: false,
    problem,
    next,
    approved,
  });
  if (a.authorId === a.actor.id) return fail('self_signoff');
  if (a.existing.some((s) => s.signerId === a.actor.id)) return fail('already_decided');
  if (!next || !a.actor.roles.includes(next)) return fail('role_not_next');
  const reason = a.reason?.trim() ?? '';
  if (a.decision === 'reject' && reason.length === 0) return fail('reason_required');
  return {
    ok: true,
    role: next,
    reason: reason.length > 0 ? reason : null,
    complete: a.decision === 'approve' && !nextSignoffRole(a.required, [...approved, next]),
    approved,
  };
}
