/** How often and how patiently an undeliverable record is retried before it is parked. */
export interface RetrySettings {
  /** Attempts in all, the first included; after the last failed one the item is parked. */
  maxAttempts: number;
  /** The ceiling of the first retry's delay; it doubles with each attempt. */
  baseDelayMs: number;
  /** No computed delay exceeds this. */
  maxDelayMs: number;
  /** A board's Retry-After is honoured up to this long. */
  maxRetryAfterMs: number;
}

/**
 * 12 attempts, the delay ceiling doubling from 1 minute to at most 8 hours: with full jitter the last attempt
 * comes at most about 24 hours after the first (about half that on average).
 */
export const DEFAULT_RETRY_SETTINGS: RetrySettings = {
  maxAttempts: 12,
  baseDelayMs: 60_000,
  maxDelayMs: 8 * 60 * 60_000,
  maxRetryAfterMs: 24 * 60 * 60_000,
};

/**
 * The wait before the next attempt after `attemptsSoFar` failed ones: exponential backoff with full jitter
 * (a uniformly random wait up to the ceiling), so many workers retrying one board do not arrive together.
 * A board's Retry-After replaces the computed wait.
 */
export function nextRetryDelayMs(attemptsSoFar: number, settings: RetrySettings, retryAfterMs?: number, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(retryAfterMs, 0), settings.maxRetryAfterMs);
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(attemptsSoFar - 1, 0));
  return Math.floor(random() * ceiling);
}

/** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3), in milliseconds from now; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month ("Mon, 02 Mar 2026 10:05:00 GMT"); anything else is not one.
  if (!/[A-Za-z]{3}/.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(at - now.getTime(), 0);
}
