import { HttpException, HttpStatus } from '@nestjs/common';
import { AppError, ErrorBody } from './app-error';
import { PlatformErrorCode } from './platform.errors';
import { ErrorStatusTable } from './error-status.token';

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  /** Whether the error is unexpected and its stack must be logged. */
  unexpected: boolean;
}

const STATUS_TO_CODE: Record<number, PlatformErrorCode> = {
  400: PlatformErrorCode.BAD_REQUEST,
  401: PlatformErrorCode.UNAUTHENTICATED,
  403: PlatformErrorCode.FORBIDDEN,
  404: PlatformErrorCode.NOT_FOUND,
  405: PlatformErrorCode.METHOD_NOT_ALLOWED,
  408: PlatformErrorCode.REQUEST_TIMEOUT,
  409: PlatformErrorCode.CONFLICT,
  413: PlatformErrorCode.PAYLOAD_TOO_LARGE,
  414: PlatformErrorCode.URI_TOO_LONG,
  415: PlatformErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: PlatformErrorCode.TOO_MANY_REQUESTS,
  431: PlatformErrorCode.HEADERS_TOO_LARGE,
  503: PlatformErrorCode.SERVICE_UNAVAILABLE,
};

const FASTIFY_CODES: Record<string, { status: number; code: PlatformErrorCode; message: string }> =
  {
    FST_ERR_CTP_BODY_TOO_LARGE: {
      status: 413,
      code: PlatformErrorCode.PAYLOAD_TOO_LARGE,
      message: 'The request body is larger than the limit.',
    },
    FST_ERR_CTP_INVALID_MEDIA_TYPE: {
      status: 415,
      code: PlatformErrorCode.UNSUPPORTED_MEDIA_TYPE,
      message: 'The content type is not supported; send application/json.',
    },
    FST_ERR_CTP_EMPTY_JSON_BODY: {
      status: 400,
      code: PlatformErrorCode.MALFORMED_JSON,
      message: 'The JSON body is empty.',
    },
    FST_ERR_CTP_INVALID_JSON_BODY: {
      status: 400,
      code: PlatformErrorCode.MALFORMED_JSON,
      message: 'The request body is not valid JSON.',
    },
    FST_ERR_BODY_TIMEOUT: {
      status: 408,
      code: PlatformErrorCode.REQUEST_TIMEOUT,
      message: 'The request body was not received in time.',
    },
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
      status: 400,
      code: PlatformErrorCode.BAD_REQUEST,
      message: 'The content length does not match the body.',
    },
  };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Turns anything thrown into the one error shape. */
export function toErrorResponse(
  exception: unknown,
  requestId: string,
  table: ErrorStatusTable,
): ErrorResponse {
  const make = (status: number, code: string, message: string, details?: unknown) => ({
    status,
    unexpected: status >= 500,
    body: {
      error: details === undefined ? { code, message } : { code, message, details },
      requestId,
    },
  });

  if (exception instanceof AppError) {
    const { code, message, details } = exception as AppError<string>;
    const status = table[code];
    if (status === undefined) return make(500, PlatformErrorCode.INTERNAL_ERROR, 'internal error');
    if (status >= 500) return make(status, code, 'internal error');
    return make(status, code, message, details);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    // Nest's router raises a NotFoundException for routes it does not know.
    if (
      status === 404 &&
      isObject(response) &&
      typeof response.message === 'string' &&
      response.message.startsWith('Cannot ')
    ) {
      return make(404, PlatformErrorCode.ROUTE_NOT_FOUND, 'No such route.');
    }
    const code = STATUS_TO_CODE[status];
    if (!code || status >= 500)
      return make(500, PlatformErrorCode.INTERNAL_ERROR, 'internal error');
    // The body parser reports malformed JSON as a plain 400.
    if (status === 400 && /\bJSON\b/.test(exception.message)) {
      return make(400, PlatformErrorCode.MALFORMED_JSON, 'The request body is not valid JSON.');
    }
    const message = typeof exception.message === 'string' ? exception.message : 'request failed';
    return make(status, code, message);
  }
  const fastifyCode = isObject(exception) ? exception.code : undefined;
  if (typeof fastifyCode === 'string') {
    const known = FASTIFY_CODES[fastifyCode];
    if (known) return make(known.status, known.code, known.message);
  }
  if (exception instanceof SyntaxError && isObject(exception) && exception.statusCode === 400) {
    return make(400, PlatformErrorCode.MALFORMED_JSON, 'The request body is not valid JSON.');
  }
  if (isObject(exception) && typeof exception.statusCode === 'number') {
    const status = exception.statusCode;
    const code = STATUS_TO_CODE[status];
    if (code && status < 500) return make(status, code, HttpStatus[status] ?? 'request failed');
  }
  return make(500, PlatformErrorCode.INTERNAL_ERROR, 'internal error');
}
