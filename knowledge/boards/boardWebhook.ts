import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** HTTPS only; plain http is accepted for loopback addresses, where tests run a local board receiver. */
function isSecureOrLoopback(address: string): boolean {
  const url = new URL(address);
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

/**
 * The board's own system, reached by a signed HTTPS POST of each record (docs/webhook.md). Without this block the
 * board works its records in the built-in board inbox. The signing secret is never in the file: `secretEnv` names
 * the environment variable that holds it.
 */
export const boardWebhookSchema = z.strictObject({
  url: z.url({ error: 'must be a URL like https://board.example.org/safeguarding/records' }).refine(isSecureOrLoopback, {
    error: 'must use https (plain http only for 127.0.0.1 or localhost)',
  }),
  secretEnv: z.string().regex(/^WEBHOOK_SECRET_[A-Z0-9_]+$/, {
    error: 'must be the NAME of an environment variable starting WEBHOOK_SECRET_ (e.g. WEBHOOK_SECRET_SAMPLE), never the secret itself',
  }),
  timeoutMs: z.int().min(1_000).max(60_000).default(10_000),
});

export type BoardWebhook = z.infer<typeof boardWebhookSchema>;
