import restify from 'restify';
import type { Logger } from '../logging/logger.ts';
import { securityHeaders } from './responseHeaders.ts';
import type { StartupGate } from './startupGate.ts';

export interface Readiness {
  ok: boolean;
  detail: string;
}

export interface HttpServerParts {
  checkReady: () => Promise<Readiness>;
  logger: Logger;
  localMode: boolean;
  /** Holds every other request until the routes that answer it are in place. */
  gate: StartupGate;
}

/** Longer than the idle timeout of the load balancers in front (Azure's is 60 s), so they close first. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** A client gets this long to send its request headers (slow-header attacks hold a connection otherwise). */
const HEADERS_TIMEOUT_MS = 10_000;
/** And this long for the whole request, body included. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The restify server with its health and readiness probes; the bot's routes are added by their modules once they are
 * loaded. No body parser runs server-wide: each route reads its own body, of the types it takes, in memory and up to
 * its limit.
 */
export function createHttpServer({ checkReady, logger, localMode, gate }: HttpServerParts): restify.Server {
  const server = restify.createServer({ name: 'safeguarding-bot', handleUncaughtExceptions: false });
  server.server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.pre(securityHeaders(localMode));
  server.pre(gate.hold);
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    const readiness = await checkReady().catch((): Readiness => ({ ok: false, detail: 'storage check failed' }));
    res.send(readiness.ok ? 200 : 503, { status: readiness.ok ? 'ready' : 'not ready', detail: readiness.detail });
  });

  server.on('restifyError', (req, _res, error, callback) => {
    logger.warn({ route: req.getRoute()?.path, status: error.statusCode, errorType: error.name }, 'request rejected');
    return callback();
  });
  return server;
}
