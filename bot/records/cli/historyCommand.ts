import { recordTypeLabel } from '../../boardInbox/itemLabels.ts';
import { deliveryStateOf, type DeliveryState } from '../../delivery/deliveryState.ts';
import { appendAuditEntry, auditTrailOf, type StoredAuditEntry } from '../../audit/auditLog.ts';
import { readableTime } from '../readableTime.ts';
import { knownBoard, print, readOptions } from './commandOptions.ts';
import { oneRecordWithReference } from './recordReference.ts';
import type { RecordsCommand } from './recordsCommand.ts';

const USAGE = 'history <reference> [--board <id>]';

function stateLine(state: DeliveryState): string {
  const where = state.destination === 'boardInbox' ? 'the built-in board inbox' : "the board's system";
  const failure = state.lastError === null ? '' : ` Last failure: ${state.lastErrorStatus === null ? 'no HTTP answer' : `HTTP ${state.lastErrorStatus}`}, ${state.lastError}.`;
  const next = state.nextAttemptAt === null ? '' : ` Next attempt at ${readableTime(state.nextAttemptAt)}.`;
  const boardReference = state.boardReference === null ? '' : ` The board's reference: ${state.boardReference}.`;
  return `Status: ${state.status}, to ${where}, after ${state.attempts} attempts.${next}${failure}${boardReference}`;
}

function lines(state: DeliveryState, audit: StoredAuditEntry[]): string[] {
  return [
    `${recordTypeLabel(state.recordType)} ${state.reference} (board ${state.boardId}), submitted at ${readableTime(state.submittedAt)}.`,
    stateLine(state),
    'History:',
    ...audit.map((entry) => `- ${readableTime(entry.at)}  ${entry.action}  by ${entry.actor}  ${JSON.stringify(entry.detail)}`),
  ];
}

/** A record's delivery: where it stands and each step of its audit trail (which never holds case detail). */
export const historyCommand: RecordsCommand = {
  name: 'history',
  usage: `${USAGE}  a record's delivery history`,
  async run(args, context) {
    const options = readOptions(args, { board: { type: 'string' } }, context, USAGE);
    if (!options || !knownBoard(options.values.board, context)) return 2;
    const [reference, ...extra] = options.positionals;
    if (reference === undefined || extra.length > 0) {
      context.io.err(`Give one reference.\nUsage: npm run records -- ${USAGE}`);
      return 2;
    }
    const record = await oneRecordWithReference(context, reference, options.values.board);
    if (typeof record === 'number') return record;
    const state = await deliveryStateOf(context.db, record.recordId);
    if (!state) {
      context.io.err(`${record.reference} has no delivery recorded.`);
      return 1;
    }
    const audit = await auditTrailOf(context.db, record.recordId);
    await appendAuditEntry(context.db, { actor: context.actor, action: 'record.deliveryHistoryViewed', recordId: record.recordId, detail: { reference: record.reference } });
    print(context, { delivery: state, audit }, () => lines(state, audit));
    return 0;
  },
};
