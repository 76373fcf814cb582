import { setTimeout as pause } from 'node:timers/promises';
import { EnvironmentError, loadEnvironment } from './config/environment.ts';
import { createLogger } from './logging/logger.ts';
import type { composeApp as ComposeApp } from './app.ts';
import { startServing, type Serving } from './serving.ts';
import { DataDirLockedError } from './storage/dataDirLock.ts';

/**
 * How long the server is given, between one library loading and the next, to answer the probes that arrived meanwhile:
 * accepting a connection, reading its request and answering it take a few turns of the event loop, not one.
 */
const PROBE_WINDOW_MS = 5;

/**
 * The bot's modules take the main thread for half a second to a second or more to load. Its two largest libraries load
 * first, each on its own with a short pause after it, so the server answers its probes between them.
 */
async function importComposition(): Promise<{ composeApp: typeof ComposeApp }> {
  for (const library of [() => import('botbuilder'), () => import('botbuilder-dialogs')]) {
    await library();
    await pause(PROBE_WINDOW_MS);
  }
  return import('./app.ts');
}

/**
 * What `npm start` runs (after bot/main.ts): configuration first (a bad one stops here with every problem listed), then
 * the store and the server, which from then on answer /readyz; only then are the bot's own modules loaded and composed
 * onto them, while requests for its routes wait at the server's startup gate.
 */
async function main(): Promise<void> {
  let env;
  try {
    env = loadEnvironment(process.env);
  } catch (error) {
    if (error instanceof EnvironmentError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // Whatever the process creates (the embedded store's files above all) is for the service account alone.
  process.umask(0o077);
  const logger = createLogger(env.LOG_LEVEL);
  let serving: Serving;
  try {
    serving = await startServing(env, logger);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  logger.info({ url: serving.url, localMode: env.localMode, storage: serving.db.engine }, 'safeguarding bot listening');

  // From here on a stop signal closes what is up, composed or not, so the store's lock is always released.
  let closeAll = async () => {
    await serving.stopListening();
    await serving.db.close();
  };
  let stopping = false;
  const shutdown = (signal: string) => {
    stopping = true;
    logger.info({ signal }, 'shutting down');
    closeAll().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  const { composeApp } = await importComposition();
  if (stopping) return;
  const app = composeApp(serving, env, logger);
  closeAll = () => app.close();
  if (env.localMode) {
    process.stdout.write(`\nLocal chat page: ${app.url}/  (local mode: no authentication, loopback only)\n\n`);
  }
}

await main();
