import type { RetentionFacts } from '../../../knowledge/retention/retentionEnd.ts';
import type { LadoOutcomeValue } from '../../../knowledge/lado/index.ts';
import type { Queryable } from '../../storage/database.ts';

/** A stored record as retention sees it: what it is, the dates its period may start from, and whether it is held. */
export interface RetentionCandidate {
  recordId: string;
  boardId: string;
  type: string;
  reference: string;
  held: boolean;
  facts: RetentionFacts;
}

interface CandidateRow {
  id: string;
  board_id: string;
  type: string;
  reference: string;
  created_at: Date;
  last_contact_at: Date | null;
  subject_date_of_birth: string | null;
  outcome: LadoOutcomeValue | null;
  closed_on: string | null;
  held: boolean;
}

/**
 * Entries that are no contact about the case: reading a record, and placing or lifting a legal hold (a hold must not
 * lengthen the period it pauses). Entries by the bot itself (system:) and by operators do not count either.
 */
const NOT_CONTACT = ['record.viewed', 'record.viewRefused', 'record.readBySubmitter', 'case.viewed', 'case.viewRefused', 'record.hold_placed', 'record.hold_lifted'];

/**
 * One page of records after `afterId`, in id order, with their retention facts. The LADO outcome of a referral is the
 * latest lado_outcome record naming it. Reads only: nothing is locked.
 */
export async function retentionCandidatesAfter(db: Queryable, afterId: string, pageSize: number): Promise<RetentionCandidate[]> {
  const { rows } = await db.query<CandidateRow>(
    `SELECT r.id, r.board_id, r.type, r.reference, r.created_at,
       (SELECT max(a.at) FROM audit_log a WHERE a.record_id = r.id AND a.action <> ALL($3::text[])
          AND a.actor NOT LIKE 'system:%' AND a.actor NOT LIKE 'operator:%') AS last_contact_at,
       r.payload->'subject'->>'dateOfBirth' AS subject_date_of_birth,
       o.outcome, o.closed_on,
       EXISTS (SELECT 1 FROM legal_holds h WHERE h.record_id = r.id AND h.lifted_at IS NULL) AS held
     FROM records r
     LEFT JOIN LATERAL (
       SELECT payload->>'outcome' AS outcome, payload->>'closedOn' AS closed_on FROM records o
       WHERE r.type = 'lado_referral' AND o.board_id = r.board_id AND o.payload->>'referralReference' = r.reference
         AND o.type = 'lado_outcome'
       ORDER BY o.created_at DESC LIMIT 1
     ) o ON true
     WHERE r.id > $1::uuid
     ORDER BY r.id
     LIMIT $2`,
    [afterId, pageSize, NOT_CONTACT],
  );
  return rows.map((row) => ({
    recordId: row.id,
    boardId: row.board_id,
    type: row.type,
    reference: row.reference,
    held: row.held,
    facts: {
      submittedAt: row.created_at,
      lastContactAt: row.last_contact_at ?? row.created_at,
      outcome: row.outcome ?? undefined,
      closedOn: row.closed_on ?? undefined,
      subjectDateOfBirth: row.subject_date_of_birth ?? undefined,
    },
  }));
}

export const FIRST_RECORD_ID = '00000000-0000-0000-0000-000000000000';
