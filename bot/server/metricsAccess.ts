import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { Next, Request, Response } from 'restify';

function isLoopbackPeer(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return address === '::1' || (isIP(v4) === 4 && v4.startsWith('127.'));
}

/** Compared as digests, so neither the length nor the content of the configured token shows in the timing. */
function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Guards GET /metrics: counts of the outbox and timers say how busy a board is, so they are served to a process on the
 * same machine (a monitoring agent, an operator's shell) or to a caller with METRICS_TOKEN as its bearer token.
 */
export function metricsAccess(token: string | undefined) {
  return (req: Request, res: Response, next: Next): void => {
    const given = /^Bearer (\S+)$/.exec(req.header('authorization') ?? '')?.[1];
    if (token !== undefined && given !== undefined && sameToken(given, token)) return next();
    if (given === undefined && isLoopbackPeer(req.socket.remoteAddress)) return next();
    res.header('www-authenticate', 'Bearer');
    res.send(401, { error: 'unauthorized', message: '/metrics needs the bearer token set in METRICS_TOKEN, or a request from this machine.' });
    next(false);
  };
}
