import type { Queryable } from '../storage/database.ts';

/** How far board staff have got with a record: open → acknowledged → assigned → done. */
export const BOARD_ITEM_STATES = ['open', 'acknowledged', 'assigned', 'done'] as const;
export type BoardItemState = (typeof BOARD_ITEM_STATES)[number];

/** A record in the board's built-in inbox, without its case detail. */
export interface BoardItem {
  recordId: string;
  boardId: string;
  recordType: string;
  reference: string;
  state: BoardItemState;
  dueBy: Date | null;
  acknowledgedBy: string | null;
  assigneeIdentity: string | null;
  assigneeName: string | null;
  submittedAt: Date;
}

/** The part of an item that actions change. */
export type BoardItemProgress = Pick<BoardItem, 'state' | 'acknowledgedBy' | 'assigneeIdentity' | 'assigneeName'>;

interface BoardItemRow {
  record_id: string;
  board_id: string;
  type: string;
  reference: string;
  state: BoardItemState;
  due_by: Date | null;
  acknowledged_by: string | null;
  assignee_identity: string | null;
  assignee_name: string | null;
  created_at: Date;
}

const ITEM_COLUMNS = `b.record_id, b.board_id, r.type, r.reference, b.state, b.due_by, b.acknowledged_by, b.assignee_identity,
  b.assignee_name, r.created_at`;

function itemOf(row: BoardItemRow): BoardItem {
  return {
    recordId: row.record_id,
    boardId: row.board_id,
    recordType: row.type,
    reference: row.reference,
    state: row.state,
    dueBy: row.due_by,
    acknowledgedBy: row.acknowledged_by,
    assigneeIdentity: row.assignee_identity,
    assigneeName: row.assignee_name,
    submittedAt: row.created_at,
  };
}

/** Adds a record to its board's inbox; false when it is there already. */
export async function createBoardItem(tx: Queryable, item: { recordId: string; boardId: string; dueBy: Date | null; state: BoardItemState; at: Date }): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO board_items (record_id, board_id, state, due_by, updated_at, created_at) VALUES ($1, $2, $3, $4, $5, $5)
     ON CONFLICT (record_id) DO NOTHING`,
    [item.recordId, item.boardId, item.state, item.dueBy, item.at],
  );
  return rowCount === 1;
}

/** An item, locked for the rest of the transaction when `forUpdate` (actions read, change and write it). */
export async function boardItemOf(tx: Queryable, recordId: string, options: { forUpdate?: boolean } = {}): Promise<BoardItem | undefined> {
  const { rows } = await tx.query<BoardItemRow>(`SELECT ${ITEM_COLUMNS} FROM board_items b JOIN records r ON r.id = b.record_id WHERE b.record_id = $1${options.forUpdate ? ' FOR UPDATE OF b' : ''}`, [
    recordId,
  ]);
  return rows[0] && itemOf(rows[0]);
}

export async function boardItemByReference(db: Queryable, boardId: string, reference: string): Promise<BoardItem | undefined> {
  const { rows } = await db.query<BoardItemRow>(`SELECT ${ITEM_COLUMNS} FROM board_items b JOIN records r ON r.id = b.record_id WHERE b.board_id = $1 AND r.reference = $2`, [boardId, reference]);
  return rows[0] && itemOf(rows[0]);
}

export async function saveBoardItemProgress(tx: Queryable, recordId: string, progress: BoardItemProgress, at: Date): Promise<void> {
  await tx.query(
    `UPDATE board_items SET state = $2, acknowledged_by = $3, acknowledged_at = CASE WHEN $3::text IS NULL THEN NULL ELSE COALESCE(acknowledged_at, $6) END,
       assignee_identity = $4, assignee_name = $5, done_at = CASE WHEN $2 = 'done' THEN COALESCE(done_at, $6) ELSE NULL END, updated_at = $6
     WHERE record_id = $1`,
    [recordId, progress.state, progress.acknowledgedBy, progress.assigneeIdentity, progress.assigneeName, at],
  );
}

/** A board's items that are not done, of the given record types, soonest due first. */
export async function openBoardItems(db: Queryable, boardId: string, recordTypes: readonly string[], limit: number): Promise<BoardItem[]> {
  const { rows } = await db.query<BoardItemRow>(
    `SELECT ${ITEM_COLUMNS} FROM board_items b JOIN records r ON r.id = b.record_id
     WHERE b.board_id = $1 AND b.state <> 'done' AND r.type = ANY($2::text[])
     ORDER BY b.due_by ASC NULLS LAST, r.created_at ASC
     LIMIT $3`,
    [boardId, recordTypes, limit],
  );
  return rows.map(itemOf);
}

/** A submitted record that belongs in a board inbox but has no item yet. */
export interface RecordAwaitingItem {
  recordId: string;
  boardId: string;
  recordType: string;
  reference: string;
  /** The earliest end of its clocks. */
  dueBy: Date | null;
}

/** Records of the given types committed without a board item (the submission's alert is still owed), oldest first. */
export async function recordsAwaitingItems(db: Queryable, recordTypes: readonly string[], limit: number): Promise<RecordAwaitingItem[]> {
  const { rows } = await db.query<{ id: string; board_id: string; type: string; reference: string; due_by: Date | null }>(
    `SELECT r.id, r.board_id, r.type, r.reference, (SELECT min(c.due_by) FROM record_clocks c WHERE c.record_id = r.id) AS due_by
     FROM records r
     WHERE r.type = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM board_items b WHERE b.record_id = r.id)
     ORDER BY r.created_at
     LIMIT $2`,
    [recordTypes, limit],
  );
  return rows.map((row) => ({ recordId: row.id, boardId: row.board_id, recordType: row.type, reference: row.reference, dueBy: row.due_by }));
}

/** The stored record itself: case detail, for an authorised view only. */
export async function recordPayloadOf(db: Queryable, recordId: string): Promise<unknown> {
  const { rows } = await db.query<{ payload: unknown }>('SELECT payload FROM records WHERE id = $1', [recordId]);
  return rows[0]?.payload;
}
