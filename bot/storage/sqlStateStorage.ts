import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { Database, Queryable } from './database.ts';
import { ReadBatcher } from './readBatcher.ts';
import { currentTurnScope } from './turnStateScope.ts';

/** A write carried an eTag that no longer matches the stored item: someone else wrote it since it was read. */
export class ETagConflictError extends Error {
  readonly code = 'ETAG_CONFLICT';

  constructor() {
    super('Storage: write rejected due to eTag conflict (the item changed since it was read).');
    this.name = 'ETagConflictError';
  }
}

interface StateRow {
  key: string;
  document: Record<string, unknown>;
  etag: string;
}

/**
 * The bot's conversation and user state in the bot_state table, with botbuilder's optimistic concurrency:
 * an item written without an eTag (or an empty one) or with '*' replaces what is stored; an item written with any other eTag
 * is saved only if that eTag is still the stored one (or nothing is stored), else the write throws
 * ETagConflictError. Every save gets a new eTag, which read() returns on the item.
 * Inside a turn, the turn's own conversation and user state were loaded with it and are saved with it, at its end, in
 * one statement each way (bot/turns/turnStateRunner.ts); they are read from and written to the turn's scope here.
 */
export class SqlStateStorage implements Storage {
  readonly #db: Database;
  readonly #reads: ReadBatcher<StoreItem>;

  constructor(db: Database) {
    this.#db = db;
    this.#reads = new ReadBatcher<StoreItem>(async (keys) => {
      const { rows } = await db.query<StateRow>('SELECT key, document, etag FROM bot_state WHERE key = ANY($1::text[])', [keys]);
      return new Map(rows.map((row): [string, StoreItem] => [row.key, { ...row.document, eTag: row.etag }]));
    });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const scope = currentTurnScope();
    const items: StoreItems = {};
    for (const key of keys) {
      const item = scope?.holds(key) ? scope.read(key) : undefined;
      if (item) items[key] = item;
    }
    const elsewhere = keys.filter((key) => !scope?.holds(key));
    if (elsewhere.length === 0) return items;
    const found = await this.#reads.read(elsewhere);
    for (const key of elsewhere) {
      const item = found.get(key);
      // A copy each: two reads of one key in one batch must not share (and change) one object.
      if (item) items[key] = structuredClone(item);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const scope = currentTurnScope();
    const entries = Object.entries(changes).filter(([key, item]) => {
      if (!scope?.holds(key)) return true;
      scope.change(key, item);
      return false;
    });
    if (entries.length === 0) return;
    // One item (what each BotState saves) is one statement, atomic alone: no BEGIN and COMMIT round trips around it.
    if (entries.length === 1) return saveItem(this.#db, ...entries[0]!);
    await this.#db.transaction(async (tx) => {
      for (const [key, item] of entries) await saveItem(tx, key, item);
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    const scope = currentTurnScope();
    for (const key of keys) scope?.forget(key);
    await this.#db.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [keys]);
  }
}

/** The WHERE applies only when the key exists: a conditional write of a new key is saved, as botbuilder's MemoryStorage does. */
async function saveItem(db: Queryable, key: string, item: StoreItem): Promise<void> {
  // JSON keeps of class instances in the state (dialog stacks, Dates) what it keeps of them anywhere.
  const { eTag: expectedETag, ...document } = item;
  const unconditional = !expectedETag || expectedETag === '*';
  const { rowCount } = await db.query(
    `INSERT INTO bot_state (key, document, etag, updated_at) VALUES ($1, $2::jsonb, $3, now())
     ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, updated_at = excluded.updated_at
     WHERE $4::text IS NULL OR bot_state.etag = $4::text`,
    [key, JSON.stringify(document), randomUUID(), unconditional ? null : expectedETag],
  );
  if (rowCount === 0) throw new ETagConflictError();
}
