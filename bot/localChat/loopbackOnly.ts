import type { Next, Request, Response } from 'restify';
import { sendError } from './jsonExchange.ts';

const LOOPBACK_HOST_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host name of a Host header, without the port ('[::1]:3978' → '[::1]'). */
function hostNameOf(hostHeader: string): string {
  return hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : (hostHeader.split(':')[0] ?? '');
}

/**
 * Route middleware. The server binds to loopback in local mode; this also refuses requests whose Host header names
 * another site, so a web page elsewhere cannot reach the unauthenticated bridge by pointing its own domain at 127.0.0.1.
 */
export function loopbackOnly(req: Request, res: Response, next: Next): void {
  if (LOOPBACK_HOST_NAMES.has(hostNameOf(req.headers.host ?? '').toLowerCase())) {
    next();
    return;
  }
  sendError(res, 403, 'Forbidden', 'The local chat only answers requests addressed to localhost or 127.0.0.1.');
  next(false);
}
