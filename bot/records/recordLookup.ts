import type { Queryable } from '../storage/database.ts';

export interface RecordKey {
  recordId: string;
  boardId: string;
  reference: string;
  recordType: string;
}

/** Records with this reference: of one board (at most one), or of every board (a reference is unique per board only). */
export async function recordsWithReference(db: Queryable, reference: string, boardId?: string): Promise<RecordKey[]> {
  const { rows } = await db.query<{ id: string; board_id: string; reference: string; type: string }>(
    'SELECT id, board_id, reference, type FROM records WHERE reference = $1 AND ($2::text IS NULL OR board_id = $2) ORDER BY board_id',
    [reference.trim().toUpperCase(), boardId ?? null],
  );
  return rows.map((row) => ({ recordId: row.id, boardId: row.board_id, reference: row.reference, recordType: row.type }));
}
