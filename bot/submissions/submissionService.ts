import { randomUUID } from 'node:crypto';
import type { AlertOutcome } from '../../cards/templates/receiptStatus.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { isRecordType, RECORD_SCHEMAS, type RecordType, type SafeguardingRecord } from '../../knowledge/records/recordSchema.ts';
import type { SavedForms, SubmissionPort, SubmissionReceipt, SubmissionRequest, TimeSource } from '../../dialogs/ports.ts';
import type { Database } from '../storage/database.ts';
import { planClocks, submittedClockOf } from './clockPlan.ts';
import { packVersionOf } from './packVersion.ts';
import { findSubmission, writeSubmission, type Destination, type StoredSubmission, type TimerTarget } from './submissionStore.ts';

/** The submission cannot be stored as given. The message names fields and rules, never the values entered. */
export class SubmissionRejectedError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The submission was not stored: ${problems.join('; ')}.`);
    this.name = 'SubmissionRejectedError';
    this.problems = problems;
  }
}

/** A record committed to the store, for what must happen next (delivery, alerts). */
export interface SubmittedRecord {
  recordId: string;
  boardId: string;
  type: RecordType;
  reference: string;
  destination: Destination;
}

/** The record's alert for its receipt (see AlertRouter.alertForReceipt). */
export type ReceiptAlerts = (record: { recordId: string; boardId: string; recordType: string; reference: string; dueBy?: Date }, options: { oweFollowUp: boolean }) => Promise<AlertOutcome>;

export interface SubmissionServiceOptions {
  db: Database;
  boardFor: (boardId: string) => Board | undefined;
  time: TimeSource;
  /** Called after each new record is committed (never for a duplicate), e.g. to nudge the delivery worker. */
  onSubmitted?: (record: SubmittedRecord) => void;
  /** Raises the record's alert before the receipt is made, so it can say truly whether board staff were alerted. */
  alerts?: ReceiptAlerts;
}

/** Threshold consultations stay in the product unless the board asks for them (options.postThresholdConsultations). */
function destinationOf(board: Board, type: RecordType): Destination {
  if (board.webhook === undefined) return 'boardInbox';
  if (type === 'threshold_consultation' && !board.options.postThresholdConsultations) return 'boardInbox';
  return 'webhook';
}

function timerTargetOf(board: Board, type: RecordType): TimerTarget {
  const route = board.alertRoutes[type];
  return route === undefined ? { kind: 'submitter' } : { kind: 'route', route };
}

function earliestDueBy(stored: StoredSubmission): Date | undefined {
  const ends = stored.clocks.flatMap((clock) => (clock.dueBy ? [clock.dueBy.getTime()] : []));
  return ends.length === 0 ? undefined : new Date(Math.min(...ends));
}

/**
 * The one way a record enters the store. It validates the record with its zod schema, then writes the record,
 * its outbox row, its clocks' timers and an audit entry in one transaction. A form instance is stored once:
 * a repeated or racing confirm gets the same record back, marked duplicate.
 */
export class SubmissionService implements SubmissionPort, SavedForms {
  readonly #options: SubmissionServiceOptions;

  constructor(options: SubmissionServiceOptions) {
    this.#options = options;
  }

  async submit(request: SubmissionRequest): Promise<SubmissionReceipt> {
    const { db } = this.#options;
    const existing = await findSubmission(db, request.formInstanceId);
    if (existing) return this.#receiptOf(existing, true, request);

    const { board, type, record } = this.#validate(request);
    const submittedAt = this.#options.time.now();
    const plan = planClocks(board, record.edition, request.clocks, submittedAt);
    const recordId = randomUUID();
    const destination = destinationOf(board, type);
    const written = await writeSubmission(db, {
      recordId,
      boardId: board.id,
      type,
      formInstanceId: request.formInstanceId,
      edition: record.edition,
      packVersion: packVersionOf(record.edition),
      submitterIdentity: request.submitter.identity,
      payload: record,
      submittedAt,
      conversation: request.conversation,
      clocks: plan.clocks,
      timers: plan.timers,
      timerTarget: timerTargetOf(board, type),
      destination,
    });
    if (written === 'taken') {
      const winner = await findSubmission(db, request.formInstanceId);
      if (!winner) throw new Error('A submission of this form was reported but cannot be read back.');
      return this.#receiptOf(winner, true, request);
    }
    this.#options.onSubmitted?.({ recordId, boardId: board.id, type, reference: written.reference, destination });
    return this.#receiptOf({ recordId, boardId: board.id, type, reference: written.reference, submittedAt, destination, clocks: plan.clocks }, false, request);
  }

  async #receiptOf(stored: StoredSubmission, duplicate: boolean, request: SubmissionRequest): Promise<SubmissionReceipt> {
    const dueBy = earliestDueBy(stored);
    const alert = this.#options.alerts
      ? await this.#options.alerts(
          { recordId: stored.recordId, boardId: stored.boardId, recordType: stored.type, reference: stored.reference, ...(dueBy && { dueBy }) },
          { oweFollowUp: request.reportAlert === true },
        )
      : 'none';
    return {
      recordId: stored.recordId,
      reference: stored.reference,
      duplicate,
      submittedAt: stored.submittedAt,
      clocks: stored.clocks.map(submittedClockOf),
      deliveredThrough: stored.destination,
      alert,
    };
  }

  async referenceSavedFrom(formInstanceId: string, submitterIdentity: string): Promise<string | undefined> {
    const { rows } = await this.#options.db.query<{ reference: string }>('SELECT reference FROM records WHERE form_instance_id = $1 AND submitter_identity = $2', [formInstanceId, submitterIdentity]);
    return rows[0]?.reference;
  }

  #validate(request: SubmissionRequest): { board: Board; type: RecordType; record: SafeguardingRecord } {
    const board = this.#options.boardFor(request.boardId);
    if (!board) throw new SubmissionRejectedError([`no board "${request.boardId}" is configured`]);
    if (!isRecordType(request.recordType)) throw new SubmissionRejectedError([`"${request.recordType}" is not a record type`]);
    const parsed = RECORD_SCHEMAS[request.recordType].safeParse(request.record);
    if (!parsed.success) {
      throw new SubmissionRejectedError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`));
    }
    const record = parsed.data as SafeguardingRecord;
    const problems: string[] = [];
    if (record.type !== request.recordType) problems.push(`type: the record is a ${record.type}, not a ${request.recordType}`);
    if (record.boardId !== board.id) problems.push(`boardId: the record belongs to board "${record.boardId}", not "${board.id}"`);
    const clockIds = request.clocks.map((clock) => clock.clockId);
    if (new Set(clockIds).size !== clockIds.length) problems.push('clocks: a clock is started twice');
    if (problems.length > 0) throw new SubmissionRejectedError(problems);
    return { board, type: request.recordType, record };
  }
}
