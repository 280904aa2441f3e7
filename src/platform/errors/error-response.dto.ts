import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

export class ErrorDetailDto {
  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'A stable SCREAMING_SNAKE code.' })
  code!: string;

  @ApiProperty({ example: 'The request is not valid.' })
  message!: string;

  @ApiPropertyOptional({
    description: 'Structured details, e.g. the fields that failed validation.',
    example: [{ field: 'text', problems: ['text must be a string'] }],
  })
  details?: unknown;
}

/** The one error shape of the API. */
export class ErrorResponseDto {
  @ApiProperty({ type: ErrorDetailDto })
  error!: ErrorDetailDto;

  @ApiProperty({ example: '5b0c3c1e-6a1f-4d8e-9a51-2f1c7c1d2e3f' })
  requestId!: string;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (VALIDATION_FAILED with field details, MALFORMED_JSON, …)',
  401: 'No bearer token, or an invalid or expired one (UNAUTHENTICATED)',
  403: 'The caller may not do this (FORBIDDEN)',
  404: 'Not found',
  409: 'Conflict with the current state',
  413: 'Body over the size limit (PAYLOAD_TOO_LARGE)',
  500: 'Unexpected failure; the body carries only the request id (INTERNAL_ERROR)',
  503: 'Not ready (SERVICE_UNAVAILABLE)',
};

/** Documents error responses of a route in the one error shape. */
export function ApiErrors(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Error', type: ErrorResponseDto }),
    ),
  );
}
