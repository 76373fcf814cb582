import type { AlertOutcome } from '../../cards/templates/receiptStatus.ts';
import type { Database, Queryable } from '../storage/database.ts';
import type { Lease } from '../jobs/leasedRows.ts';

/** Telling the submitter is given up after this many failed tries (their chat may be gone). */
export const MAX_SUBMITTER_NOTICE_ATTEMPTS = 5;

/**
 * What a receipt may say about a record's alert right now. With `oweFollowUp`, an alert not yet posted is marked as
 * owing the submitter a follow-up, in the same statement that checks it is unposted: posting and this check take
 * the row in turn, so either the receipt says "alerted" or the follow-up is sent, never neither.
 */
export async function receiptAlertOutcome(db: Queryable, recordId: string, options: { oweFollowUp: boolean; at: Date }): Promise<AlertOutcome> {
  if (options.oweFollowUp) {
    await db.query(
      `UPDATE alert_cards SET submitter_notice = 'owed', submitter_notice_at = $2
       WHERE record_id = $1 AND kind = 'record' AND posted_at IS NULL AND submitter_notice IS NULL`,
      [recordId, options.at],
    );
  }
  const { rows } = await db.query<{ route: string; posted_route: string | null; posted: boolean }>(
    `SELECT route, posted_route, posted_at IS NOT NULL AS posted FROM alert_cards WHERE record_id = $1 AND kind = 'record'`,
    [recordId],
  );
  const card = rows[0];
  if (!card) return 'none';
  if (!card.posted) return 'pending';
  return card.posted_route === card.route ? 'alerted' : 'forwarded';
}

/** A follow-up owed to a submitter whose record's alert has now been posted. */
export interface OwedSubmitterNotice {
  cardId: string;
  recordId: string;
  recordType: string;
  reference: string;
  outcome: Extract<AlertOutcome, 'alerted' | 'forwarded'>;
  attempts: number;
}

/** Leases the owed follow-ups of posted cards that are due (SKIP LOCKED: two instances never take the same one). */
export async function claimOwedSubmitterNotices(db: Database, lease: Lease, limit: number, boardId?: string): Promise<OwedSubmitterNotice[]> {
  const { rows } = await db.transaction((tx) =>
    tx.query<{ id: string; record_id: string; type: string; reference: string; route: string; posted_route: string; submitter_notice_attempts: number }>(
      `UPDATE alert_cards a SET submitter_notice_at = $2
       FROM records r
       WHERE r.id = a.record_id AND a.id IN (
         SELECT id FROM alert_cards
         WHERE submitter_notice = 'owed' AND posted_at IS NOT NULL AND submitter_notice_at <= $1
           AND submitter_notice_attempts < ${MAX_SUBMITTER_NOTICE_ATTEMPTS} AND ($4::text IS NULL OR board_id = $4)
         LIMIT $3
         FOR UPDATE SKIP LOCKED)
       RETURNING a.id, a.record_id, r.type, a.reference, a.route, a.posted_route, a.submitter_notice_attempts`,
      [lease.now, new Date(lease.now.getTime() + lease.leaseMs), limit, boardId ?? null],
    ),
  );
  return rows.map((row) => ({
    cardId: row.id,
    recordId: row.record_id,
    recordType: row.type,
    reference: row.reference,
    outcome: row.posted_route === row.route ? 'alerted' : 'forwarded',
    attempts: row.submitter_notice_attempts,
  }));
}

export async function markSubmitterNoticeSent(db: Queryable, notice: OwedSubmitterNotice): Promise<void> {
  await db.query(`UPDATE alert_cards SET submitter_notice = 'sent' WHERE id = $1`, [notice.cardId]);
}

export async function markSubmitterNoticeFailed(db: Queryable, notice: OwedSubmitterNotice, retryAt: Date): Promise<void> {
  await db.query(`UPDATE alert_cards SET submitter_notice_attempts = submitter_notice_attempts + 1, submitter_notice_at = $2 WHERE id = $1`, [notice.cardId, retryAt]);
}
