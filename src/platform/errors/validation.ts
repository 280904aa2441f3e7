import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from './platform.errors';

export interface FieldProblem {
  field: string;
  problems: string[];
}

/** Flattens class-validator errors to `field.path: [constraint messages]`; values are never echoed. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) out.push({ field, problems: Object.values(e.constraints) });
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new PlatformError(
        PlatformErrorCode.VALIDATION_FAILED,
        'The request is not valid.',
        flattenValidationErrors(errors),
      ),
  });
}

/**
 * The global pipe: a missing body counts as `{}` (every field then validates
 * as absent), and a body that is not a JSON object (`null`, an array, a string)
 * where a DTO is expected is a 400, not an error inside a handler.
 */
export class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const dto = typeof metadata.metatype === 'function' && !PRIMITIVES.has(metadata.metatype);
    if (metadata.type === 'body' && dto) {
      if (value === undefined) value = {};
      else if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, 'The request is not valid.', [
          { field: 'body', problems: ['the body must be a JSON object'] },
        ]);
      }
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);
