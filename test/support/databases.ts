import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database, DatabaseEngine } from '../../bot/storage/database.ts';
import { runMigrations } from '../../bot/storage/migrator.ts';
import { openPgliteDatabase } from '../../bot/storage/pgliteDatabase.ts';
import { openPostgresDatabase } from '../../bot/storage/postgresDatabase.ts';

export interface TestDatabase extends Database {
  /** PostgreSQL only: a connection string to this same database (its schema), for a second pool or a child process. */
  readonly url: string | undefined;
}

/**
 * One engine to run a suite against. Each database it hands out is new and seen by no other test or test file:
 * an in-memory PGlite copied from a snapshot, or a fresh PostgreSQL schema. close() discards it.
 * Copies are cheap (well under a second); the first PGlite of a file costs a few seconds, so share one per file
 * and isolate tests by key where they can.
 */
export interface TestEngine {
  readonly engine: DatabaseEngine;
  empty(): Promise<TestDatabase>;
  /** With the shipped migrations applied. */
  migrated(): Promise<TestDatabase>;
}

/**
 * PGlite always; PostgreSQL too when DATABASE_URL is set. For example:
 * `describe.each(testDatabases())('state storage on $engine', (engine) => { ... engine.migrated() ... })`.
 */
export function testDatabases(): TestEngine[] {
  const databaseUrl = process.env.DATABASE_URL;
  return databaseUrl ? [pgliteEngine(), postgresEngine(databaseUrl)] : [pgliteEngine()];
}

function asTestDatabase(db: Database, url: string | undefined, discard?: () => Promise<void>): TestDatabase {
  return {
    engine: db.engine,
    url,
    query: db.query.bind(db),
    runScript: db.runScript.bind(db),
    transaction: db.transaction.bind(db),
    async close() {
      await db.close();
      await discard?.();
    },
  };
}

/** The first database is prepared from scratch and snapshotted; every later one starts from that snapshot. */
function snapshottedPglite(prepare: (db: Database) => Promise<unknown>): () => Promise<TestDatabase> {
  let snapshot: Promise<Blob> | undefined;
  return async () => {
    if (snapshot) return asTestDatabase(await openPgliteDatabase({ initialData: await snapshot }), undefined);
    const first = await openPgliteDatabase();
    snapshot = prepare(first).then(() => first.snapshot());
    try {
      await snapshot;
    } catch (error) {
      snapshot = undefined;
      await first.close();
      throw error;
    }
    return asTestDatabase(first, undefined);
  };
}

function pgliteEngine(): TestEngine {
  return {
    engine: 'pglite',
    empty: snapshottedPglite(async () => {}),
    migrated: snapshottedPglite((db) => runMigrations(db)),
  };
}

async function withAdminConnection(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function urlWithSearchPath(databaseUrl: string, schema: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

function postgresEngine(databaseUrl: string): TestEngine {
  async function freshSchema(): Promise<TestDatabase> {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    await withAdminConnection(databaseUrl, `CREATE SCHEMA ${schema}`);
    const url = urlWithSearchPath(databaseUrl, schema);
    const db = await openPostgresDatabase({ connectionString: url, maxConnections: 5 });
    return asTestDatabase(db, url, () => withAdminConnection(databaseUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  }
  return {
    engine: 'postgres',
    empty: freshSchema,
    async migrated() {
      const db = await freshSchema();
      try {
        await runMigrations(db);
      } catch (error) {
        await db.close();
        throw error;
      }
      return db;
    },
  };
}
