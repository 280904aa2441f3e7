import { applyDecorators } from '@nestjs/common';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';

/** The longest subject id, everywhere (holds, erasure, sealing, by-ref queries). */
export const SUBJECT_ID_MAX_LENGTH = 200;

/**
 * A data subject id: `<namespace>:<id>`, e.g. `x:783214`, `facebook:1234`,
 * `generic:crm:42`. The namespace is letters, digits, `_`, `.` or `-`; the id
 * is printable ASCII without spaces, `/`, `?`, `#`, `%` or quotes, so that it
 * is one path segment once percent-encoded and never holds a NUL.
 */
export const SUBJECT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*:[A-Za-z0-9_.:@+=~!$&*,;()[\]-]+$/;

export const SUBJECT_ID_RULE = `a subject id: <namespace>:<id>, at most ${SUBJECT_ID_MAX_LENGTH} characters (letters, digits and _.:@+=~!$&*,;()[]-)`;

export function isSubjectId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= SUBJECT_ID_MAX_LENGTH &&
    SUBJECT_ID_PATTERN.test(value)
  );
}

/** Throws 400 VALIDATION_FAILED when `value` is not a subject id (never echoing it). */
export function assertSubjectId(value: unknown, field = 'subjectId'): asserts value is string {
  if (!isSubjectId(value)) {
    throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, 'The request is not valid.', [
      { field, problems: [`${field} must be ${SUBJECT_ID_RULE}`] },
    ]);
  }
}

/** The one validation of a subject id in a DTO. */
export function IsSubjectId(): PropertyDecorator {
  return applyDecorators(
    IsString(),
    IsNotEmpty(),
    MaxLength(SUBJECT_ID_MAX_LENGTH),
    Matches(SUBJECT_ID_PATTERN, { message: `$property must be ${SUBJECT_ID_RULE}` }),
  );
}
