import { fieldsNaming } from '../../../knowledge/records/personNames.ts';
import type { Queryable } from '../../storage/database.ts';

/** A record chosen for an export, and why: the fields naming the subject, or the record it follows on from. */
export interface ChosenRecord {
  recordId: string;
  reference: string;
  recordType: string;
  because: string[];
}

interface BoardRecordRow {
  id: string;
  type: string;
  reference: string;
  payload: unknown;
}

async function boardRecords(db: Queryable, boardId: string): Promise<BoardRecordRow[]> {
  const { rows } = await db.query<BoardRecordRow>('SELECT id, type, reference, payload FROM records WHERE board_id = $1 ORDER BY created_at, reference', [
    boardId,
  ]);
  return rows;
}

/** The references a record follows on from: a decision's referral, a review's notification (top-level `…Reference` fields). */
function referencesFollowed(payload: unknown): string[] {
  if (typeof payload !== 'object' || payload === null) return [];
  return Object.entries(payload)
    .filter(([key, value]) => key.endsWith('Reference') && typeof value === 'string')
    .map(([, value]) => (value as string).trim().toUpperCase());
}

/**
 * The board's records about one person: those naming them in a name field (whole name, any case, with or without
 * accents), then every record that follows on from one of those (a LADO decision on their referral, and so on).
 */
export async function recordsAboutSubject(db: Queryable, boardId: string, subject: string): Promise<ChosenRecord[]> {
  const rows = await boardRecords(db, boardId);
  const chosen = new Map<string, ChosenRecord>();
  for (const row of rows) {
    const fields = fieldsNaming(subject, row.type, row.payload);
    if (fields.length > 0) chosen.set(row.id, { recordId: row.id, reference: row.reference, recordType: row.type, because: fields.map((field) => `names the subject in ${field.path}`) });
  }
  for (let added = true; added; ) {
    added = false;
    const chosenReferences = new Set([...chosen.values()].map((record) => record.reference));
    for (const row of rows) {
      if (chosen.has(row.id)) continue;
      const followed = referencesFollowed(row.payload).filter((reference) => chosenReferences.has(reference));
      if (followed.length === 0) continue;
      chosen.set(row.id, { recordId: row.id, reference: row.reference, recordType: row.type, because: followed.map((reference) => `follows on from ${reference}`) });
      added = true;
    }
  }
  return rows.flatMap((row) => chosen.get(row.id) ?? []);
}
