import { ValidationError, ValidationPipe } from '@nestjs/common';
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
  return new ValidationPipe({
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
