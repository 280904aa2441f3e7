import { nextAttemptAt } from './backoff';

const P = { baseMs: 1000, maxMs: 60_000 };
const NOW = 1_000_000;

describe('nextAttemptAt', () => {
  it('doubles the delay per attempt with half of it random', () => {
    expect(nextAttemptAt(NOW, 1, P, () => 0).getTime()).toBe(NOW + 500);
    expect(nextAttemptAt(NOW, 1, P, () => 1).getTime()).toBe(NOW + 1000);
    expect(nextAttemptAt(NOW, 3, P, () => 0).getTime()).toBe(NOW + 2000);
    expect(nextAttemptAt(NOW, 3, P, () => 1).getTime()).toBe(NOW + 4000);
  });

  it('caps the delay at maxMs', () => {
    expect(nextAttemptAt(NOW, 30, P, () => 1).getTime()).toBe(NOW + 60_000);
    expect(nextAttemptAt(NOW, 30, P, () => 0).getTime()).toBe(NOW + 30_000);
  });

  it('spreads retries with the random part', () => {
    const seen = new Set([0.1, 0.4, 0.9].map((r) => nextAttemptAt(NOW, 4, P, () => r).getTime()));
    expect(seen.size).toBe(3);
  });

  it('never retries before a rate limit resets', () => {
    const reset = new Date(NOW + 15 * 60_000);
    const at = nextAttemptAt(NOW, 1, P, () => 0.5, reset).getTime();
    expect(at).toBeGreaterThanOrEqual(reset.getTime());
    expect(at).toBeLessThanOrEqual(reset.getTime() + 1000);
    // a reset already behind the back-off changes nothing
    expect(nextAttemptAt(NOW, 1, P, () => 1, new Date(NOW + 10)).getTime()).toBe(NOW + 1000);
  });
});
