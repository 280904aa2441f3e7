import { AppError } from '../../platform/errors/app-error';

export enum RepliesErrorCode {
  REPLY_NOT_FOUND = 'REPLY_NOT_FOUND',
  REPLY_STATUS_CONFLICT = 'REPLY_STATUS_CONFLICT',
  OUTPUT_SCREENING_FAILED = 'OUTPUT_SCREENING_FAILED',
  TEMPLATE_PURPOSE_NOT_ALLOWED = 'TEMPLATE_PURPOSE_NOT_ALLOWED',
  SELF_SIGNOFF = 'SELF_SIGNOFF',
  SIGNOFF_ALREADY_DECIDED = 'SIGNOFF_ALREADY_DECIDED',
  SIGNOFF_ROLE_NOT_NEXT = 'SIGNOFF_ROLE_NOT_NEXT',
  SIGNOFF_REASON_REQUIRED = 'SIGNOFF_REASON_REQUIRED',
  UNKNOWN_HANDLE = 'REPLY_UNKNOWN_HANDLE',
  SCHEDULED_POST_NOT_FOUND = 'SCHEDULED_POST_NOT_FOUND',
  SCHEDULED_POST_STATUS_CONFLICT = 'SCHEDULED_POST_STATUS_CONFLICT',
  PUBLISH_AT_IN_PAST = 'PUBLISH_AT_IN_PAST',
  CRISIS_ALREADY_ACTIVE = 'CRISIS_ALREADY_ACTIVE',
  CRISIS_NOT_ACTIVE = 'CRISIS_NOT_ACTIVE',
  CRISIS_ACTIVE = 'CRISIS_ACTIVE',
  REVIEW_NOT_FOUND = 'REVIEW_NOT_FOUND',
  REVIEW_ALREADY_DONE = 'REVIEW_ALREADY_DONE',
  SELF_REVIEW = 'SELF_REVIEW',
  REVIEW_NOTE_REQUIRED = 'REVIEW_NOTE_REQUIRED',
  CSAT_NOT_FOUND = 'CSAT_NOT_FOUND',
}

export class RepliesError extends AppError<RepliesErrorCode> {}

/** The error for a sign-off the rules refuse (core/reply-rules `checkSignoff`). */
export function signoffRefused(
  problem: 'self_signoff' | 'already_decided' | 'role_not_next' | 'reason_required',
  ctx: {
    what: 'draft' | 'post';
    next: string | null;
    required: readonly string[];
    approved: string[];
  },
): RepliesError {
  switch (problem) {
    case 'self_signoff':
      return new RepliesError(
        RepliesErrorCode.SELF_SIGNOFF,
        `You cannot sign off your own ${ctx.what}.`,
      );
    case 'already_decided':
      return new RepliesError(
        RepliesErrorCode.SIGNOFF_ALREADY_DECIDED,
        `You have already decided on this ${ctx.what}.`,
      );
    case 'role_not_next':
      return new RepliesError(
        RepliesErrorCode.SIGNOFF_ROLE_NOT_NEXT,
        `The next sign-off on this ${ctx.what} is not for your role.`,
        { next: ctx.next, required: [...ctx.required], approved: ctx.approved },
      );
    case 'reason_required':
      return new RepliesError(
        RepliesErrorCode.SIGNOFF_REASON_REQUIRED,
        `A rejection needs a reason for the ${ctx.what === 'draft' ? 'agent' : 'author'}.`,
      );
  }
}
