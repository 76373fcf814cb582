import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Safeguarding-Signature';
export const TIMESTAMP_HEADER = 'X-Safeguarding-Timestamp';
export const SCHEMA_VERSION_HEADER = 'X-Safeguarding-Schema-Version';
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** The receiver should refuse a timestamp further than this from its own clock (a replayed request). */
export const REPLAY_WINDOW_SECONDS = 300;

/** `v1=<hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the board's secret>`; timestamp in Unix seconds. */
export function signWebhookBody(secret: string, timestampSeconds: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `v1=${digest}`;
}
