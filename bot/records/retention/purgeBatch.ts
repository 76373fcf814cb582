import type { Board } from '../../../knowledge/boards/boardFiles.ts';
import { isRecordType } from '../../../knowledge/records/recordSchema.ts';
import type { Queryable } from '../../storage/database.ts';
import type { DueRecord } from './retentionVerdict.ts';

const NOT_HELD = 'NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.record_id = records.id AND h.lifted_at IS NULL)';

/** Tables written with a record (migration 0003 on): deleted with it, so no content outlives the record. */
export const WRITTEN_WITH_RECORD = ['timers', 'record_clocks', 'outbox', 'board_items', 'alert_cards', 'submitter_conversations'] as const;

/**
 * Of the due records, those this transaction may purge: still there, not held, and not being purged or held by
 * another instance at this moment (SKIP LOCKED: the other instance has them; the next round sees them gone or held).
 */
async function lockDue(tx: Queryable, due: readonly DueRecord[]): Promise<DueRecord[]> {
  const { rows } = await tx.query<{ id: string }>(`SELECT id FROM records WHERE id = ANY($1::uuid[]) AND ${NOT_HELD} FOR UPDATE SKIP LOCKED`, [due.map((record) => record.recordId)]);
  const locked = new Set(rows.map((row) => row.id));
  return due.filter((record) => locked.has(record.recordId));
}

/**
 * Records kept with due records (a LADO decision or outcome with its referral), which go with them unless held;
 * locked for a purge (skipping those another instance has), or only read for a dry run.
 */
export async function keptWithDue(tx: Queryable, parents: readonly DueRecord[], boardOf: (id: string) => Board | undefined, lock: 'lock' | 'read'): Promise<DueRecord[]> {
  if (parents.length === 0) return [];
  const { rows } = await tx.query<{ id: string; board_id: string; type: string; reference: string; parent_reference: string }>(
    `SELECT id, board_id, type, reference, payload->>'referralReference' AS parent_reference FROM records
     WHERE (board_id, payload->>'referralReference') IN (SELECT * FROM unnest($1::text[], $2::text[])) AND ${NOT_HELD}
     ${lock === 'lock' ? 'FOR UPDATE SKIP LOCKED' : ''}`,
    [parents.map((parent) => parent.boardId), parents.map((parent) => parent.reference)],
  );
  return rows.flatMap((row) => {
    const parent = parents.find((candidate) => candidate.boardId === row.board_id && candidate.reference === row.parent_reference);
    const rule = isRecordType(row.type) ? boardOf(row.board_id)?.retention[row.type] : undefined;
    if (!parent || !rule || !('keptWith' in rule) || rule.keptWith !== parent.type) return [];
    return [{ recordId: row.id, boardId: row.board_id, type: row.type, reference: row.reference, periodEndedOn: parent.periodEndedOn, reason: `kept with ${parent.reference}: ${parent.reason}` }];
  });
}

/**
 * Purges due records in the caller's transaction: deletes each record and everything written with it, and leaves
 * a tombstone and an audit entry (reference, type, board, dates, reason: no case detail). Returns what went.
 */
export async function purgeBatch(tx: Queryable, due: readonly DueRecord[], boardOf: (id: string) => Board | undefined, purge: { actor: string; now: Date }): Promise<DueRecord[]> {
  const parents = await lockDue(tx, due);
  const purged = [...parents, ...(await keptWithDue(tx, parents, boardOf, 'lock'))];
  if (purged.length === 0) return [];
  const ids = purged.map((record) => record.recordId);
  const column = <Key extends keyof DueRecord>(key: Key) => purged.map((record) => record[key]);
  await tx.query(
    `INSERT INTO record_tombstones (record_id, board_id, type, reference, submitted_at, period_ended_on, reason, purged_at, purged_by)
     SELECT r.id, r.board_id, r.type, r.reference, r.created_at, d.period_ended_on::date, d.reason, $4, $5
     FROM records r JOIN unnest($1::uuid[], $2::text[], $3::text[]) AS d (id, period_ended_on, reason) ON d.id = r.id
     ON CONFLICT (record_id) DO NOTHING`,
    [ids, column('periodEndedOn'), column('reason'), purge.now, purge.actor],
  );
  for (const table of WRITTEN_WITH_RECORD) await tx.query(`DELETE FROM ${table} WHERE record_id = ANY($1::uuid[])`, [ids]);
  await tx.query('DELETE FROM records WHERE id = ANY($1::uuid[])', [ids]);
  await tx.query(
    `INSERT INTO audit_log (actor, action, record_id, detail)
     SELECT $1, 'record.purged', d.id, jsonb_build_object('reference', d.reference, 'type', d.type, 'boardId', d.board_id,
       'periodEndedOn', d.period_ended_on, 'reason', d.reason)
     FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS d (id, reference, type, board_id, period_ended_on, reason)`,
    [purge.actor, ids, column('reference'), column('type'), column('boardId'), column('periodEndedOn'), column('reason')],
  );
  return purged;
}
