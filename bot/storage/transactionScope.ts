import { AsyncLocalStorage } from 'node:async_hooks';
import type { Queryable } from './database.ts';

interface OpenTransaction {
  open: boolean;
}

/**
 * Remembers, along the async call chain, that a transaction's work is running, so the database can refuse
 * a query sent to itself instead of to the transaction handle. On PGlite such a query would wait forever
 * for the transaction it is part of; on PostgreSQL it would silently run outside the transaction.
 */
export class TransactionScope {
  readonly #current = new AsyncLocalStorage<OpenTransaction>();

  async run<T>(work: () => Promise<T>): Promise<T> {
    const transaction: OpenTransaction = { open: true };
    try {
      return await this.#current.run(transaction, work);
    } finally {
      transaction.open = false;
    }
  }

  assertOutside(operation: string): void {
    if (this.#current.getStore()?.open) {
      throw new Error(`${operation} was called on the database inside one of its transactions; use the transaction handle (tx) instead.`);
    }
  }
  /** The database's own query and runScript, refused from inside one of its transactions. */
  guard(direct: Queryable): Queryable {
    return {
      query: (sql, params) => {
        this.assertOutside('query()');
        return direct.query(sql, params);
      },
      runScript: (sql) => {
        this.assertOutside('runScript()');
        return direct.runScript(sql);
      },
    };
  }
}
