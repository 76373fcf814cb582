import type { Queryable } from '../storage/database.ts';

/**
 * Rows that fire once at a time (fire_at, fired_at) and are claimed under a lease (locked_until, locked_by), so
 * instances sharing one PostgreSQL never fire the same row twice and a dead instance's rows are freed when its
 * lease runs out. The tables that work this way:
 */
export type LeasedTable = 'timers' | 'draft_reminders';

export interface RowLease {
  workerId: string;
  now: Date;
  leaseMs: number;
}

/**
 * The ids of up to $4 rows of `table` due at $1, not fired and not leased by a live instance, locked with
 * FOR UPDATE SKIP LOCKED: put it inside an UPDATE that sets the lease, with leaseParameters() as $1..$4.
 */
export function dueRowsToClaim(table: LeasedTable): string {
  return `SELECT id FROM ${table}
    WHERE fired_at IS NULL AND fire_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
    ORDER BY fire_at
    LIMIT $4
    FOR UPDATE SKIP LOCKED`;
}

/** $1 now, $2 the lease's end, $3 the worker, $4 the batch size. */
export function leaseParameters(lease: RowLease, limit: number): [Date, Date, string, number] {
  return [lease.now, new Date(lease.now.getTime() + lease.leaseMs), lease.workerId, limit];
}

/** Marks the row fired, only while this instance still holds it; false when another instance took it over. */
export async function markFiredWhileHeld(tx: Queryable, table: LeasedTable, id: string, lease: RowLease): Promise<boolean> {
  const { rowCount } = await tx.query(`UPDATE ${table} SET fired_at = $3, locked_until = NULL, locked_by = NULL WHERE id = $1 AND locked_by = $2 AND fired_at IS NULL`, [
    id,
    lease.workerId,
    lease.now,
  ]);
  return rowCount === 1;
}

/** The row could not fire now: any instance may try again from `retryAt`. */
export async function releaseUntil(db: Queryable, table: LeasedTable, id: string, lease: RowLease, retryAt: Date): Promise<void> {
  await db.query(`UPDATE ${table} SET locked_until = $3, locked_by = NULL WHERE id = $1 AND locked_by = $2`, [id, lease.workerId, retryAt]);
}

/**
 * Claims and fires due rows batch after batch until a batch comes back short, counting each row's outcome into
 * `round` (undefined: another instance took the row over, so it is not counted).
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
