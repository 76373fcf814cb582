import type { Database } from '../storage/database.ts';
import { appendAuditEntry } from '../audit/auditLog.ts';

/** A delivery that stopped, and why: the board's last answer (an HTTP status, or none for a network failure) and the reason. */
export interface ParkedDelivery {
  recordId: string;
  boardId: string;
  reference: string;
  recordType: string;
  attempts: number;
  parkedAt: Date | null;
  lastErrorStatus: number | null;
  reason: string | null;
  operationsAlertedAt: Date | null;
}

interface ParkedRow {
  record_id: string;
  board_id: string;
  reference: string;
  type: string;
  attempts: number;
  parked_at: Date | null;
  last_error_status: number | null;
  last_error: string | null;
  operations_alerted_at: Date | null;
}

/** Parked deliveries, oldest first; of one board, or of every board. */
export async function listParkedDeliveries(db: Database, boardId?: string): Promise<ParkedDelivery[]> {
  const { rows } = await db.query<ParkedRow>(
    `SELECT outbox.record_id, outbox.board_id, records.reference, records.type, outbox.attempts, outbox.parked_at,
       outbox.last_error_status, outbox.last_error, outbox.operations_alerted_at
     FROM outbox JOIN records ON records.id = outbox.record_id
     WHERE outbox.status = 'parked' AND ($1::text IS NULL OR outbox.board_id = $1)
     ORDER BY outbox.parked_at, records.reference`,
    [boardId ?? null],
  );
  return rows.map((row) => ({
    recordId: row.record_id,
    boardId: row.board_id,
    reference: row.reference,
    recordType: row.type,
    attempts: row.attempts,
    parkedAt: row.parked_at,
    lastErrorStatus: row.last_error_status,
    reason: row.last_error,
    operationsAlertedAt: row.operations_alerted_at,
  }));
}

/**
 * Puts one parked delivery back in the queue, due now, with a fresh set of attempts: the running worker delivers it
 * on its next pass. The row is changed only while it is still parked (a second re-queue, or one racing this, finds
 * nothing to do), and its audit entry is written in the same short transaction. Should it park again, operations
 * are alerted again. False when it was not parked.
 */
export async function requeueParkedDelivery(db: Database, recordId: string, actor: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ attempts: number; last_error_status: number | null }>(
      `UPDATE outbox SET status = 'pending', next_attempt_at = $2, attempts = 0, parked_at = NULL, operations_alerted_at = NULL,
         follow_up_attempts = 0, locked_until = NULL, locked_by = NULL
       FROM (SELECT record_id, attempts, last_error_status FROM outbox WHERE record_id = $1 AND status = 'parked' FOR UPDATE) AS before
       WHERE outbox.record_id = before.record_id
       RETURNING before.attempts, before.last_error_status`,
      [recordId, now],
    );
    const before = rows[0];
    if (!before) return false;
    await appendAuditEntry(tx, {
      actor,
      action: 'record.deliveryRequeued',
      recordId,
      detail: { attemptsBefore: before.attempts, lastErrorStatus: before.last_error_status },
    });
    return true;
  });
}
