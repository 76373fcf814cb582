import type { Database, Queryable } from '../storage/database.ts';
import { appendAuditEntry } from '../audit/auditLog.ts';
import { claimRows, dueToFire, markFiredWhileHeld, releaseUntil, TIMERS, type Lease } from '../jobs/leasedRows.ts';

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

/** Leases up to `limit` timers that are due, not fired and not leased by a live instance. */
export async function claimDueTimers(db: Database, lease: Lease, limit: number): Promise<ClaimedTimer[]> {
  const rows = await claimRows<ClaimedRow>(
    db,
    TIMERS,
    lease,
    limit,
    dueToFire({
      join: { table: 'records', on: 'records.id = timers.record_id' },
      returning: `timers.id, timers.record_id, timers.board_id, records.reference, records.type, timers.clock_id, timers.kind, timers.fire_at,
        timers.due_by, timers.target_kind, timers.target_route,
        EXISTS (SELECT 1 FROM board_items b WHERE b.record_id = timers.record_id AND b.state = 'done') AS item_done`,
    }),
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
  lease: Lease,
  outcome: { action: 'timer.fired' | 'timer.skipped'; detail: Record<string, string | boolean> },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await markFiredWhileHeld(tx, TIMERS, timer.id, lease))) return false;
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
export async function deferTimer(db: Queryable, timer: ClaimedTimer, lease: Lease, retryAt: Date): Promise<void> {
  await releaseUntil(db, TIMERS, timer.id, lease, retryAt);
}
