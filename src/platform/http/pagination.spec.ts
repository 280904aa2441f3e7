import { PlatformError } from '../errors/platform.errors';
import { decodeCursor, encodeCursor, pageOf } from './pagination';

describe('cursor pagination', () => {
  it('round-trips a position through an opaque cursor', () => {
    const c = encodeCursor({ at: '2026-01-01T00:00:00.000Z', id: 'abc' });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, { at: 'string', id: 'string' })).toEqual({
      at: '2026-01-01T00:00:00.000Z',
      id: 'abc',
    });
  });

  it('refuses a cursor of another shape or a forged one with a 400 error', () => {
    const other = encodeCursor({ seq: 5 });
    expect(() => decodeCursor(other, { at: 'string', id: 'string' })).toThrow(PlatformError);
    expect(() => decodeCursor('!!', { seq: 'number' })).toThrow(PlatformError);
    expect(() => decodeCursor(encodeCursor({ seq: 1e20 }), { seq: 'number' })).toThrow(
      PlatformError,
    );
  });

  it('gives a next cursor only when more rows than the limit came back', () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    const full = pageOf(
      rows,
      2,
      (r) => ({ n: r.n }),
      (r) => r.n,
    );
    expect(full.items).toEqual([1, 2]);
    expect(decodeCursor(full.nextCursor!, { n: 'number' })).toEqual({ n: 2 });
    const last = pageOf(
      rows.slice(0, 2),
      2,
      (r) => ({ n: r.n }),
      (r) => r.n,
    );
    expect(last).toEqual({ items: [1, 2], nextCursor: null });
  });
});
