import type { Next, Request, Response } from 'restify';
import { sendError } from './errorResponse.ts';

const LOOPBACK_HOST_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host name of a Host header, without the port ('[::1]:3978' → '[::1]'). */
function hostNameOf(hostHeader: string): string {
  return hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : (hostHeader.split(':')[0] ?? '');
}

/** A browser names the page a request comes from; only the chat page itself (same scheme, host and port) may call. */
function isOwnOrigin(origin: string, hostHeader: string): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && url.host === hostHeader.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * Route middleware for everything unauthenticated in local mode (the chat page, the bridge, /api/messages). The server
 * binds to loopback; this also refuses requests whose Host header names another site (a web page elsewhere pointing its
 * own domain at 127.0.0.1) and requests a browser sends from another page (its Origin is not the chat page's own).
 */
export function loopbackOnly(req: Request, res: Response, next: Next): void {
  const host = req.headers.host ?? '';
  if (!LOOPBACK_HOST_NAMES.has(hostNameOf(host).toLowerCase())) {
    sendError(res, 403, 'Forbidden', 'The local chat only answers requests addressed to localhost or 127.0.0.1.');
    next(false);
    return;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, host)) {
    sendError(res, 403, 'Forbidden', 'The local chat only answers requests from its own page.');
    next(false);
    return;
  }
  next();
}
