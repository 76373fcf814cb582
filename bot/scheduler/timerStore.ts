import type { Database, Queryable } from '../storage/database.ts';
import { appendAuditEntry } from '../submissions/auditLog.ts';

export type TimerKind = 'reminder' | 'due' | 'overdue' | 'escalation';

/** A timer this scheduler instance holds the lease of, with the record's reference and its board item's state. */
export interface ClaimedTimer {
  id: string;
  recordId: string;
  boardId: string;
  reference: string;
  recordType: string;
  clockId: string;
  kind: TimerKind;
  fireAt: Date;
  dueBy: Date;
  target: { kind: 'route'; route: string } | { kind: 'submitter' };
  /** True when board staff have marked the record done: its reminders are no longer needed. */
  itemDone: boolean;
}

export interface TimerLease {
  workerId: string;
  now: Date;
  leaseMs: number;
}

interface ClaimedRow {
  id: string;
  record_id: string;
  board_id: string;
  reference: string;
  type: string;
  clock_id: string;
  kind: TimerKind;
  fire_at: Date;
  due_by: Date;
  target_kind: 'route' | 'submitter';
  target_route: string | null;
  item_done: boolean;
}

/**
 * Leases up to `limit` timers that are due, not fired and not leased by a live instance. FOR UPDATE SKIP LOCKED
 * lets instances sharing one PostgreSQL claim at once without taking the same timer; the lease frees the timers of
 * an instance that died before firing them.
 */
export async function claimDueTimers(db: Database, lease: TimerLease, limit: number): Promise<ClaimedTimer[]> {
  const { rows } = await db.transaction((tx) =>
    tx.query<ClaimedRow>(
      `UPDATE timers t SET locked_until = $2, locked_by = $3
       FROM records r
       WHERE r.id = t.record_id AND t.id IN (
         SELECT id FROM timers
         WHERE fired_at IS NULL AND fire_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
         ORDER BY fire_at
         LIMIT $4
         FOR UPDATE SKIP LOCKED)
       RETURNING t.id, t.record_id, t.board_id, r.reference, r.type, t.clock_id, t.kind, t.fire_at, t.due_by, t.target_kind, t.target_route,
         EXISTS (SELECT 1 FROM board_items b WHERE b.record_id = t.record_id AND b.state = 'done') AS item_done`,
      [lease.now, new Date(lease.now.getTime() + lease.leaseMs), lease.workerId, limit],
    ),
  );
  return rows.map((row) => ({
    id: row.id,
    recordId: row.record_id,
    boardId: row.board_id,
    reference: row.reference,
    recordType: row.type,
    clockId: row.clock_id,
    kind: row.kind,
    fireAt: row.fire_at,
    dueBy: row.due_by,
    target: row.target_kind === 'route' && row.target_route !== null ? { kind: 'route', route: row.target_route } : { kind: 'submitter' },
    itemDone: row.item_done,
  }));
}

/**
 * The timer has done its work: marked fired (only while this instance still holds it) in the same transaction as
 * its audit entry. False when another instance took it over after this lease ran out.
 */
export async function markTimerFired(
  db: Database,
  timer: ClaimedTimer,
  lease: TimerLease,
  outcome: { action: 'timer.fired' | 'timer.skipped'; detail: Record<string, string | boolean> },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      'UPDATE timers SET fired_at = $3, locked_until = NULL, locked_by = NULL WHERE id = $1 AND locked_by = $2 AND fired_at IS NULL',
      [timer.id, lease.workerId, lease.now],
    );
    if (rowCount !== 1) return false;
    await appendAuditEntry(tx, {
      actor: 'system:scheduler',
      action: outcome.action,
      recordId: timer.recordId,
      detail: { timerId: timer.id, clockId: timer.clockId, kind: timer.kind, reference: timer.reference, ...outcome.detail },
    });
    return true;
  });
}

/** The timer could not fire now (nowhere to send it, or the send failed): any instance may try again from `retryAt`. */
export async function deferTimer(db: Queryable, timer: ClaimedTimer, lease: TimerLease, retryAt: Date): Promise<void> {
  await db.query('UPDATE timers SET locked_until = $3, locked_by = NULL WHERE id = $1 AND locked_by = $2', [timer.id, lease.workerId, retryAt]);
}
