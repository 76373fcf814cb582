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
  created_at: Date;
  payload: unknown;
}

/** What the search keeps of each record: never its payload, so a board of any size is read a page at a time. */
interface ScannedRecord {
  id: string;
  type: string;
  reference: string;
  createdAt: Date;
  namingFields: string[];
  follows: string[];
}

const PAGE_SIZE = 500;

async function scanBoard(db: Queryable, boardId: string, subject: string): Promise<ScannedRecord[]> {
  const scanned: ScannedRecord[] = [];
  let after: BoardRecordRow | undefined;
  for (;;) {
    const { rows }: { rows: BoardRecordRow[] } = await db.query<BoardRecordRow>(
      `SELECT id, type, reference, created_at, payload FROM records
       WHERE board_id = $1 AND ($2::uuid IS NULL OR id > $2::uuid)
       ORDER BY id LIMIT ${PAGE_SIZE}`,
      [boardId, after?.id ?? null],
    );
    for (const row of rows) {
      const namingFields = fieldsNaming(subject, row.type, row.payload).map((field) => field.path);
      scanned.push({ id: row.id, type: row.type, reference: row.reference, createdAt: row.created_at, namingFields, follows: referencesFollowed(row.payload) });
    }
    if (rows.length < PAGE_SIZE) return scanned.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.reference.localeCompare(b.reference));
    after = rows[rows.length - 1];
  }
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
  const records = await scanBoard(db, boardId, subject);
  const chosen = new Map<string, ChosenRecord>();
  const choose = (record: ScannedRecord, because: string[]) => chosen.set(record.id, { recordId: record.id, reference: record.reference, recordType: record.type, because });
  for (const record of records) {
    if (record.namingFields.length > 0)
      choose(
        record,
        record.namingFields.map((path) => `names the subject in ${path}`),
      );
  }
  for (let added = true; added;) {
    added = false;
    const chosenReferences = new Set([...chosen.values()].map((record) => record.reference));
    for (const record of records) {
      const followed = record.follows.filter((reference) => chosenReferences.has(reference));
      if (chosen.has(record.id) || followed.length === 0) continue;
      choose(
        record,
        followed.map((reference) => `follows on from ${reference}`),
      );
      added = true;
    }
  }
  return records.flatMap((record) => chosen.get(record.id) ?? []);
}
