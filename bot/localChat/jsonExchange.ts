import type { Request, Response } from 'restify';
import type { z } from 'zod';
import { describeActivityProblems } from '../server/activitySchema.ts';
import { sendError } from '../server/errorResponse.ts';
import { closeAfterRefusal, readBody, refusalBeforeReading } from '../server/requestBody.ts';

export const MAX_JSON_BODY_BYTES = 256 * 1024;

/** A request body the bridge cannot use; `status` and `message` go back to the caller as they are. */
export class JsonBodyError extends Error {
  readonly status: 400 | 413 | 415;
  constructor(status: 400 | 413 | 415, message: string) {
    super(message);
    this.name = 'JsonBodyError';
    this.status = status;
  }
}

/**
 * Reads and parses a JSON body, capped in size; other content types are refused unread. Undefined for an empty body.
 * Parsed here rather than by a server-wide body parser, so the bridge does not depend on how the server is set up;
 * if such a parser has already consumed the stream, its result is used.
 */
export async function readJsonBody(req: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const rules = { types: ['application/json'], maxBytes };
  if (req.readableEnded) {
    const refusal = refusalBeforeReading(req, rules);
    if (refusal) throw new JsonBodyError(refusal.status, refusal.message);
    return req.body;
  }
  const read = await readBody(req, rules);
  if (!read.ok) throw new JsonBodyError(read.status, read.message);
  if (read.body.length === 0) return undefined;
  try {
    return JSON.parse(read.body.toString('utf8')) as unknown;
  } catch {
    throw new JsonBodyError(400, 'The body is not valid JSON.');
  }
}

/**
 * The body, read and checked against a schema. Undefined when it was unusable, in which case
 * the caller has already been answered (400 or 413) with the reason.
 */
export async function readValidBody<T>(req: Request, res: Response, schema: z.ZodType<T>): Promise<{ body: T } | undefined> {
  let body: unknown;
  try {
    body = await readJsonBody(req);
  } catch (error) {
    if (!(error instanceof JsonBodyError)) throw error;
    if (error.status !== 400) closeAfterRefusal(res);
    sendError(res, error.status, { 400: 'BadArgument', 413: 'PayloadTooLarge', 415: 'UnsupportedMediaType' }[error.status], error.message);
    return undefined;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    sendError(res, 400, 'BadArgument', `The body is not valid: ${describeActivityProblems(parsed.error)}.`);
    return undefined;
  }
  return { body: parsed.data };
}
