import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_SETTINGS, nextRetryDelayMs, parseRetryAfter } from '../../bot/delivery/retrySchedule.ts';

const settings = { maxAttempts: 12, baseDelayMs: 60_000, maxDelayMs: 8 * 3_600_000, maxRetryAfterMs: 24 * 3_600_000 };

describe('retry delays', () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [9, 15_360_000],
    [10, 8 * 3_600_000],
    [11, 8 * 3_600_000],
  ])('after %i failed attempts wait up to %i ms (doubling, capped)', (attempts, ceiling) => {
    expect(nextRetryDelayMs(attempts, settings, undefined, () => 0.999_999)).toBeGreaterThan(ceiling * 0.999);
    expect(nextRetryDelayMs(attempts, settings, undefined, () => 0.999_999)).toBeLessThan(ceiling);
    expect(nextRetryDelayMs(attempts, settings, undefined, () => 0)).toBe(0);
    expect(nextRetryDelayMs(attempts, settings, undefined, () => 0.5)).toBe(ceiling / 2);
  });

  it('spreads waits over the whole range (full jitter)', () => {
    const waits = Array.from({ length: 400 }, () => nextRetryDelayMs(3, settings));
    expect(Math.min(...waits)).toBeLessThan(40_000);
    expect(Math.max(...waits)).toBeGreaterThan(200_000);
    expect(waits.every((wait) => wait >= 0 && wait < 240_000)).toBe(true);
  });

  it("uses the board's Retry-After instead, up to a day", () => {
    expect(nextRetryDelayMs(1, settings, 120_000)).toBe(120_000);
    expect(nextRetryDelayMs(1, settings, 3 * 24 * 3_600_000)).toBe(24 * 3_600_000);
  });

  it('gives up after about a day at most by default', () => {
    const longest = Array.from({ length: DEFAULT_RETRY_SETTINGS.maxAttempts - 1 }, (_, index) => nextRetryDelayMs(index + 1, DEFAULT_RETRY_SETTINGS, undefined, () => 1)).reduce(
      (sum, wait) => sum + wait,
      0,
    );
    expect(longest / 3_600_000).toBeGreaterThan(20);
    expect(longest / 3_600_000).toBeLessThan(26);
  });
});

describe('Retry-After', () => {
  const now = new Date('2026-03-02T10:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date, as the time left until it', () => {
    expect(parseRetryAfter('Mon, 02 Mar 2026 10:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable value', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
