import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import restify from 'restify';
import { createLogger } from '../../bot/logging/logger.ts';
import { DIRECT_LINE_PATH } from '../../bot/localChat/directLineRoutes.ts';
import { registerLocalChat, type LocalChatOptions } from '../../bot/localChat/registerLocalChat.ts';

export interface RunningBridge {
  baseUrl: string;
  directLineDomain: string;
  connectorBaseUrl: string;
  logs: string[];
  stop(): Promise<void>;
}

export interface BridgeSetup {
  botEndpoint: string;
  limits?: LocalChatOptions['limits'];
  /** Simulates a server that parses every body before the routes run. */
  serverWideBodyParser?: boolean;
}

/** A restify server on a free loopback port with only the local chat registered, forwarding to `botEndpoint`. */
export async function startBridge({ botEndpoint, limits, serverWideBodyParser = false }: BridgeSetup): Promise<RunningBridge> {
  const logs: string[] = [];
  const logger = createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        logs.push(chunk.toString('utf8'));
        callback();
      },
    }),
  );
  const server = restify.createServer({ handleUncaughtExceptions: false });
  if (serverWideBodyParser) server.use(restify.plugins.bodyParser({ mapParams: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const connectorBaseUrl = `${baseUrl}/local/connector`;
  registerLocalChat(server, { botEndpoint, connectorBaseUrl, logger, ...(limits ? { limits } : {}) });
  return {
    baseUrl,
    directLineDomain: `${baseUrl}${DIRECT_LINE_PATH}`,
    connectorBaseUrl,
    logs,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeAllConnections();
      await closed;
    },
  };
}
