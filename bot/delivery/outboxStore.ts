import { claimRows, releaseLeasesOfDeadProcess, releaseUntil, updateAndRelease, type Lease, type LeasedTable } from '../jobs/leasedRows.ts';
import type { Database } from '../storage/database.ts';
import { appendAuditEntry } from '../audit/auditLog.ts';
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

/** Telling the submitter is tried this many times; alerting board operations is never given up. */
export const MAX_SUBMITTER_NOTICE_ATTEMPTS = 5;

const WORKER_ACTOR = 'system:delivery';
const OUTBOX: LeasedTable = { name: 'outbox', key: 'record_id' };
const WITH_RECORD = { table: 'records', on: 'records.id = outbox.record_id' };

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

/** Leases up to `limit` rows that are due and not leased by a live worker to this one. */
export async function claimDueDeliveries(db: Database, lease: Lease, limit: number): Promise<ClaimedDelivery[]> {
  const rows = await claimRows<ClaimedRow>(db, OUTBOX, lease, limit, {
    due: "status IN ('pending', 'delivering') AND next_attempt_at <= $1",
    orderBy: 'next_attempt_at',
    set: "status = 'delivering'",
    join: WITH_RECORD,
    returning: `outbox.record_id, outbox.board_id, outbox.attempts, records.type, records.reference, records.edition,
      records.pack_version, records.created_at, records.payload`,
  });
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

/** The board has the record; the submitter's notice is now owed (claimOwedFollowUps). */
export async function markDelivered(db: Database, delivery: ClaimedDelivery, lease: Lease, boardReference: string | undefined): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await updateAndRelease(tx, OUTBOX, delivery.recordId, lease, {
      set: `status = 'delivered', attempts = attempts + 1, delivered_at = $3, board_reference = $4`,
      params: [lease.now, boardReference ?? null],
    });
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
  return updateAndRelease(db, OUTBOX, delivery.recordId, lease, {
    set: `status = 'pending', attempts = attempts + 1, next_attempt_at = $3, last_error_status = $4, last_error = $5`,
    params: [nextAttemptAt, failure.status ?? null, failure.reason],
  });
}

/** Delivery has stopped (permanent failure or retries used up): the record stays stored; an operations alert is owed. */
export async function markParked(db: Database, delivery: ClaimedDelivery, lease: Lease, failure: { status?: number | undefined; reason: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await updateAndRelease(tx, OUTBOX, delivery.recordId, lease, {
      set: `status = 'parked', attempts = attempts + 1, parked_at = $3, last_error_status = $4, last_error = $5`,
      params: [lease.now, failure.status ?? null, failure.reason],
    });
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
  const rows = await claimRows<FollowUpRow>(db, OUTBOX, lease, limit, {
    due: OWES_FOLLOW_UP,
    join: WITH_RECORD,
    returning: `outbox.record_id, outbox.board_id, records.reference, outbox.status, outbox.board_reference,
      outbox.last_error, outbox.follow_up_attempts`,
  });
  return rows.map(followUpOf);
}

/** The follow-up was sent: record it and release the row. */
export async function markFollowUpSent(db: Database, followUp: PendingFollowUp, lease: Lease): Promise<void> {
  const column = followUp.status === 'parked' ? 'operations_alerted_at' : 'submitter_notified_at';
  await updateAndRelease(db, OUTBOX, followUp.recordId, lease, { set: `${column} = $3`, params: [lease.now] });
}

/** The follow-up could not be sent: count the try and leave the row alone until `retryAt`. */
export async function markFollowUpFailed(db: Database, followUp: PendingFollowUp, lease: Lease, retryAt: Date): Promise<void> {
  await releaseUntil(db, OUTBOX, followUp.recordId, lease, retryAt, 'follow_up_attempts = follow_up_attempts + 1');
}

/** The board no longer has a webhook: the record is in the built-in board inbox, where its staff see it. */
export async function markRoutedToBoardInbox(db: Database, delivery: ClaimedDelivery, lease: Lease): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await updateAndRelease(tx, OUTBOX, delivery.recordId, lease, {
      set: `status = 'delivered', destination = 'boardInbox', delivered_at = $3, submitter_notified_at = $3`,
      params: [lease.now],
    });
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

/** Frees the outbox's leases left by a process that died (the embedded store only; see releaseLeasesOfDeadProcess). */
export function releaseDeliveriesOfDeadProcess(db: Database): Promise<number> {
  return releaseLeasesOfDeadProcess(db, OUTBOX);
}
