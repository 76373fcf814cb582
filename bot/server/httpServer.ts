import restify from 'restify';
import type { BotAdapter, TurnLogic } from '../adapter/botAdapter.ts';
import type { Logger } from '../logging/logger.ts';
import { createMessagesHandler } from './messagesRoute.ts';

export interface Readiness {
  ok: boolean;
  detail: string;
}

export interface HttpServerParts {
  adapter: BotAdapter;
  logic: TurnLogic;
  checkReady: () => Promise<Readiness>;
  logger: Logger;
}

const MAX_ACTIVITY_BYTES = 1024 * 1024;

/** The restify server with the bot's own routes; channel-specific routes are added by their modules. */
export function createHttpServer({ adapter, logic, checkReady, logger }: HttpServerParts): restify.Server {
  const server = restify.createServer({ name: 'safeguarding-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.post(
    '/api/messages',
    restify.plugins.bodyParser({ maxBodySize: MAX_ACTIVITY_BYTES, mapParams: false, mapFiles: false }),
    createMessagesHandler(adapter, logic, logger),
  );

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
