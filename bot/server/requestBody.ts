import type { Request, Response } from 'restify';

/** Why a body was not taken: 415 (a content type the route does not take) or 413 (larger than it takes). */
export interface BodyRefusal {
  status: 413 | 415;
  message: string;
}

export type BodyRead = { ok: true; body: Buffer } | ({ ok: false } & BodyRefusal);

export interface BodyRules {
  /** Media types the route takes, e.g. ['application/json']. */
  types: readonly string[];
  maxBytes: number;
}

/** 'application/json; charset=utf-8' → 'application/json'. */
function mediaTypeOf(req: Request): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function declaresBody(req: Request): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

/**
 * Checked from the headers alone, before any byte of the body is read: a body of a type the route does not take
 * (multipart, text/plain from a cross-site form…) or one declared larger than it takes. A request without a body passes.
 */
export function refusalBeforeReading(req: Request, { types, maxBytes }: BodyRules): BodyRefusal | undefined {
  if (!declaresBody(req)) return undefined;
  if (!types.includes(mediaTypeOf(req))) return { status: 415, message: `This route takes ${types.join(' or ')} only.` };
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return tooLarge(maxBytes);
  return undefined;
}

function tooLarge(maxBytes: number): BodyRefusal {
  return { status: 413, message: `The body is larger than the ${Math.round(maxBytes / 1024)} KB this route takes.` };
}

/**
 * The body, held in memory only and never beyond `maxBytes`: reading stops at the first chunk past the limit
 * (a chunked body declares no length). Nothing is written to disk.
 */
export async function readBody(req: Request, rules: BodyRules): Promise<BodyRead> {
  const refusal = refusalBeforeReading(req, rules);
  if (refusal) return { ok: false, ...refusal };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > rules.maxBytes) return { ok: false, ...tooLarge(rules.maxBytes) };
    chunks.push(chunk);
  }
  return { ok: true, body: Buffer.concat(chunks) };
}

/** A refused body is left unread: the connection is closed after the answer rather than draining it. */
export function closeAfterRefusal(res: Response): void {
  res.setHeader('connection', 'close');
}
