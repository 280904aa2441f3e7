/**
 * The base of every domain exception. Each domain declares its codes as a
 * SCREAMING_SNAKE string enum and one exception class extending this; the
 * global filter maps codes to HTTP statuses through one exhaustive table
 * (src/error-status.ts). Messages must never carry post text or sensitive values.
 */
export class AppError<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The one error body of the API (docs/errors.md). */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
  requestId: string;
}
