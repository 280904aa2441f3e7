import { applyDecorators } from '@nestjs/common';
import { IsInt, Max } from 'class-validator';

/**
 * An integer that JavaScript holds exactly and PostgreSQL's bigint can take:
 * `1e20` or `9223372036854775808` in a query or a body is a 400, not a
 * database error. For sequence numbers, tree sizes and offsets.
 */
export function IsSafeInteger(): PropertyDecorator {
  return applyDecorators(
    IsInt(),
    Max(Number.MAX_SAFE_INTEGER, {
      message: `$property must not be greater than ${Number.MAX_SAFE_INTEGER}`,
    }),
  );
}
