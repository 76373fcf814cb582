import { fork } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite, type Results } from '@electric-sql/pglite';
import { sharedColumnParsers } from './columnParsers.ts';
import type { Database, QueryResult, Queryable } from './database.ts';
import { TransactionScope } from './transactionScope.ts';

export interface PgliteDatabaseOptions {
  /** Folder the database lives in; omitted, the database lives in memory and is gone on close. */
  dataDir?: string;
  /** A snapshot to start from (see snapshot()); much faster than creating an empty database. */
  initialData?: Blob;
}

export interface PgliteDatabase extends Database {
  readonly engine: 'pglite';
  /** The whole database as a tarball: a backup, or the initialData of a copy. */
  snapshot(): Promise<Blob>;
}

/**
 * PostgreSQL's default 128 MB of shared buffers is touched as it is used and stays resident; 16 MB holds a board's
 * working set many times over (measured: about 130 MB less resident memory), and pages beyond it come from the OS's file cache.
 */
const SHARED_BUFFERS = '16MB';

interface PgliteConnection {
  query<Row>(sql: string, params?: unknown[]): Promise<Results<Row>>;
  exec(sql: string): Promise<unknown>;
}

function queryableOn(connection: PgliteConnection): Queryable {
  return {
    async query<Row>(sql: string, params: unknown[] = []): Promise<QueryResult<Row>> {
      const result = await connection.query<Row>(sql, params);
      return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length };
    },
    async runScript(sql: string): Promise<void> {
      await connection.exec(sql);
    },
  };
}

/**
 * Creating a store runs initdb in a WebAssembly instance of its own: several hundred MB that a process keeps resident
 * after it is freed (the allocator holds on to it). Created by a short-lived child process, that memory goes back to
 * the system when the child exits.
 */
async function createFolderApart(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const child = fork(new URL('./createPgliteFolder.ts', import.meta.url), [dataDir], { stdio: 'inherit' });
  const [exitCode] = (await once(child, 'exit')) as [number | null];
  if (exitCode !== 0) throw new Error(`Creating the embedded store failed (exit code ${exitCode}).`);
}

/**
 * PostgreSQL compiled to WebAssembly, in this process: the embedded store `npm start` uses with nothing installed.
 * It has one connection, so queries run one at a time and a transaction holds every other query until it ends
 * (PGlite's own transaction() does that queueing). Only one process may open a folder at a time.
 */
export async function openPgliteDatabase(options: PgliteDatabaseOptions = {}): Promise<PgliteDatabase> {
  if (options.dataDir !== undefined) await mkdir(options.dataDir, { recursive: true });
  if (options.dataDir !== undefined && options.initialData === undefined) await createFolderApart(options.dataDir);
  const pglite = await PGlite.create({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.initialData === undefined ? {} : { loadDataDir: options.initialData }),
    parsers: sharedColumnParsers,
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
  });
  const direct = queryableOn(pglite);
  const scope = new TransactionScope();

  return {
    engine: 'pglite',
    ...scope.guard(direct),
    transaction(work) {
      scope.assertOutside('transaction()');
      return pglite.transaction((tx) => scope.run(() => work(queryableOn(tx))));
    },
    snapshot() {
      scope.assertOutside('snapshot()');
      return pglite.dumpDataDir('none');
    },
    close() {
      return pglite.close();
    },
  };
}
