import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database, Queryable } from '../../storage/database.ts';

/** A hold's reason as people type it: why, in a few words, without names (e.g. "IICSA request", "claim 2026/14"). */
export const holdReasonSchema = z.string().trim().min(3, { error: 'give a reason (for example "IICSA request" or "litigation")' }).max(300, { error: 'keep the reason under 300 characters' });

/** What a hold is placed on: one record by its reference, every record naming a person, or every record of a case. */
export type HoldTarget = { scope: 'record'; reference: string } | { scope: 'person'; name: string } | { scope: 'case'; reference: string };

export interface HoldChange {
  target: HoldTarget;
  reason: string;
  /** The boards whose records may be held: the admin's boards in chat, every board (or --board) on the command line. */
  boardIds: readonly string[];
  actor: string;
  now: Date;
}

export interface HeldRecord {
  recordId: string;
  boardId: string;
  reference: string;
}

/** Which records a target finds. Names are compared whole, ignoring case and outer spaces, in any name field. */
function targetQuery(target: HoldTarget): { where: string; value: string } {
  switch (target.scope) {
    case 'record':
      return { where: 'reference = $2', value: target.reference.trim().toUpperCase() };
    case 'case':
      return {
        where: `(reference = $2 OR payload->>'referralReference' = $2 OR payload->>'incidentReference' = $2 OR payload->>'reviewReference' = $2)`,
        value: target.reference.trim().toUpperCase(),
      };
    case 'person':
      return {
        where: `EXISTS (SELECT 1 FROM jsonb_path_query(payload, 'lax $.** ? (@.type() == "object")') AS node (value)
          WHERE lower(trim(node.value->>'name')) = $2 OR lower(trim(node.value->>'fullName')) = $2 OR lower(trim(node.value->>'knownAs')) = $2)`,
        value: target.name.trim().replace(/\s+/g, ' ').toLowerCase(),
      };
  }
}

/** The records a target finds, locked against a purge running at the same moment (which then skips them). */
async function lockTargetRecords(tx: Queryable, change: HoldChange): Promise<HeldRecord[]> {
  const { where, value } = targetQuery(change.target);
  const { rows } = await tx.query<{ id: string; board_id: string; reference: string }>(
    `SELECT id, board_id, reference FROM records WHERE board_id = ANY($1::text[]) AND ${where} ORDER BY board_id, reference FOR UPDATE`,
    [change.boardIds, value],
  );
  return rows.map((row) => ({ recordId: row.id, boardId: row.board_id, reference: row.reference }));
}

/**
 * The audit entry of a hold change: the record, the scope and the hold group whose rows keep the reason (free text
 * people type, so not copied into the trail); never the name a person hold searched for.
 */
async function auditHoldChange(tx: Queryable, action: string, record: HeldRecord, change: HoldChange, holdGroup: string | null): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (actor, action, record_id, detail) VALUES ($1, $2, $3, jsonb_build_object(
       'reference', $4::text, 'boardId', $5::text, 'scope', $6::text, 'holdGroup', $7::text))`,
    [change.actor, action, record.recordId, record.reference, record.boardId, change.target.scope, holdGroup],
  );
}

/** Places a hold on every record the target finds (none found: nothing changes). Records already held get another. */
export async function placeLegalHold(db: Database, change: HoldChange): Promise<HeldRecord[]> {
  return db.transaction(async (tx) => {
    const records = await lockTargetRecords(tx, change);
    const holdGroup = randomUUID();
    for (const record of records) {
      await tx.query(
        `INSERT INTO legal_holds (id, hold_group, record_id, board_id, scope, reason, placed_by, placed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [randomUUID(), holdGroup, record.recordId, record.boardId, change.target.scope, change.reason, change.actor, change.now],
      );
      await auditHoldChange(tx, 'record.hold_placed', record, change, holdGroup);
    }
    return records;
  });
}

/** Lifts every hold on the records the target finds; returns those that had one. */
export async function liftLegalHold(db: Database, change: HoldChange): Promise<HeldRecord[]> {
  return db.transaction(async (tx) => {
    const records = await lockTargetRecords(tx, change);
    const { rows } = await tx.query<{ record_id: string; hold_group: string }>(
      `UPDATE legal_holds SET lifted_by = $2, lifted_at = $3, lift_reason = $4
       WHERE record_id = ANY($1::uuid[]) AND lifted_at IS NULL RETURNING record_id, hold_group`,
      [records.map((record) => record.recordId), change.actor, change.now, change.reason],
    );
    const lifted = records.filter((record) => rows.some((row) => row.record_id === record.recordId));
    for (const record of lifted) {
      const group = rows.find((row) => row.record_id === record.recordId)?.hold_group ?? null;
      await auditHoldChange(tx, 'record.hold_lifted', record, change, group);
    }
    return lifted;
  });
}
