import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database, Queryable } from '../storage/database.ts';

/**
 * A table whose rows are claimed under a lease (columns locked_until, locked_by): FOR UPDATE SKIP LOCKED lets
 * instances sharing one PostgreSQL claim at once without taking the same row, and a dead instance's rows are free
 * again when its lease runs out. `key` is the column naming one row.
 */
export interface LeasedTable {
  name: 'outbox' | 'alert_cards' | 'timers' | 'draft_reminders';
  key: string;
}

/** The tables whose rows fire once at their time (fire_at, fired_at). */
export const TIMERS = { name: 'timers', key: 'id' } as const satisfies LeasedTable;
export const DRAFT_REMINDERS = { name: 'draft_reminders', key: 'id' } as const satisfies LeasedTable;
type FiringTable = typeof TIMERS | typeof DRAFT_REMINDERS;

/** One claim by one worker: the rows it takes stay its own until `now + leaseMs`. */
export interface Lease {
  workerId: string;
  now: Date;
  /** Far longer than working one row takes, so a live worker never loses its rows. */
  leaseMs: number;
}

/** A worker's id in its leases: the machine and process, so an operator can tell whose rows are held. */
export function workerIdFor(worker: string): string {
  return `${hostname()}:${process.pid}:${worker}:${randomUUID().slice(0, 8)}`;
}

export interface Claim {
  /** Which rows are due at $1 (besides being unleased); it may use $5 onwards, given in `params`. */
  due: string;
  orderBy?: string;
  /** More assignments made when a row is claimed. */
  set?: string;
  /** A table joined for the RETURNING columns, and how. */
  join?: { table: string; on: string };
  returning: string;
  params?: unknown[];
}

/** Leases up to `limit` due rows of `table` that no live worker holds to this one, and returns them. */
export async function claimRows<Row>(db: Database, table: LeasedTable, lease: Lease, limit: number, claim: Claim): Promise<Row[]> {
  const { name, key } = table;
  const { rows } = await db.transaction((tx) =>
    tx.query<Row>(
      `UPDATE ${name} SET locked_until = $2, locked_by = $3${claim.set ? `, ${claim.set}` : ''}
       ${claim.join ? `FROM ${claim.join.table}` : ''}
       WHERE ${claim.join ? `${claim.join.on} AND ` : ''}${name}.${key} IN (
         SELECT ${key} FROM ${name}
         WHERE (${claim.due}) AND (locked_until IS NULL OR locked_until <= $1)
         ${claim.orderBy ? `ORDER BY ${claim.orderBy}` : ''}
         LIMIT $4
         FOR UPDATE SKIP LOCKED)
       RETURNING ${claim.returning}`,
      [lease.now, new Date(lease.now.getTime() + lease.leaseMs), lease.workerId, limit, ...(claim.params ?? [])],
    ),
  );
  return rows;
}

/**
 * Makes `change.set` (its parameters from $3) and gives the lease up, only while this worker still holds the row
 * (and `change.where` holds); false when another worker took it over after this lease ran out.
 */
export async function updateAndRelease(db: Queryable, table: LeasedTable, id: string, lease: Lease, change: { set: string; params?: unknown[]; where?: string }): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE ${table.name} SET ${change.set}, locked_until = NULL, locked_by = NULL
     WHERE ${table.key} = $1 AND locked_by = $2${change.where ? ` AND ${change.where}` : ''}`,
    [id, lease.workerId, ...(change.params ?? [])],
  );
  return rowCount === 1;
}

/** The row could not be worked now: any worker may claim it again from `retryAt`; `set` counts the try, if wanted. */
export async function releaseUntil(db: Queryable, table: LeasedTable, id: string, lease: Lease, retryAt: Date, set?: string): Promise<void> {
  await db.query(`UPDATE ${table.name} SET ${set ? `${set}, ` : ''}locked_until = $3, locked_by = NULL WHERE ${table.key} = $1 AND locked_by = $2`, [id, lease.workerId, retryAt]);
}

/**
 * Frees every lease of `table`. Only for the embedded store at start-up: one process at a time can open it, so any
 * lease found then belongs to a process that died, and waiting for it to run out would only delay the work.
 */
export async function releaseLeasesOfDeadProcess(db: Queryable, table: LeasedTable): Promise<number> {
  const { rowCount } = await db.query(`UPDATE ${table.name} SET locked_until = NULL, locked_by = NULL WHERE locked_by IS NOT NULL`);
  return rowCount;
}

/** Due at $1 and not fired yet, earliest first: the claim of a table whose rows fire once. */
export function dueToFire(claim: Omit<Claim, 'due' | 'orderBy'>): Claim {
  return { ...claim, due: 'fired_at IS NULL AND fire_at <= $1', orderBy: 'fire_at' };
}

/** Marks the row fired, only while this worker still holds it; false when another worker took it over. */
export function markFiredWhileHeld(tx: Queryable, table: FiringTable, id: string, lease: Lease): Promise<boolean> {
  return updateAndRelease(tx, table, id, lease, { set: 'fired_at = $3', params: [lease.now], where: 'fired_at IS NULL' });
}

/** The settings of a worker firing rows at their time (timers, draft reminders). */
export interface FiringSettings {
  /** The longest wait between looks at the rows. */
  intervalMs: number;
  /** How long a claimed row stays this worker's; far longer than sending one message takes. */
  leaseMs: number;
  batchSize: number;
  /** When a row has nowhere to go (no conversation registered) or its message failed, the wait before trying again. */
  retryMs: number;
}

export const DEFAULT_FIRING_SETTINGS: FiringSettings = { intervalMs: 30_000, leaseMs: 2 * 60_000, batchSize: 50, retryMs: 5 * 60_000 };

/**
 * Claims and fires due rows batch after batch until a batch comes back short, counting each row's outcome into
 * `round` (undefined: another worker took the row over, so it is not counted).
 */
export async function fireInBatches<Row, Outcome extends string>(
  claim: () => Promise<Row[]>,
  fire: (row: Row) => Promise<Outcome | undefined>,
  batchSize: number,
  round: Record<Outcome, number>,
): Promise<Record<Outcome, number>> {
  for (;;) {
    const rows = await claim();
    const outcomes = await Promise.all(rows.map(fire));
    for (const outcome of outcomes) if (outcome) round[outcome] += 1;
    if (rows.length < batchSize) return round;
  }
}
