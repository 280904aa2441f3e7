import { AppError } from '../../platform/errors/app-error';

export enum ConversationsErrorCode {
  /** Also answered for a conversation the caller may not see, so existence does not leak. */
  CONVERSATION_NOT_FOUND = 'CONVERSATION_NOT_FOUND',
  MESSAGE_NOT_FOUND = 'MESSAGE_NOT_FOUND',
  TRANSITION_NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED',
  ROUTE_OFFLINE_FIRST = 'ROUTE_OFFLINE_FIRST',
  USE_ROUTE_OFFLINE = 'USE_ROUTE_OFFLINE',
  ALREADY_ROUTED_OFFLINE = 'ALREADY_ROUTED_OFFLINE',
  /** A routed conversation leaves routed_offline by closing its offline case. */
  CLOSE_OFFLINE_CASE = 'CLOSE_OFFLINE_CASE',
  OFFLINE_CASE_NOT_FOUND = 'OFFLINE_CASE_NOT_FOUND',
  NO_SEALED_ORIGINAL = 'NO_SEALED_ORIGINAL',
  ORIGINAL_ERASED = 'ORIGINAL_ERASED',
}

export class ConversationsError extends AppError<ConversationsErrorCode> {}

export const conversationNotFound = (): ConversationsError =>
  new ConversationsError(ConversationsErrorCode.CONVERSATION_NOT_FOUND, 'No such conversation.');
