import { PlatformError, PlatformErrorCode } from '../errors/platform.errors';

/**
 * Optimistic concurrency for rows with a `version` column. A write names the
 * version it read; the repository updates `WHERE id = $1 AND version = $2`
 * and bumps `version = version + 1`. A stale write is refused with 409
 * CONFLICT carrying the current version, so the client can reload and retry.
 */
export class StaleVersionError extends PlatformError {
  constructor(what: string, expected: number, current: number) {
    super(PlatformErrorCode.CONFLICT, `The ${what} was changed by someone else; reload it.`, {
      expectedVersion: expected,
      currentVersion: current,
    });
  }
}

/** Throws 409 CONFLICT unless the row is still at the version the caller read. */
export function assertVersion(what: string, row: { version: number }, expected: number): void {
  if (row.version !== expected) throw new StaleVersionError(what, expected, row.version);
}
