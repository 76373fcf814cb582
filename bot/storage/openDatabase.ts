import type { Database, StorageLogger } from './database.ts';
import { runMigrations } from './migrator.ts';
import { openPgliteDatabase } from './pgliteDatabase.ts';
import { openPostgresDatabase } from './postgresDatabase.ts';

export interface OpenDatabaseOptions {
  /** PostgreSQL to use instead of the embedded store. */
  databaseUrl?: string | undefined;
  /** The embedded store's folder, used when no databaseUrl is given. */
  dataDir: string;
  logger?: StorageLogger;
}

/** Opens the store the configuration names and brings its schema up to date before anything uses it. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { logger } = options;
  const db = options.databaseUrl
    ? await openPostgresDatabase({ connectionString: options.databaseUrl, ...(logger ? { logger } : {}) })
    : await openPgliteDatabase({ dataDir: options.dataDir });
  try {
    const appliedNow = await runMigrations(db, logger ? { logger } : {});
    logger?.info({ engine: db.engine, migrationsAppliedNow: appliedNow.length }, 'storage open');
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
