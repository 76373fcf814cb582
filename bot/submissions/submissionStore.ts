import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import { londonDate } from '../../knowledge/calendar/london.ts';
import type { RecordType } from '../../knowledge/records/recordSchema.ts';
import type { Database, Queryable } from '../storage/database.ts';
import { appendAuditEntry, type AuditValue } from '../audit/auditLog.ts';
import type { StoredClock } from './clockPlan.ts';
import type { PlannedTimer } from './clockTimers.ts';
import { formatReference } from './references.ts';

export type Destination = 'webhook' | 'boardInbox';

/** Who a timer tells: the staff behind the record type's alert route, or (with no route) the submitter. */
export type TimerTarget = { kind: 'route'; route: string } | { kind: 'submitter' };

export interface NewSubmission {
  recordId: string;
  boardId: string;
  type: RecordType;
  formInstanceId: string;
  edition: string;
  packVersion: string;
  submitterIdentity: string;
  payload: unknown;
  submittedAt: Date;
  conversation: Partial<ConversationReference>;
  clocks: readonly StoredClock[];
  timers: readonly PlannedTimer[];
  timerTarget: TimerTarget;
  destination: Destination;
}

/** What a receipt is built from, for a new record or one found by its form instance. */
export interface StoredSubmission {
  recordId: string;
  boardId: string;
  type: string;
  reference: string;
  submittedAt: Date;
  destination: Destination;
  clocks: Array<Pick<StoredClock, 'clockId' | 'description' | 'dueBy' | 'notSetMessage'>>;
}

/** Thrown inside the transaction to roll back the reference number it took. */
class FormInstanceTaken extends Error {}

async function nextReference(tx: Queryable, submission: NewSubmission): Promise<string> {
  const year = Number(londonDate(submission.submittedAt).slice(0, 4));
  const { rows } = await tx.query<{ last_number: number }>(
    `INSERT INTO reference_counters (board_id, record_type, year, last_number) VALUES ($1, $2, $3, 1)
     ON CONFLICT (board_id, record_type, year) DO UPDATE SET last_number = reference_counters.last_number + 1
     RETURNING last_number`,
    [submission.boardId, submission.type, year],
  );
  return formatReference(submission.type, year, rows[0]?.last_number ?? 1);
}

async function insertRecord(tx: Queryable, submission: NewSubmission, reference: string): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO records (id, board_id, type, reference, form_instance_id, edition, pack_version, submitter_identity, payload, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)
     ON CONFLICT (form_instance_id) DO NOTHING`,
    [
      submission.recordId,
      submission.boardId,
      submission.type,
      reference,
      submission.formInstanceId,
      submission.edition,
      submission.packVersion,
      submission.submitterIdentity,
      JSON.stringify(submission.payload),
      submission.submittedAt,
    ],
  );
  return rowCount === 1;
}

async function insertClocksAndTimers(tx: Queryable, submission: NewSubmission): Promise<void> {
  for (const clock of submission.clocks) {
    await tx.query(
      `INSERT INTO record_clocks (record_id, clock_id, position, edition, rule_status, starts_at, due_date, due_by, not_set_message, description, holiday_data_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        submission.recordId,
        clock.clockId,
        clock.position,
        clock.edition,
        clock.ruleStatus,
        clock.startsAt,
        clock.dueDate,
        clock.dueBy,
        clock.notSetMessage,
        clock.description,
        clock.holidayDataVersion,
      ],
    );
  }
  const target = submission.timerTarget;
  for (const timer of submission.timers) {
    await tx.query(
      `INSERT INTO timers (id, record_id, board_id, clock_id, kind, fire_at, due_by, target_kind, target_route)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [randomUUID(), submission.recordId, submission.boardId, timer.clockId, timer.kind, timer.fireAt, timer.dueBy, target.kind, target.kind === 'route' ? target.route : null],
    );
  }
}

async function insertOutboxRow(tx: Queryable, submission: NewSubmission): Promise<void> {
  // The built-in board inbox is the store itself: the record is there the moment it is committed.
  const delivered = submission.destination === 'boardInbox';
  await tx.query(
    `INSERT INTO outbox (record_id, board_id, destination, status, next_attempt_at, delivered_at, submitter_notified_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6)`,
    [submission.recordId, submission.boardId, submission.destination, delivered ? 'delivered' : 'pending', submission.submittedAt, delivered ? submission.submittedAt : null],
  );
}

/**
 * Writes a submission in one transaction: the record with its next reference, the submitter's conversation, its
 * clocks and timers, its outbox row and an audit entry. Returns 'taken' when the form instance was already
 * submitted (also by a confirm racing this one); the transaction is then rolled back and no number is used up.
 */
export async function writeSubmission(db: Database, submission: NewSubmission): Promise<{ reference: string } | 'taken'> {
  try {
    return await db.transaction(async (tx) => {
      const reference = await nextReference(tx, submission);
      if (!(await insertRecord(tx, submission, reference))) throw new FormInstanceTaken();
      await tx.query('INSERT INTO submitter_conversations (record_id, conversation) VALUES ($1, $2::jsonb)', [submission.recordId, JSON.stringify(submission.conversation)]);
      await insertClocksAndTimers(tx, submission);
      await insertOutboxRow(tx, submission);
      await appendAuditEntry(tx, {
        actor: submission.submitterIdentity,
        action: 'record.submitted',
        recordId: submission.recordId,
        detail: {
          type: submission.type,
          reference,
          edition: submission.edition,
          packVersion: submission.packVersion,
          destination: submission.destination,
          clocks: submission.clocks.map((clock): AuditValue => ({ clockId: clock.clockId, dueBy: clock.dueBy?.toISOString() ?? null })),
          timers: submission.timers.length,
        },
      });
      return { reference };
    });
  } catch (error) {
    if (error instanceof FormInstanceTaken) return 'taken';
    throw error;
  }
}

/** The record a form instance produced, if it was submitted. */
export async function findSubmission(db: Queryable, formInstanceId: string): Promise<StoredSubmission | undefined> {
  const { rows } = await db.query<{ id: string; board_id: string; type: string; reference: string; created_at: Date; destination: Destination }>(
    `SELECT records.id, records.board_id, records.type, records.reference, records.created_at, outbox.destination
     FROM records JOIN outbox ON outbox.record_id = records.id
     WHERE records.form_instance_id = $1`,
    [formInstanceId],
  );
  const row = rows[0];
  if (!row) return undefined;
  const clocks = await db.query<{ clock_id: string; description: string; due_by: Date | null; not_set_message: string | null }>(
    'SELECT clock_id, description, due_by, not_set_message FROM record_clocks WHERE record_id = $1 ORDER BY position',
    [row.id],
  );
  return {
    recordId: row.id,
    boardId: row.board_id,
    type: row.type,
    reference: row.reference,
    submittedAt: row.created_at,
    destination: row.destination,
    clocks: clocks.rows.map((clock) => ({ clockId: clock.clock_id, description: clock.description, dueBy: clock.due_by, notSetMessage: clock.not_set_message })),
  };
}
