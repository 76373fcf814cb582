import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import type { Environment } from './config/environment.ts';
import type { Logger } from './logging/logger.ts';
import { createHttpServer } from './server/httpServer.ts';
import { StartupGate } from './server/startupGate.ts';
import type { Database } from './storage/database.ts';
import { openDatabase } from './storage/openDatabase.ts';
import { checkStorageReady } from './storage/readiness.ts';

/** The service before the bot is put on it: the store open and up to date, and the server answering its probes. */
export interface Serving {
  db: Database;
  server: Server;
  /** e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  /** Opened once the bot's routes are in place; requests other than the probes wait until then. */
  gate: StartupGate;
  /** Stops taking requests and waits for the open ones to end; the store stays open. */
  stopListening(): Promise<void>;
}

/**
 * The only work before /readyz says ready: open the store, apply its migrations, listen. None of this imports the bot
 * libraries, so a restarted instance takes traffic without waiting for them to load (bot/app.ts composes them after).
 */
export async function startServing(env: Environment, logger: Logger): Promise<Serving> {
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, logger });
  const gate = new StartupGate();
  const server = createHttpServer({ checkReady: () => checkStorageReady(db), logger, localMode: env.localMode, gate });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(env.PORT, env.listenHost, () => {
        server.removeListener('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    db,
    server,
    url: `http://${env.listenHost.includes(':') ? `[${env.listenHost}]` : env.listenHost}:${port}`,
    port,
    gate,
    async stopListening() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeAllConnections();
      await closed;
    },
  };
}
