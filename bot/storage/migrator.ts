import type { LogSink } from '../logging/logger.ts';
import type { Database, Queryable } from './database.ts';
import { shippedMigrations, type Migration } from './migrationFiles.ts';

/** Any constant works; it names "this bot's schema migrations" among the database's advisory locks. */
const MIGRATION_LOCK_KEY = 5_150_001;

interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
}

export interface MigrationOptions {
  /** The migrations to apply; the shipped ones by default. */
  migrations?: Migration[];
  logger?: LogSink;
}

export interface MigrationStatus {
  applied: number;
  /** Names of migrations this build has and the database does not. */
  pending: string[];
}

/** An applied migration's file was edited: the database no longer matches what the files describe. */
export class MigrationChangedError extends Error {
  readonly code = 'MIGRATION_CHANGED';

  constructor(name: string) {
    super(`Migration ${name} was changed after it was applied to this database (its checksum differs). ` + 'Start-up stopped. Restore the file as it was and put the change in a new migration.');
    this.name = 'MigrationChangedError';
  }
}

async function hasMigrationsTable(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`);
  return rows[0]?.present === true;
}

/** Serialises migrating processes (several bot instances starting on one PostgreSQL) until the transaction ends. */
async function lockAndReadApplied(tx: Queryable): Promise<AppliedMigration[]> {
  // Waiting for another instance's long migration is normal, not a stuck statement.
  await tx.query('SET LOCAL statement_timeout = 0');
  await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
  if (!(await hasMigrationsTable(tx))) {
    await tx.runScript(`
      CREATE TABLE schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  }
  const { rows } = await tx.query<AppliedMigration>('SELECT version, name, checksum FROM schema_migrations ORDER BY version');
  return rows;
}

function assertUnchanged(applied: AppliedMigration[], migrations: Migration[]): void {
  for (const done of applied) {
    const file = migrations.find((migration) => migration.version === done.version);
    if (file && (file.checksum !== done.checksum || file.name !== done.name)) throw new MigrationChangedError(file.name);
  }
}

/**
 * Brings the database up to date: each pending migration in version order, each in its own transaction together
 * with its row in schema_migrations. Refuses to start if an applied migration was edited. Returns the names applied now.
 */
export async function runMigrations(db: Database, options: MigrationOptions = {}): Promise<string[]> {
  const migrations = options.migrations ?? (await shippedMigrations());
  const appliedNow: string[] = [];
  for (const migration of migrations) {
    const appliedHere = await db.transaction(async (tx) => {
      const applied = await lockAndReadApplied(tx);
      assertUnchanged(applied, migrations);
      if (applied.some((done) => done.version === migration.version)) return false;
      await tx.runScript(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [migration.version, migration.name, migration.checksum]);
      return true;
    });
    if (appliedHere) {
      appliedNow.push(migration.name);
      options.logger?.info({ migration: migration.name }, 'migration applied');
    }
  }
  const unknown = await appliedVersionsMissingFrom(db, migrations);
  if (unknown.length > 0) {
    options.logger?.warn({ migrations: unknown }, 'database has migrations this build does not know (a newer build ran here)');
  }
  return appliedNow;
}

async function appliedVersionsMissingFrom(db: Queryable, migrations: Migration[]): Promise<string[]> {
  if (!(await hasMigrationsTable(db))) return [];
  const { rows } = await db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
  return rows.filter((row) => !migrations.some((migration) => migration.version === row.version)).map((row) => row.name);
}

/** How far the database is from this build's migrations, for readiness checks. */
export async function migrationStatus(db: Queryable, migrations?: Migration[]): Promise<MigrationStatus> {
  const expected = migrations ?? (await shippedMigrations());
  if (!(await hasMigrationsTable(db))) return { applied: 0, pending: expected.map((migration) => migration.name) };
  const { rows } = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
  const appliedVersions = new Set(rows.map((row) => row.version));
  return {
    applied: rows.length,
    pending: expected.filter((migration) => !appliedVersions.has(migration.version)).map((migration) => migration.name),
  };
}
