import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's replay window: a request signed more than five minutes from now is refused. */
export const REPLAY_WINDOW_SECONDS = 5 * 60;

export interface SignedRequest {
  rawBody: Buffer;
  /** X-Slack-Request-Timestamp */
  timestamp: string | undefined;
  /** X-Slack-Signature, "v0=<hex>" */
  signature: string | undefined;
}

export type SignatureCheck = { ok: true; secret: string } | { ok: false; reason: 'missing headers' | 'stale timestamp' | 'bad signature' };

/** Slack's v0 signature: HMAC-SHA256 of "v0:<timestamp>:<raw body>" with the app's signing secret, in hex. */
export function slackSignature(secret: string, timestamp: string, rawBody: Buffer): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(rawBody).digest('hex')}`;
}

/**
 * Checks a request against each signing secret (a deployment serves a few workspaces; which one sent the request
 * is only known from the body, which is not read before the check). Returns the secret that signed it. Every
 * comparison is constant-time, and every secret is tried, so the time taken says nothing about which matched.
 */
export function verifySlackRequest(request: SignedRequest, secrets: Iterable<string>, now: Date = new Date()): SignatureCheck {
  const { timestamp, signature, rawBody } = request;
  if (timestamp === undefined || signature === undefined || !/^\d+$/.test(timestamp) || !signature.startsWith('v0=')) {
    return { ok: false, reason: 'missing headers' };
  }
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > REPLAY_WINDOW_SECONDS) return { ok: false, reason: 'stale timestamp' };
  const given = Buffer.from(signature, 'utf8');
  let matched: string | undefined;
  for (const secret of secrets) {
    const expected = Buffer.from(slackSignature(secret, timestamp, rawBody), 'utf8');
    if (expected.length === given.length && timingSafeEqual(expected, given) && matched === undefined) matched = secret;
  }
  return matched === undefined ? { ok: false, reason: 'bad signature' } : { ok: true, secret: matched };
}
