import restify from 'restify';
import type { BotAdapter, TurnLogic } from '../adapter/botAdapter.ts';
import type { ChannelTokenCheck } from '../adapter/channelTokenCheck.ts';
import { loopbackOnly } from './loopbackOnly.ts';
import type { Logger } from '../logging/logger.ts';
import { createMessagesHandler } from './messagesRoute.ts';
import { securityHeaders } from './responseHeaders.ts';
import type { ServiceUrlPolicy } from './serviceUrlPolicy.ts';

export interface Readiness {
  ok: boolean;
  detail: string;
}

export interface HttpServerParts {
  adapter: BotAdapter;
  logic: TurnLogic;
  checkReady: () => Promise<Readiness>;
  logger: Logger;
  localMode: boolean;
  tokenCheck: ChannelTokenCheck | undefined;
  serviceUrls: ServiceUrlPolicy;
}

/** Longer than the idle timeout of the load balancers in front (Azure's is 60 s), so they close first. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** A client gets this long to send its request headers (slow-header attacks hold a connection otherwise). */
const HEADERS_TIMEOUT_MS = 10_000;
/** And this long for the whole request, body included. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The restify server with the bot's own routes; channel-specific routes are added by their modules. No body parser
 * runs server-wide: each route reads its own body, of the types it takes, in memory and up to its limit.
 */
export function createHttpServer({ adapter, logic, checkReady, logger, localMode, tokenCheck, serviceUrls }: HttpServerParts): restify.Server {
  const server = restify.createServer({ name: 'safeguarding-bot', handleUncaughtExceptions: false });
  server.server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.pre(securityHeaders(localMode));
  server.use(restify.plugins.queryParser({ mapParams: false }));

  const messages = createMessagesHandler({ adapter, logic, logger, tokenCheck, serviceUrls });
  if (localMode) server.post('/api/messages', loopbackOnly, messages);
  else server.post('/api/messages', messages);

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
