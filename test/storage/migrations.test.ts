import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrationChecksum, shippedMigrations, type Migration } from '../../bot/storage/migrationFiles.ts';
import { MigrationChangedError, migrationStatus, runMigrations } from '../../bot/storage/migrator.ts';
import { openPostgresDatabase } from '../../bot/storage/postgresDatabase.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';

function migration(version: number, name: string, sql: string): Migration {
  return { version, name: `${String(version).padStart(4, '0')}_${name}`, sql, checksum: migrationChecksum(sql) };
}

const notes = migration(1, 'notes', 'CREATE TABLE notes (id text PRIMARY KEY);');
const noteTags = migration(2, 'note_tags', 'CREATE TABLE note_tags (note_id text NOT NULL, tag text NOT NULL);\nCREATE INDEX note_tags_tag_idx ON note_tags (tag);');

describe('the shipped migration files', () => {
  it('are read from the folder beside the migrator, in version order, whatever the working directory', async () => {
    const names = (await shippedMigrations()).map((file) => file.name);
    expect(names.slice(0, 2)).toEqual(['0001_bot_state', '0002_processed_activities']);
    expect([...names].sort()).toEqual(names);
  });

  it('refuses a misnamed .sql file instead of silently skipping it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'migrations-'));
    try {
      await writeFile(join(folder, '0001_first.sql'), 'SELECT 1;');
      await writeFile(join(folder, '2-second.sql'), 'SELECT 2;');
      await expect(loadMigrations(folder)).rejects.toThrow('2-second.sql is not named NNNN_lower_case_name.sql');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe.each(testDatabases())('migrations on $engine', (engine) => {
  const opened: TestDatabase[] = [];
  async function emptyDatabase(): Promise<TestDatabase> {
    const db = await engine.empty();
    opened.push(db);
    return db;
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.close()));
  });

  it('applies every shipped migration once, and a second start applies nothing', async () => {
    const db = await emptyDatabase();
    const shipped = await shippedMigrations();
    expect(await migrationStatus(db)).toEqual({ applied: 0, pending: shipped.map((file) => file.name) });

    expect(await runMigrations(db)).toEqual(shipped.map((file) => file.name));
    expect(await runMigrations(db)).toEqual([]);

    expect(await migrationStatus(db)).toEqual({ applied: shipped.length, pending: [] });
    const { rows } = await db.query<{ version: number; name: string; checksum: string; applied_at: Date }>('SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version');
    expect(rows.map((row) => [row.version, row.name, row.checksum])).toEqual(shipped.map((file) => [file.version, file.name, file.checksum]));
    expect(rows[0]?.applied_at).toBeInstanceOf(Date);
  });

  it('applies a migration added later without touching the ones already applied', async () => {
    const db = await emptyDatabase();
    await runMigrations(db, { migrations: [notes] });
    await db.query(`INSERT INTO notes (id) VALUES ('kept')`);

    expect(await runMigrations(db, { migrations: [notes, noteTags] })).toEqual(['0002_note_tags']);
    expect((await db.query('SELECT id FROM notes')).rows).toEqual([{ id: 'kept' }]);
    expect((await db.query('SELECT tag FROM note_tags')).rowCount).toBe(0);
  });

  it('stops with a clear message when an applied migration was edited, and applies nothing after it', async () => {
    const db = await emptyDatabase();
    await runMigrations(db, { migrations: [notes] });
    const editedNotes = migration(1, 'notes', 'CREATE TABLE notes (id text PRIMARY KEY, body text);');

    const run = runMigrations(db, { migrations: [editedNotes, noteTags] });
    await expect(run).rejects.toBeInstanceOf(MigrationChangedError);
    await expect(run).rejects.toThrow('Migration 0001_notes was changed after it was applied');
    expect(await migrationStatus(db, [editedNotes, noteTags])).toEqual({ applied: 1, pending: ['0002_note_tags'] });
  });

  it('rolls back a failing migration entirely, recording nothing', async () => {
    const db = await emptyDatabase();
    const broken = migration(2, 'broken', 'CREATE TABLE half_done (id text);\nSELECT no_such_function();');
    await expect(runMigrations(db, { migrations: [notes, broken] })).rejects.toThrow();

    expect(await migrationStatus(db, [notes, broken])).toEqual({ applied: 1, pending: ['0002_broken'] });
    expect((await db.query(`SELECT to_regclass('half_done') IS NULL AS absent`)).rows).toEqual([{ absent: true }]);
  });

  it('lets several instances start at once: each migration is applied exactly once', async () => {
    const first = await emptyDatabase();
    // On PostgreSQL a second instance is a second pool on the same schema; PGlite has only ever one process.
    const second = first.url ? await openPostgresDatabase({ connectionString: first.url }) : first;
    try {
      const runs = await Promise.all([0, 1, 2].map((index) => runMigrations(index === 1 ? second : first, { migrations: [notes, noteTags] })));
      expect(runs.flat().sort()).toEqual(['0001_notes', '0002_note_tags']);
      expect((await first.query('SELECT version FROM schema_migrations ORDER BY version')).rows).toEqual([{ version: 1 }, { version: 2 }]);
    } finally {
      if (second !== first) await second.close();
    }
  });
});
