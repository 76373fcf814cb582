import pg from 'pg';
import { sharedColumnParsers } from './columnParsers.ts';
import type { LogSink } from '../logging/logger.ts';
import type { Database, QueryResult, Queryable } from './database.ts';
import { TransactionScope } from './transactionScope.ts';

export interface PostgresDatabaseOptions {
  /** postgres://user:password@host:5432/database; add ?options=-c%20search_path%3D<schema> to use a schema. */
  connectionString: string;
  /** Connections per process; several bot instances share the server's limit. */
  maxConnections?: number;
  /** A statement running longer than this is cancelled by the server. */
  statementTimeoutMs?: number;
  logger?: LogSink;
}

const DEFAULT_MAX_CONNECTIONS = 10;
const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 10_000;
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

const typeParsers = {
  getTypeParser(oid: number, format?: string) {
    return sharedColumnParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

interface PgConnection {
  query(sql: string, params?: unknown[]): Promise<pg.QueryResult>;
}

function queryableOn(connection: PgConnection): Queryable {
  return {
    async query<Row>(sql: string, params: unknown[] = []): Promise<QueryResult<Row>> {
      const result = await connection.query(sql, params);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
    async runScript(sql: string): Promise<void> {
      // Without parameters pg uses the simple protocol, which accepts several statements.
      await connection.query(sql);
    },
  };
}

/** PostgreSQL through a pg pool: the engine for several bot instances behind a load balancer. */
export async function openPostgresDatabase(options: PostgresDatabaseOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
    application_name: 'safeguarding-bot',
    types: typeParsers,
  });
  // An idle connection the server drops emits 'error' on the pool; unhandled, it would end the process.
  pool.on('error', (error: Error & { code?: string }) => {
    options.logger?.warn({ errorCode: error.code }, 'idle PostgreSQL connection failed');
  });
  const direct = queryableOn(pool);
  const scope = new TransactionScope();

  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw error;
  }

  return {
    engine: 'postgres',
    ...scope.guard(direct),
    async transaction(work) {
      scope.assertOutside('transaction()');
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await scope.run(() => work(queryableOn(client)));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch {
          // A connection that cannot even roll back is broken: the pool discards it.
          client.release(true);
        }
        throw error;
      }
    },
    close() {
      return pool.end();
    },
  };
}
