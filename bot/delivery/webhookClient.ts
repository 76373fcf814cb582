import { z } from 'zod';
import { parseRetryAfter } from './retrySchedule.ts';
import { postJson, RefusedAddressError, type WebhookAnswer } from './guardedPost.ts';
import { webhookDocumentOf, WEBHOOK_SCHEMA_VERSION, type DeliverableRecord } from './webhookDocument.ts';
import { IDEMPOTENCY_KEY_HEADER, SCHEMA_VERSION_HEADER, SIGNATURE_HEADER, signWebhookBody, TIMESTAMP_HEADER } from './webhookSignature.ts';

/** A board's system, reached by signed HTTPS POST. */
export interface WebhookTarget {
  url: URL;
  secret: string;
  timeoutMs: number;
  /** The board's configuration allows a system on a private network (or this machine), with a reason. */
  allowPrivateNetwork: boolean;
}

/** How one POST went. Reasons are short and never carry the board's response text. */
export type DeliveryOutcome =
  | { kind: 'delivered'; status: number; boardReference?: string }
  | { kind: 'retryable'; status?: number; reason: string; retryAfterMs?: number }
  | { kind: 'permanent'; status?: number; reason: string };

const RETRYABLE_CLIENT_ERRORS = new Set([408, 409, 429]);
/** The most of a board's answer that is read; the rest is not waited for. */
const MAX_ACKNOWLEDGEMENT_BYTES = 64 * 1024;

/** The board's own reference from its acknowledgement; anything that does not look like a reference is ignored. */
const acknowledgementSchema = z.object({
  reference: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[\w./:#-]+$/),
});

function boardReferenceOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const parsed = acknowledgementSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.reference : undefined;
  } catch {
    return undefined;
  }
}

function failureOf(error: unknown, timeoutMs: number): DeliveryOutcome {
  if (error instanceof RefusedAddressError) return { kind: 'permanent', reason: `the webhook address ${error.problem}` };
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'retryable', reason: `no answer within ${timeoutMs} ms` };
  const code = (error as { code?: unknown }).code;
  return { kind: 'retryable', reason: typeof code === 'string' ? `network error ${code}` : 'network error' };
}

/** Sends one record to a board's webhook, signed, with the record id as idempotency key, and classifies the answer. */
export async function postToWebhook(target: WebhookTarget, record: DeliverableRecord, now: Date): Promise<DeliveryOutcome> {
  const body = JSON.stringify(webhookDocumentOf(record));
  const timestamp = Math.floor(now.getTime() / 1000);
  let answer: WebhookAnswer;
  try {
    answer = await postJson(target, body, {
      [IDEMPOTENCY_KEY_HEADER]: record.recordId,
      [SCHEMA_VERSION_HEADER]: String(WEBHOOK_SCHEMA_VERSION),
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signWebhookBody(target.secret, timestamp, body),
    });
  } catch (error) {
    return failureOf(error, target.timeoutMs);
  }

  const { status } = answer;
  if (status >= 200 && status < 300) {
    const boardReference = boardReferenceOf(await answer.readText(MAX_ACKNOWLEDGEMENT_BYTES).catch(() => undefined));
    return { kind: 'delivered', status, ...(boardReference === undefined ? {} : { boardReference }) };
  }
  answer.discard();
  if (status >= 500 || RETRYABLE_CLIENT_ERRORS.has(status)) {
    const retryAfterMs = parseRetryAfter(answer.retryAfter ?? null, now);
    return { kind: 'retryable', status, reason: `HTTP ${status}`, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (status >= 300 && status < 400) return { kind: 'permanent', status, reason: `HTTP ${status}: redirects are not followed` };
  return { kind: 'permanent', status, reason: `HTTP ${status}` };
}
