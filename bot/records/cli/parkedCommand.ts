import { listParkedDeliveries, type ParkedDelivery } from '../../delivery/parkedDeliveries.ts';
import { appendAuditEntry } from '../../audit/auditLog.ts';
import { recordTypeLabel } from '../../boardInbox/itemLabels.ts';
import { readableTime } from '../readableTime.ts';
import { knownBoard, print, readOptions } from './commandOptions.ts';
import type { RecordsCommand } from './recordsCommand.ts';

const USAGE = 'parked [--board <id>]';

function lines(parked: ParkedDelivery[]): string[] {
  if (parked.length === 0) return ['No deliveries are parked.'];
  return [
    `${parked.length} parked ${parked.length === 1 ? 'delivery' : 'deliveries'}:`,
    ...parked.map(
      (item) =>
        `- ${item.reference} (${recordTypeLabel(item.recordType)}, board ${item.boardId}): parked at ${readableTime(item.parkedAt)} ` +
        `after ${item.attempts} ${item.attempts === 1 ? 'attempt' : 'attempts'}: ${item.reason ?? 'no reason recorded'}.` +
        (item.operationsAlertedAt === null ? ' Board operations not yet alerted.' : ''),
    ),
    'Re-queue one with: npm run records -- requeue <reference>, or all with: npm run records -- requeue --all',
  ];
}

/** Lists the deliveries the worker has given up on, and why; the look is audited. */
export const parkedCommand: RecordsCommand = {
  name: 'parked',
  usage: `${USAGE}  list parked deliveries and why`,
  async run(args, context) {
    const options = readOptions(args, { board: { type: 'string' } }, context, USAGE);
    if (!options || !knownBoard(options.values.board, context)) return 2;
    const boardId = options.values.board;
    const parked = await listParkedDeliveries(context.db, boardId);
    await appendAuditEntry(context.db, { actor: context.actor, action: 'deliveries.parkedListed', detail: { boardId: boardId ?? null, count: parked.length } });
    print(context, { parked }, () => lines(parked));
    return 0;
  },
};
