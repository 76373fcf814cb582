import { randomUUID } from 'node:crypto';
import type { RecordType } from '../../knowledge/records/recordSchema.ts';
import { SubmissionService } from '../../bot/submissions/submissionService.ts';
import type { Database } from '../../bot/storage/database.ts';
import type { TestBoardDirectory } from '../submissions/testBoards.ts';
import { recordFor, submissionRequest } from '../submissions/sampleSubmissions.ts';

/** Submits sample records through the real submission service, on the real clock. */
export function recordSubmitter(db: Database, boards: TestBoardDirectory) {
  const service = new SubmissionService({ db, boardFor: (id) => boards.boards.get(id), time: { now: () => new Date() } });
  return async (type: RecordType, boardId: string, changes: Record<string, unknown> = {}) => {
    const record = { ...recordFor(type, boardId), ...changes };
    const receipt = await service.submit(submissionRequest(type, boardId, { formInstanceId: randomUUID(), record }));
    return { recordId: receipt.recordId, reference: receipt.reference };
  };
}

/** Copies a stored record `count` times with new ids, references and form instances, and an outbox row each. */
export async function copyRecord(db: Database, recordId: string, count: number): Promise<void> {
  await db.query(
    `INSERT INTO records (id, board_id, type, reference, form_instance_id, edition, pack_version, submitter_identity, payload, created_at)
     SELECT gen_random_uuid(), board_id, type, 'COPY-' || lpad(n::text, 7, '0'), 'copy-' || n || '-' || id, edition, pack_version,
       submitter_identity, payload, created_at
     FROM records, generate_series(1, $2::int) AS n WHERE records.id = $1`,
    [recordId, count],
  );
  await db.query(
    `INSERT INTO outbox (record_id, board_id, destination, status, next_attempt_at)
     SELECT id, board_id, 'boardInbox', 'delivered', now() FROM records WHERE reference LIKE 'COPY-%'
     ON CONFLICT (record_id) DO NOTHING`,
  );
}

/** A time this many years (and days) after now: the controllable clock retention is judged by. */
export function yearsFromNow(years: number, days = 0): Date {
  const later = new Date();
  later.setUTCFullYear(later.getUTCFullYear() + years);
  return new Date(later.getTime() + days * 86_400_000);
}
