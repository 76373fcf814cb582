import type { LogSink } from '../logging/logger.ts';
import type { Database } from './database.ts';
import { lockDataDir } from './dataDirLock.ts';
import { runMigrations } from './migrator.ts';
import { createPrivateFolder, restrictToOwner, tightenExistingFolder } from './privateDataDir.ts';

export interface OpenDatabaseOptions {
  /** PostgreSQL to use instead of the embedded store. */
  databaseUrl?: string | undefined;
  /** The embedded store's folder, used when no databaseUrl is given. */
  dataDir: string;
  logger?: LogSink;
}

/** Opens the store the configuration names and brings its schema up to date before anything uses it. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { logger } = options;
  const db = options.databaseUrl ? await openServerStore(options.databaseUrl, logger) : await openEmbeddedStore(options.dataDir, logger);
  try {
    const appliedNow = await runMigrations(db, logger ? { logger } : {});
    logger?.info({ engine: db.engine, migrationsAppliedNow: appliedNow.length }, 'storage open');
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** PostgreSQL through pg, whose driver is loaded only when a server is configured (start-up loads one store's code). */
async function openServerStore(connectionString: string, logger: LogSink | undefined): Promise<Database> {
  const { openPostgresDatabase } = await import('./postgresDatabase.ts');
  return openPostgresDatabase({ connectionString, ...(logger ? { logger } : {}) });
}

/**
 * The embedded store, for this process alone (a lock on the folder) and readable by this account alone (the folder
 * 0700, its files 0600, tightened again after the database unpacks its files with modes of its own).
 */
async function openEmbeddedStore(dataDir: string, logger: LogSink | undefined): Promise<Database> {
  createPrivateFolder(dataDir);
  const lock = lockDataDir(dataDir, logger);
  try {
    tightenExistingFolder(dataDir, logger);
    const { openPgliteDatabase } = await import('./pgliteDatabase.ts');
    const db = await openPgliteDatabase({ dataDir });
    restrictToOwner(dataDir);
    return {
      ...db,
      async close() {
        try {
          await db.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
