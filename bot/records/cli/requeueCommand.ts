import { listParkedDeliveries, requeueParkedDelivery } from '../../delivery/parkedDeliveries.ts';
import type { RecordKey } from '../recordLookup.ts';
import { knownBoard, print, readOptions } from './commandOptions.ts';
import { oneRecordWithReference } from './recordReference.ts';
import type { RecordsCliContext, RecordsCommand } from './recordsCommand.ts';

const USAGE = 'requeue <reference> [--board <id>] | requeue --all [--board <id>]';

/** Each in its own short transaction, so the running worker and bot wait for no more than one row at a time. */
async function requeueEach(context: RecordsCliContext, records: RecordKey[]): Promise<{ requeued: string[]; notParked: string[] }> {
  const requeued: string[] = [];
  const notParked: string[] = [];
  for (const record of records) {
    const done = await requeueParkedDelivery(context.db, record.recordId, context.actor, context.now());
    (done ? requeued : notParked).push(record.reference);
  }
  return { requeued, notParked };
}

async function recordsToRequeue(context: RecordsCliContext, all: boolean, reference: string | undefined, boardId: string | undefined): Promise<RecordKey[] | 1 | 2> {
  if (all) return listParkedDeliveries(context.db, boardId);
  const record = await oneRecordWithReference(context, reference as string, boardId);
  return typeof record === 'number' ? record : [record];
}

/** Puts parked deliveries back in the queue: the running bot's worker delivers each once on its next pass. */
export const requeueCommand: RecordsCommand = {
  name: 'requeue',
  usage: `${USAGE}  re-queue parked deliveries`,
  async run(args, context) {
    const options = readOptions(args, { board: { type: 'string' }, all: { type: 'boolean' } }, context, USAGE);
    if (!options || !knownBoard(options.values.board, context)) return 2;
    const all = options.values.all === true;
    const [reference, ...extra] = options.positionals;
    if (all === (reference !== undefined) || extra.length > 0) {
      context.io.err(`Give one reference, or --all.\nUsage: npm run records -- ${USAGE}`);
      return 2;
    }
    const records = await recordsToRequeue(context, all, reference, options.values.board);
    if (typeof records === 'number') return records;
    const result = await requeueEach(context, records);
    print(context, result, () => [
      result.requeued.length === 0 ? 'Nothing was re-queued.' : `Re-queued: ${result.requeued.join(', ')}. The bot delivers them on its next pass.`,
      ...(result.notParked.length === 0 ? [] : [`Not parked, so left as they are: ${result.notParked.join(', ')}.`]),
    ]);
    return !all && result.requeued.length === 0 ? 1 : 0;
  },
};
