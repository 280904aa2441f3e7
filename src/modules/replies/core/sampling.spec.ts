import { randomUUID } from 'node:crypto';
import { isoWeek, isSampled } from './sampling';

describe('isSampled', () => {
  it('takes none at 0 %, all at 100 %, and about the share asked in between', () => {
    const ids = Array.from({ length: 4000 }, () => randomUUID());
    expect(ids.filter((id) => isSampled(id, 0))).toHaveLength(0);
    expect(ids.filter((id) => isSampled(id, 100))).toHaveLength(4000);
    const tenth = ids.filter((id) => isSampled(id, 10)).length;
    expect(tenth).toBeGreaterThan(300);
    expect(tenth).toBeLessThan(500);
  });

  it('is stable for an id, so replicas and examiners agree', () => {
    const id = '3f1c7f0e-2b4d-4c55-9a7e-1d2e3f4a5b6c';
    expect(isSampled(id, 37)).toBe(isSampled(id, 37));
    // a larger share keeps every reply a smaller one took
    const ids = Array.from({ length: 500 }, () => randomUUID());
    for (const i of ids) if (isSampled(i, 5)) expect(isSampled(i, 20)).toBe(true);
  });
});

describe('isoWeek', () => {
  it('numbers weeks as ISO 8601 does, across year ends', () => {
    expect(isoWeek(new Date('2026-01-05T09:00:00Z'))).toBe('2026-W02');
    expect(isoWeek(new Date('2026-01-01T00:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01');
    expect(isoWeek(new Date('2021-01-03T23:59:59Z'))).toBe('2020-W53');
  });
});
