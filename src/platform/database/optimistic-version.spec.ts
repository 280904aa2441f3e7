import { PlatformErrorCode } from '../errors/platform.errors';
import { assertVersion, StaleVersionError } from './optimistic-version';

describe('assertVersion', () => {
  it('passes when the caller read the current version', () => {
    expect(() => assertVersion('conversation', { version: 3 }, 3)).not.toThrow();
  });

  it('refuses a stale version with CONFLICT and the current version in details', () => {
    let caught: unknown;
    try {
      assertVersion('conversation', { version: 4 }, 3);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(StaleVersionError);
    const e = caught as StaleVersionError;
    expect(e.code).toBe(PlatformErrorCode.CONFLICT);
    expect(e.details).toEqual({ expectedVersion: 3, currentVersion: 4 });
  });
});
