import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Migration {
  version: number;
  /** The file name without .sql, e.g. "0001_bot_state". */
  name: string;
  sql: string;
  checksum: string;
}

/** The migrations shipped with the bot: every NNNN_name.sql file in ./migrations, beside this module. */
export const MIGRATIONS_FOLDER = join(import.meta.dirname, 'migrations');

const MIGRATION_FILE = /^(\d{4})_[a-z0-9_]+\.sql$/;

/** Line endings are normalised so a checkout on Windows does not look like an edited migration. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/** Reads a migrations folder in version order; a misnamed .sql file or a repeated version is an error, not a skip. */
export async function loadMigrations(folder: string = MIGRATIONS_FOLDER): Promise<Migration[]> {
  const sqlFiles = (await readdir(folder)).filter((file) => file.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of sqlFiles) {
    const version = MIGRATION_FILE.exec(file)?.[1];
    if (version === undefined) {
      throw new Error(`Migration file ${file} is not named NNNN_lower_case_name.sql (e.g. 0003_records.sql).`);
    }
    const previous = migrations.at(-1);
    if (previous?.version === Number(version)) {
      throw new Error(`Migrations ${previous.name} and ${file} share version ${version}.`);
    }
    const sql = await readFile(join(folder, file), 'utf8');
    migrations.push({ version: Number(version), name: file.slice(0, -'.sql'.length), sql, checksum: migrationChecksum(sql) });
  }
  return migrations;
}

let shipped: Promise<Migration[]> | undefined;

/** The shipped migrations, read once per process. */
export function shippedMigrations(): Promise<Migration[]> {
  shipped ??= loadMigrations();
  return shipped;
}
