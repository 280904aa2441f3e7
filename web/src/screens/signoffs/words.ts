import { ApiError } from '../../api/client';

/** The roles that sign, in words. */
export const SIGNER_ROLE: Record<string, string> = {
  legal: 'Legal',
  compliance_officer: 'Compliance officer',
};

export function roleLabel(role: string): string {
  return SIGNER_ROLE[role] ?? role;
}

const DATE_TIME = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_TIME.format(d);
}

function span(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

/** "overdue by 2 h 5 min" or "due in 25 min", against `now`. */
export function dueWords(iso: string, now: number): { overdue: boolean; words: string } {
  const ms = new Date(iso).getTime() - now;
  return ms < 0
    ? { overdue: true, words: `overdue by ${span(ms)}` }
    : { overdue: false, words: `due in ${span(ms)}` };
}

/**
 * The service's refusals in words a reviewer acts on; the service's own
 * message for anything else.
 */
const REFUSALS: Record<string, string> = {
  SELF_SIGNOFF:
    'You wrote this draft, so you cannot sign it: another person with the role must (segregation of duties).',
  SIGNOFF_ALREADY_DECIDED: 'You have already decided on this draft; one decision per person.',
  SIGNOFF_ROLE_NOT_NEXT:
    'This draft waits for another role first: policy lists the sign-offs in order.',
  SIGNOFF_REASON_REQUIRED: 'A rejection needs a reason, so the agent knows what to change.',
  REPLY_STATUS_CONFLICT:
    'This draft no longer waits for a sign-off (someone decided or the agent withdrew it).',
  SELF_REVIEW: 'You wrote this reply, so another reviewer must review it.',
  REVIEW_ALREADY_DONE: 'This reply has already been reviewed.',
  REVIEW_NOTE_REQUIRED: 'A flag needs a note saying what is wrong.',
  CRISIS_ALREADY_ACTIVE: 'Crisis mode is already on.',
  CRISIS_NOT_ACTIVE: 'Crisis mode is already off.',
  CRISIS_ACTIVE: 'Held posts can be released only after crisis mode ends.',
  SCHEDULED_POST_STATUS_CONFLICT:
    'This post has changed since you loaded it (released, cancelled or already sent).',
  SENSITIVE_TEXT_REFUSED:
    'The text holds a sensitive value (for example a card or account number): leave it out.',
  FORBIDDEN: 'Your roles do not allow this.',
};

export function refusal(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 409 && !(error.code in REFUSALS)) {
      return 'Someone changed this in the meantime: the list is reloaded; check it and try again.';
    }
    return REFUSALS[error.code] ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
