import { HttpStatus } from '@nestjs/common';
import { ArchiveErrorCode } from './modules/archive/archive.errors';
import { ChannelsErrorCode } from './modules/channels/channels.errors';
import { ClassificationErrorCode } from './modules/classification/classification.errors';
import { ConversationsErrorCode } from './modules/conversations/conversations.errors';
import { TemplateErrorCode } from './modules/templates/templates.errors';
import { RepliesErrorCode } from './modules/replies/replies.errors';
import { MetricsErrorCode } from './modules/metrics/metrics.errors';
import { PlatformErrorCode } from './platform/errors/platform.errors';

/** Every error code of every domain. */
export type ErrorCode =
  | TemplateErrorCode
  | PlatformErrorCode
  | ArchiveErrorCode
  | ClassificationErrorCode
  | ChannelsErrorCode
  | ConversationsErrorCode
  | RepliesErrorCode
  | MetricsErrorCode;

/**
 * The one code -> HTTP status table. Typed as an exhaustive Record, so a new
 * code in any domain's enum does not compile until it has a status here.
 */
export const ERROR_STATUS: Record<ErrorCode, HttpStatus> = {
  [PlatformErrorCode.VALIDATION_FAILED]: HttpStatus.BAD_REQUEST,
  [PlatformErrorCode.MALFORMED_JSON]: HttpStatus.BAD_REQUEST,
  [PlatformErrorCode.BAD_REQUEST]: HttpStatus.BAD_REQUEST,
  [PlatformErrorCode.PAYLOAD_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [PlatformErrorCode.UNSUPPORTED_MEDIA_TYPE]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [PlatformErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [PlatformErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [PlatformErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [PlatformErrorCode.ROUTE_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [PlatformErrorCode.METHOD_NOT_ALLOWED]: HttpStatus.METHOD_NOT_ALLOWED,
  [PlatformErrorCode.REQUEST_TIMEOUT]: HttpStatus.REQUEST_TIMEOUT,
  [PlatformErrorCode.URI_TOO_LONG]: HttpStatus.URI_TOO_LONG,
  [PlatformErrorCode.HEADERS_TOO_LARGE]: 431 as HttpStatus,
  [PlatformErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [PlatformErrorCode.SENSITIVE_TEXT_REFUSED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [PlatformErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
  [PlatformErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [PlatformErrorCode.INTERNAL_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,

  [ArchiveErrorCode.ARCHIVE_RANGE_INVALID]: HttpStatus.BAD_REQUEST,
  [ArchiveErrorCode.ARCHIVE_ENTRY_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ArchiveErrorCode.ARCHIVE_TREE_TOO_SMALL]: HttpStatus.BAD_REQUEST,
  [ArchiveErrorCode.ARCHIVE_NO_CHECKPOINT]: HttpStatus.NOT_FOUND,
  [ArchiveErrorCode.ARCHIVE_CONSISTENCY_BROKEN]: HttpStatus.INTERNAL_SERVER_ERROR,
  [ArchiveErrorCode.SUBJECT_UNDER_LEGAL_HOLD]: HttpStatus.CONFLICT,
  [ArchiveErrorCode.SUBJECT_ALREADY_ERASED]: HttpStatus.CONFLICT,
  [ArchiveErrorCode.SUBJECT_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ArchiveErrorCode.LEGAL_HOLD_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ArchiveErrorCode.LEGAL_HOLD_ALREADY_RELEASED]: HttpStatus.CONFLICT,
  [ArchiveErrorCode.EXPORT_NOT_FOUND]: HttpStatus.NOT_FOUND,

  [ClassificationErrorCode.UNKNOWN_CHANNEL]: HttpStatus.BAD_REQUEST,

  [TemplateErrorCode.TEMPLATE_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [TemplateErrorCode.TEMPLATE_VERSION_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [TemplateErrorCode.TEMPLATE_KEY_TAKEN]: HttpStatus.CONFLICT,
  [TemplateErrorCode.TEMPLATE_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [TemplateErrorCode.TEMPLATE_VERSION_STATE]: HttpStatus.CONFLICT,
  [TemplateErrorCode.SELF_APPROVAL]: HttpStatus.FORBIDDEN,
  [TemplateErrorCode.TEMPLATE_VERSION_NOT_APPROVED]: HttpStatus.CONFLICT,
  [TemplateErrorCode.TEMPLATE_REVIEW_OVERDUE]: HttpStatus.CONFLICT,
  [TemplateErrorCode.TEMPLATE_CHANNEL_UNSUPPORTED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [TemplateErrorCode.TEMPLATE_RENDER_REFUSED]: HttpStatus.UNPROCESSABLE_ENTITY,

  [ChannelsErrorCode.WEBHOOK_SIGNATURE_INVALID]: HttpStatus.UNAUTHORIZED,
  [ChannelsErrorCode.WEBHOOK_VERIFICATION_FAILED]: HttpStatus.FORBIDDEN,
  [ChannelsErrorCode.UNKNOWN_HANDLE]: HttpStatus.NOT_FOUND,
  [ChannelsErrorCode.WEBHOOK_PAYLOAD_INVALID]: HttpStatus.BAD_REQUEST,

  [ConversationsErrorCode.CONVERSATION_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ConversationsErrorCode.MESSAGE_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ConversationsErrorCode.TRANSITION_NOT_ALLOWED]: HttpStatus.CONFLICT,
  [ConversationsErrorCode.ROUTE_OFFLINE_FIRST]: HttpStatus.CONFLICT,
  [ConversationsErrorCode.USE_ROUTE_OFFLINE]: HttpStatus.CONFLICT,
  [ConversationsErrorCode.ALREADY_ROUTED_OFFLINE]: HttpStatus.CONFLICT,
  [ConversationsErrorCode.CLOSE_OFFLINE_CASE]: HttpStatus.CONFLICT,
  [ConversationsErrorCode.OFFLINE_CASE_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ConversationsErrorCode.NO_SEALED_ORIGINAL]: HttpStatus.NOT_FOUND,
  [ConversationsErrorCode.ORIGINAL_ERASED]: HttpStatus.GONE,

  [RepliesErrorCode.REPLY_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [RepliesErrorCode.REPLY_STATUS_CONFLICT]: HttpStatus.CONFLICT,
  [RepliesErrorCode.OUTPUT_SCREENING_FAILED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [RepliesErrorCode.TEMPLATE_PURPOSE_NOT_ALLOWED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [RepliesErrorCode.SELF_SIGNOFF]: HttpStatus.FORBIDDEN,
  [RepliesErrorCode.SIGNOFF_ALREADY_DECIDED]: HttpStatus.CONFLICT,
  [RepliesErrorCode.SIGNOFF_ROLE_NOT_NEXT]: HttpStatus.FORBIDDEN,
  [RepliesErrorCode.SIGNOFF_REASON_REQUIRED]: HttpStatus.BAD_REQUEST,
  [RepliesErrorCode.UNKNOWN_HANDLE]: HttpStatus.NOT_FOUND,
  [RepliesErrorCode.SCHEDULED_POST_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [RepliesErrorCode.SCHEDULED_POST_STATUS_CONFLICT]: HttpStatus.CONFLICT,
  [RepliesErrorCode.PUBLISH_AT_IN_PAST]: HttpStatus.BAD_REQUEST,
  [RepliesErrorCode.CRISIS_ALREADY_ACTIVE]: HttpStatus.CONFLICT,
  [RepliesErrorCode.CRISIS_NOT_ACTIVE]: HttpStatus.CONFLICT,
  [RepliesErrorCode.CRISIS_ACTIVE]: HttpStatus.CONFLICT,
  [RepliesErrorCode.REVIEW_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [RepliesErrorCode.CSAT_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [RepliesErrorCode.REVIEW_ALREADY_DONE]: HttpStatus.CONFLICT,
  [RepliesErrorCode.SELF_REVIEW]: HttpStatus.FORBIDDEN,
  [RepliesErrorCode.REVIEW_NOTE_REQUIRED]: HttpStatus.BAD_REQUEST,

  [MetricsErrorCode.KPI_RANGE_INVALID]: HttpStatus.BAD_REQUEST,
  [MetricsErrorCode.UNKNOWN_TIME_ZONE]: HttpStatus.BAD_REQUEST,
  [MetricsErrorCode.UNKNOWN_TEAM]: HttpStatus.BAD_REQUEST,
  [MetricsErrorCode.UNKNOWN_REPORT]: HttpStatus.NOT_FOUND,
  [MetricsErrorCode.REPLAY_NOT_FOUND]: HttpStatus.NOT_FOUND,
};
