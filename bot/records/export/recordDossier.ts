import { deliveryStateOf, type DeliveryState } from '../../delivery/deliveryState.ts';
import type { Queryable } from '../../storage/database.ts';
import { auditTrailOf, type StoredAuditEntry } from '../../audit/auditLog.ts';
import type { ChosenRecord } from './subjectRecords.ts';

/** Everything the store holds about one record: the record as submitted, its clocks, delivery, board progress and audit trail. */
export interface RecordDossier extends ChosenRecord {
  boardId: string;
  submittedAt: Date;
  submittedBy: string;
  edition: string;
  packVersion: string;
  payload: unknown;
  clocks: Array<{ clockId: string; description: string; startsAt: Date; dueBy: Date | null; notSetMessage: string | null }>;
  boardItem: { state: string; dueBy: Date | null; acknowledgedAt: Date | null; assigneeName: string | null; doneAt: Date | null } | null;
  delivery: DeliveryState | null;
  audit: StoredAuditEntry[];
}

async function recordRow(db: Queryable, recordId: string) {
  const { rows } = await db.query<{ board_id: string; created_at: Date; submitter_identity: string; edition: string; pack_version: string; payload: unknown }>(
    'SELECT board_id, created_at, submitter_identity, edition, pack_version, payload FROM records WHERE id = $1',
    [recordId],
  );
  const row = rows[0];
  if (!row) throw new Error(`Record ${recordId} is no longer in the store.`);
  return row;
}

async function clocksOf(db: Queryable, recordId: string): Promise<RecordDossier['clocks']> {
  const { rows } = await db.query<{ clock_id: string; description: string; starts_at: Date; due_by: Date | null; not_set_message: string | null }>(
    'SELECT clock_id, description, starts_at, due_by, not_set_message FROM record_clocks WHERE record_id = $1 ORDER BY position',
    [recordId],
  );
  return rows.map((row) => ({ clockId: row.clock_id, description: row.description, startsAt: row.starts_at, dueBy: row.due_by, notSetMessage: row.not_set_message }));
}

async function boardItemOf(db: Queryable, recordId: string): Promise<RecordDossier['boardItem']> {
  const { rows } = await db.query<{ state: string; due_by: Date | null; acknowledged_at: Date | null; assignee_name: string | null; done_at: Date | null }>(
    'SELECT state, due_by, acknowledged_at, assignee_name, done_at FROM board_items WHERE record_id = $1',
    [recordId],
  );
  const row = rows[0];
  return row ? { state: row.state, dueBy: row.due_by, acknowledgedAt: row.acknowledged_at, assigneeName: row.assignee_name, doneAt: row.done_at } : null;
}

export async function dossierOf(db: Queryable, chosen: ChosenRecord): Promise<RecordDossier> {
  const record = await recordRow(db, chosen.recordId);
  return {
    ...chosen,
    boardId: record.board_id,
    submittedAt: record.created_at,
    submittedBy: record.submitter_identity,
    edition: record.edition,
    packVersion: record.pack_version,
    payload: record.payload,
    clocks: await clocksOf(db, chosen.recordId),
    boardItem: await boardItemOf(db, chosen.recordId),
    delivery: (await deliveryStateOf(db, chosen.recordId)) ?? null,
    audit: await auditTrailOf(db, chosen.recordId),
  };
}
