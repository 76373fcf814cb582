import type { Database, Queryable } from '../storage/database.ts';
import { appendAuditEntry } from '../submissions/auditLog.ts';
import type { DeliverableRecord } from './webhookDocument.ts';

/** An outbox row a worker holds the lease of, with the record it delivers. */
export interface ClaimedDelivery extends DeliverableRecord {
  /** Attempts made before this one. */
  attempts: number;
}

/** A row whose delivery has ended and whose follow-up message (to operations or the submitter) is still owed. */
export interface PendingFollowUp {
  recordId: string;
  boardId: string;
  reference: string;
  status: 'delivered' | 'parked';
  boardReference: string | null;
  lastError: string | null;
  followUpAttempts: number;
}

export interface Lease {
  workerId: string;
  now: Date;
  /** How long the claimed rows stay this worker's; a crashed worker's rows are free again after it. */
  leaseMs: number;
}

/** Telling the submitter is tried this many times; alerting board operations is never given up. */
export const MAX_SUBMITTER_NOTICE_ATTEMPTS = 5;

const WORKER_ACTOR = 'system:delivery';

interface ClaimedRow {
  record_id: string;
  board_id: string;
  attempts: number;
  type: string;
  reference: string;
  edition: string;
  pack_version: string;
  created_at: Date;
  payload: unknown;
}

/**
 * Takes up to `limit` rows that are due and not leased by a live worker, and leases them to this one.
 * FOR UPDATE SKIP LOCKED lets several workers on one PostgreSQL claim at once without taking the same row.
 */
export async function claimDueDeliveries(db: Database, lease: Lease, limit: number): Promise<ClaimedDelivery[]> {
  const { rows } = await db.transaction((tx) =>
    tx.query<ClaimedRow>(
      `UPDATE outbox SET status = 'delivering', locked_until = $2, locked_by = $3
       FROM records
       WHERE records.id = outbox.record_id
         AND outbox.record_id IN (
           SELECT record_id FROM outbox
           WHERE status IN ('pending', 'delivering') AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
           ORDER BY next_attempt_at
           LIMIT $4
           FOR UPDATE SKIP LOCKED)
       RETURNING outbox.record_id, outbox.board_id, outbox.attempts, records.type, records.reference, records.edition,
         records.pack_version, records.created_at, records.payload`,
      [lease.now, leaseEnd(lease), lease.workerId, limit],
    ),
  );
  return rows.map((row) => ({
    recordId: row.record_id,
    boardId: row.board_id,
    attempts: row.attempts,
    type: row.type,
    reference: row.reference,
    edition: row.edition,
    packVersion: row.pack_version,
    submittedAt: row.created_at,
    payload: row.payload,
  }));
}

function leaseEnd(lease: Lease): Date {
  return new Date(lease.now.getTime() + lease.leaseMs);
}

/** Applies an update only while this worker still holds the row's lease; false when another worker took it over. */
async function updateLeased(tx: Queryable, recordId: string, lease: Lease, assignments: string, params: unknown[]): Promise<boolean> {
  const { rowCount } = await tx.query(`UPDATE outbox SET ${assignments} WHERE record_id = $1 AND locked_by = $2`, [recordId, lease.workerId, ...params]);
  return rowCount === 1;
}

/** The board has the record; the submitter's notice is now owed (claimOwedFollowUps). */
export async function markDelivered(db: Database, delivery: ClaimedDelivery, lease: Lease, boardReference: string | undefined): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await updateLeased(tx, delivery.recordId, lease, `status = 'delivered', attempts = attempts + 1, delivered_at = $3, board_reference = $4, locked_until = NULL, locked_by = NULL`, [
      lease.now,
      boardReference ?? null,
    ]);
    if (updated) {
      await appendAuditEntry(tx, {
        actor: WORKER_ACTOR,
        action: 'record.delivered',
        recordId: delivery.recordId,
        detail: { destination: 'webhook', attempts: delivery.attempts + 1, boardReferenceReceived: boardReference !== undefined },
      });
    }
    return updated;
  });
}

/** This attempt failed; the row waits until `nextAttemptAt`, free for any worker then. */
export async function scheduleRetry(db: Database, delivery: ClaimedDelivery, lease: Lease, failure: { status?: number | undefined; reason: string }, nextAttemptAt: Date): Promise<boolean> {
  return db.transaction((tx) =>
    updateLeased(
      tx,
      delivery.recordId,
      lease,
      `status = 'pending', attempts = attempts + 1, next_attempt_at = $3, last_error_status = $4, last_error = $5,
       locked_until = NULL, locked_by = NULL`,
      [nextAttemptAt, failure.status ?? null, failure.reason],
    ),
  );
}

/** Delivery has stopped (permanent failure or retries used up): the record stays stored; an operations alert is owed. */
export async function markParked(db: Database, delivery: ClaimedDelivery, lease: Lease, failure: { status?: number | undefined; reason: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await updateLeased(
      tx,
      delivery.recordId,
      lease,
      `status = 'parked', attempts = attempts + 1, parked_at = $3, last_error_status = $4, last_error = $5, locked_until = NULL, locked_by = NULL`,
      [lease.now, failure.status ?? null, failure.reason],
    );
    if (updated) {
      await appendAuditEntry(tx, {
        actor: WORKER_ACTOR,
        action: 'record.deliveryParked',
        recordId: delivery.recordId,
        detail: { attempts: delivery.attempts + 1, lastErrorStatus: failure.status ?? null, reason: failure.reason },
      });
    }
    return updated;
  });
}

interface FollowUpRow {
  record_id: string;
  board_id: string;
  reference: string;
  status: 'delivered' | 'parked';
  board_reference: string | null;
  last_error: string | null;
  follow_up_attempts: number;
}

function followUpOf(row: FollowUpRow): PendingFollowUp {
  return {
    recordId: row.record_id,
    boardId: row.board_id,
    reference: row.reference,
    status: row.status,
    boardReference: row.board_reference,
    lastError: row.last_error,
    followUpAttempts: row.follow_up_attempts,
  };
}

const OWES_FOLLOW_UP = `((status = 'parked' AND operations_alerted_at IS NULL)
  OR (status = 'delivered' AND destination = 'webhook' AND submitter_notified_at IS NULL AND follow_up_attempts < ${MAX_SUBMITTER_NOTICE_ATTEMPTS}))`;

/** Rows whose follow-up message is owed and not being sent by a live worker (a failed try waits until its retry time). */
export async function claimOwedFollowUps(db: Database, lease: Lease, limit: number): Promise<PendingFollowUp[]> {
  const { rows } = await db.transaction((tx) =>
    tx.query<FollowUpRow>(
      `UPDATE outbox SET locked_until = $2, locked_by = $3
       FROM records
       WHERE records.id = outbox.record_id
         AND outbox.record_id IN (
           SELECT record_id FROM outbox
           WHERE ${OWES_FOLLOW_UP} AND (locked_until IS NULL OR locked_until <= $1)
           LIMIT $4
           FOR UPDATE SKIP LOCKED)
       RETURNING outbox.record_id, outbox.board_id, records.reference, outbox.status, outbox.board_reference,
         outbox.last_error, outbox.follow_up_attempts`,
      [lease.now, leaseEnd(lease), lease.workerId, limit],
    ),
  );
  return rows.map(followUpOf);
}

/** The follow-up was sent: record it and release the row. */
export async function markFollowUpSent(db: Database, followUp: PendingFollowUp, lease: Lease): Promise<void> {
  const column = followUp.status === 'parked' ? 'operations_alerted_at' : 'submitter_notified_at';
  await db.transaction((tx) => updateLeased(tx, followUp.recordId, lease, `${column} = $3, locked_until = NULL, locked_by = NULL`, [lease.now]));
}

/** The follow-up could not be sent: count the try and leave the row alone until `retryAt`. */
export async function markFollowUpFailed(db: Database, followUp: PendingFollowUp, lease: Lease, retryAt: Date): Promise<void> {
  await db.transaction((tx) => updateLeased(tx, followUp.recordId, lease, `follow_up_attempts = follow_up_attempts + 1, locked_until = $3, locked_by = NULL`, [retryAt]));
}

/** The board no longer has a webhook: the record is in the built-in board inbox, where its staff see it. */
export async function markRoutedToBoardInbox(db: Database, delivery: ClaimedDelivery, lease: Lease): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await updateLeased(
      tx,
      delivery.recordId,
      lease,
      `status = 'delivered', destination = 'boardInbox', delivered_at = $3, submitter_notified_at = $3, locked_until = NULL, locked_by = NULL`,
      [lease.now],
    );
    if (updated) {
      await appendAuditEntry(tx, { actor: WORKER_ACTOR, action: 'record.delivered', recordId: delivery.recordId, detail: { destination: 'boardInbox' } });
    }
    return updated;
  });
}

/** When the next row becomes claimable (due and unleased), for a worker deciding how long to sleep. */
export async function nextClaimableAt(db: Database): Promise<Date | undefined> {
  const { rows } = await db.query<{ at: Date | null }>(`SELECT min(GREATEST(next_attempt_at, COALESCE(locked_until, next_attempt_at))) AS at FROM outbox WHERE status IN ('pending', 'delivering')`);
  return rows[0]?.at ?? undefined;
}

/**
 * Frees every lease. Only for the embedded store at start-up: one process at a time can open it, so any lease
 * found then belongs to a process that died, and waiting for it to run out would only delay delivery.
 */
export async function releaseLeasesOfDeadProcess(db: Database): Promise<number> {
  const { rowCount } = await db.query('UPDATE outbox SET locked_until = NULL, locked_by = NULL WHERE locked_by IS NOT NULL');
  return rowCount;
}
