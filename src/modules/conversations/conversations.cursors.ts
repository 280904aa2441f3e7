import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import type { ComplaintPosition, InboxPosition } from './conversations.repository';

/** The largest epoch milliseconds a Date holds. */
const MAX_EPOCH_MS = 8.64e15;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function badCursor(): PlatformError {
  return new PlatformError(PlatformErrorCode.BAD_REQUEST, 'The cursor is not valid for this list.');
}

/** A decoded inbox cursor whose values can be a position of this list (else 400, never a query error). */
export function inboxPosition(
  decoded: Record<'due' | 'id', string | number> | undefined,
): InboxPosition | undefined {
  if (!decoded) return undefined;
  const { due, id } = decoded as unknown as InboxPosition;
  if (!UUID.test(id) || (due !== -1 && !(due >= 0 && due <= MAX_EPOCH_MS))) throw badCursor();
  return { due, id };
}

/** A complaint-register cursor whose values can be a position of that list. */
export function complaintPosition(
  decoded: Record<'detectedAt' | 'id', string | number> | undefined,
): ComplaintPosition | undefined {
  if (!decoded) return undefined;
  const { detectedAt, id } = decoded as unknown as ComplaintPosition;
  const at = new Date(detectedAt);
  if (!UUID.test(id) || Number.isNaN(at.getTime()) || at.toISOString() !== detectedAt) {
    throw badCursor();
  }
  return { detectedAt, id };
}
