import type { Database, Queryable } from '../storage/database.ts';
import { appendAuditEntry } from '../submissions/auditLog.ts';
import { dueRowsToClaim, leaseParameters, markFiredWhileHeld, releaseUntil, type RowLease } from './leasedRows.ts';

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

export type TimerLease = RowLease;

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

/** Leases up to `limit` timers that are due, not fired and not leased by a live instance (see leasedRows.ts). */
export async function claimDueTimers(db: Database, lease: TimerLease, limit: number): Promise<ClaimedTimer[]> {
  const { rows } = await db.transaction((tx) =>
    tx.query<ClaimedRow>(
      `UPDATE timers t SET locked_until = $2, locked_by = $3
       FROM records r
       WHERE r.id = t.record_id AND t.id IN (${dueRowsToClaim('timers')})
       RETURNING t.id, t.record_id, t.board_id, r.reference, r.type, t.clock_id, t.kind, t.fire_at, t.due_by, t.target_kind, t.target_route,
         EXISTS (SELECT 1 FROM board_items b WHERE b.record_id = t.record_id AND b.state = 'done') AS item_done`,
      leaseParameters(lease, limit),
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
    if (!(await markFiredWhileHeld(tx, 'timers', timer.id, lease))) return false;
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
  await releaseUntil(db, 'timers', timer.id, lease, retryAt);
}
