import type { Board } from '../../../knowledge/boards/boardFiles.ts';
import { auditTrailCutoff } from '../../../knowledge/retention/retentionEnd.ts';
import type { Database } from '../../storage/database.ts';
import { PURGE_BATCH_SIZE } from './retentionRun.ts';

/**
 * Deletes the audit entries of records purged longer ago than their board's `auditTrailYearsAfterPurge`, in bounded
 * batches. The audit_log trigger refuses every deletion except these: entries about a record that has a tombstone,
 * in a transaction that set safeguarding.audit_expiry, which only this function does. Each batch leaves an entry of
 * its own (board and count) so the trail shows what went. Boards without the setting keep their trail.
 */
export async function expireAuditTrails(db: Database, boards: Iterable<Board>, options: { now: Date; actor: string }): Promise<number> {
  let expired = 0;
  for (const board of boards) {
    if (board.auditTrailYearsAfterPurge === undefined) continue;
    const cutoff = auditTrailCutoff(options.now, board.auditTrailYearsAfterPurge);
    for (;;) {
      const deleted = await db.transaction(async (tx) => {
        await tx.query("SELECT set_config('safeguarding.audit_expiry', 'on', true)");
        const { rowCount } = await tx.query(
          `DELETE FROM audit_log WHERE id IN (
             SELECT a.id FROM audit_log a JOIN record_tombstones t ON t.record_id = a.record_id
             WHERE t.board_id = $1 AND t.purged_at < $2 LIMIT $3 FOR UPDATE OF a SKIP LOCKED)`,
          [board.id, cutoff, PURGE_BATCH_SIZE],
        );
        if (rowCount > 0) {
          await tx.query(`INSERT INTO audit_log (actor, action, detail) VALUES ($1, 'audit.expired', jsonb_build_object('boardId', $2::text, 'entries', $3::int))`, [
            options.actor,
            board.id,
            rowCount,
          ]);
        }
        return rowCount;
      });
      expired += deleted;
      if (deleted < PURGE_BATCH_SIZE) break;
    }
  }
  return expired;
}
