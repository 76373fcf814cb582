import type { Request, Response } from 'restify';

/** Our own style sheet only; no scripts at all; forms submit back here; never framed. */
const CONTENT_SECURITY_POLICY = ["default-src 'none'", "style-src 'self'", "img-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'"].join('; ');

export function sendHtml(res: Response, status: number, html: string, extraHeaders: Record<string, string | string[]> = {}): void {
  const body = Buffer.from(html, 'utf8');
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': body.length,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'referrer-policy': 'no-referrer',
    ...extraHeaders,
  });
  res.end(body);
}

export function redirect(res: Response, location: string, setCookie: string[] = []): void {
  res.writeHead(302, { location, 'referrer-policy': 'no-referrer', ...(setCookie.length ? { 'set-cookie': setCookie } : {}) });
  res.end();
}

/** One query parameter as text; absent, or given more than once, is undefined. */
export function queryText(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

export const errorTypeOf = (error: unknown) => (error instanceof Error ? error.name : 'unknown');
