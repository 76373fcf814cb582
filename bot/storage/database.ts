/** What every query returns, on either engine. rowCount is the rows returned by a SELECT or changed by INSERT/UPDATE/DELETE. */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/**
 * Something SQL can be sent to: the database itself, or the handle of an open transaction.
 * SQL is standard PostgreSQL with $1 placeholders; jsonb parameters are passed as JSON.stringify'd text;
 * timestamptz columns come back as Date, date columns as 'YYYY-MM-DD' text, bigint as number.
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
  /** Runs a script of several statements without parameters (migrations). */
  runScript(sql: string): Promise<void>;
}

export type DatabaseEngine = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly engine: DatabaseEngine;
  /**
   * Runs work in one transaction: committed when it resolves, rolled back when it throws.
   * Inside work, use only tx: the database itself refuses queries from inside its own transaction,
   * because on PGlite (one connection) they would wait for the transaction forever.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
