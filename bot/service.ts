import { EnvironmentError, loadEnvironment } from './config/environment.ts';
import { createLogger } from './logging/logger.ts';
import { startApp } from './app.ts';
import { DataDirLockedError } from './storage/dataDirLock.ts';

/** What `npm start` runs (after bot/main.ts): configuration first, then the app; a bad configuration stops here with every problem listed. */
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
  let app;
  try {
    app = await startApp(env, logger);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  logger.info({ url: app.url, localMode: env.localMode, storage: app.storageEngine }, 'safeguarding bot listening');
  if (env.localMode) {
    process.stdout.write(`\nLocal chat page: ${app.url}/  (local mode: no authentication, loopback only)\n\n`);
  }
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

await main();
