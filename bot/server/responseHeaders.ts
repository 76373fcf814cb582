import type { Next, Request, Response } from 'restify';

/** A year, the usual HSTS lifetime; browsers then refuse plain http to this host. */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Headers on every response, errors and 404s included: no content sniffing, nothing cached (a route that may be
 * cached, like the local chat page's assets, sets its own Cache-Control over this), and, outside local mode, HTTPS
 * only from now on (TLS ends in front of the bot; a browser that saw this over plain http ignores it).
 */
export function securityHeaders(localMode: boolean) {
  return (_req: Request, res: Response, next: Next): void => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
    if (!localMode) res.setHeader('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    next();
  };
}
