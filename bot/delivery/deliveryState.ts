import type { Queryable } from '../storage/database.ts';

/** Where a record's delivery stands now: its destination, status, attempts, the last failure and when each step happened. */
export interface DeliveryState {
  recordId: string;
  boardId: string;
  reference: string;
  recordType: string;
  submittedAt: Date;
  destination: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date | null;
  lastErrorStatus: number | null;
  lastError: string | null;
  boardReference: string | null;
  deliveredAt: Date | null;
  parkedAt: Date | null;
  operationsAlertedAt: Date | null;
  submitterNotifiedAt: Date | null;
}

interface HistoryRow {
  record_id: string;
  board_id: string;
  reference: string;
  type: string;
  created_at: Date;
  destination: string;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  last_error_status: number | null;
  last_error: string | null;
  board_reference: string | null;
  delivered_at: Date | null;
  parked_at: Date | null;
  operations_alerted_at: Date | null;
  submitter_notified_at: Date | null;
}

/** The delivery state of a record, found by its id; its audit trail (auditTrailOf) tells how it got there. */
export async function deliveryStateOf(db: Queryable, recordId: string): Promise<DeliveryState | undefined> {
  const { rows } = await db.query<HistoryRow>(
    `SELECT outbox.record_id, outbox.board_id, records.reference, records.type, records.created_at, outbox.destination, outbox.status,
       outbox.attempts, outbox.next_attempt_at, outbox.last_error_status, outbox.last_error, outbox.board_reference,
       outbox.delivered_at, outbox.parked_at, outbox.operations_alerted_at, outbox.submitter_notified_at
     FROM outbox JOIN records ON records.id = outbox.record_id
     WHERE outbox.record_id = $1`,
    [recordId],
  );
  const row = rows[0];
  if (!row) return undefined;
  const waiting = row.status === 'pending' || row.status === 'delivering';
  return {
    recordId: row.record_id,
    boardId: row.board_id,
    reference: row.reference,
    recordType: row.type,
    submittedAt: row.created_at,
    destination: row.destination,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: waiting ? row.next_attempt_at : null,
    lastErrorStatus: row.last_error_status,
    lastError: row.last_error,
    boardReference: row.board_reference,
    deliveredAt: row.delivered_at,
    parkedAt: row.parked_at,
    operationsAlertedAt: row.operations_alerted_at,
    submitterNotifiedAt: row.submitter_notified_at,
  };
}
