import { ApiError, type Schemas } from '../../api/client';

export type Conversation = Schemas['ConversationResponseDto'];
export type ConversationDetail = Schemas['ConversationDetailResponseDto'];
export type Suggestion = Schemas['SuggestionDto'];
export type Variable = Schemas['VariableResponseDto'];
export type Reply = Schemas['ConversationReplyDto'];
export type OfflineMethod = Schemas['RouteOfflineDto']['method'];

/** A problem the service listed for a value or a render (names variables, never values). */
export interface Problem {
  variable?: string;
  reason: string;
  types?: string[];
}

/** An ApiError that keeps the service's `details` (e.g. TEMPLATE_RENDER_REFUSED's problems). */
export class DetailedError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly details: unknown,
    requestId?: string,
  ) {
    super(status, code, message, requestId);
  }

  get problems(): Problem[] {
    const d = this.details as { problems?: unknown } | null | undefined;
    if (!d || !Array.isArray(d.problems)) return [];
    return d.problems.filter(
      (p): p is Problem => typeof p === 'object' && p !== null && 'reason' in p,
    );
  }
}

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
  requestId?: string;
}

function isErrorBody(x: unknown): x is ErrorBody {
  return typeof x === 'object' && x !== null && 'error' in x;
}

/** Like `unwrap`, but the error keeps the service's details. */
export function unwrapDetailed<T>(r: { data?: T; error?: unknown; response: Response }): T {
  if (r.response.ok && r.data !== undefined) return r.data;
  const body = r.error;
  if (isErrorBody(body)) {
    throw new DetailedError(
      r.response.status,
      body.error.code,
      body.error.message,
      body.error.details,
      body.requestId,
    );
  }
  throw new ApiError(r.response.status, 'HTTP_ERROR', `The service answered ${r.response.status}.`);
}

const VARIABLE_TYPES = new Set<Variable['type']>([
  'string',
  'enum',
  'date',
  'money',
  'case_ref',
  'url',
  'agent_name',
  'free_text',
]);

/** A suggestion's variables, as the library declares them (the DTO types them loosely). */
export function variablesOf(s: Suggestion): Variable[] {
  const out: Variable[] = [];
  for (const raw of s.variables as unknown[]) {
    if (typeof raw !== 'object' || raw === null) continue;
    const v = raw as Partial<Variable>;
    if (typeof v.name !== 'string' || !v.type || !VARIABLE_TYPES.has(v.type)) continue;
    out.push({
      name: v.name,
      type: v.type,
      required: v.type === 'agent_name' || v.required !== false,
      ...(typeof v.maxLength === 'number' ? { maxLength: v.maxLength } : {}),
      ...(typeof v.pattern === 'string' ? { pattern: v.pattern } : {}),
      ...(Array.isArray(v.values) ? { values: v.values.filter((x) => typeof x === 'string') } : {}),
      ...(typeof v.example === 'string' ? { example: v.example } : {}),
    });
  }
  return out;
}

export const REPLY_STATUS_LABEL: Record<Reply['status'], string> = {
  pending_signoff: 'Awaiting sign-off',
  approved: 'Approved',
  queued: 'Queued',
  sent: 'Sent',
  failed: 'Failed',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** Statuses a reply still moves on from (the screen keeps looking until it settles). */
export function replyInFlight(r: Reply): boolean {
  return r.status === 'pending_signoff' || r.status === 'approved' || r.status === 'queued';
}

export const OFFLINE_METHOD_LABEL: Record<OfflineMethod, string> = {
  dm: 'Direct message',
  secure_message: 'Secure message (online banking)',
  phone_callback: 'Phone call-back',
  branch: 'Branch visit',
};
