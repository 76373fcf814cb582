import { liftLegalHold, placeLegalHold, type HeldRecord, type HoldChange } from '../retention/legalHolds.ts';
import { HOLD_USAGE, parseHoldArguments } from './holdArguments.ts';
import type { RecordsCliContext, RecordsCommand } from './recordsCommand.ts';

type HoldAction = (db: RecordsCliContext['db'], change: HoldChange) => Promise<HeldRecord[]>;

/** `hold` and `lift-hold`: the same arguments and output around a different change. */
function holdChangeCommand(name: string, action: HoldAction, done: string, summary: string): RecordsCommand {
  return {
    name,
    usage: `${name} ${HOLD_USAGE}   ${summary}`,
    async run(args: string[], context: RecordsCliContext): Promise<number> {
      const parsed = parseHoldArguments(args);
      if (typeof parsed === 'string') {
        context.io.err(parsed);
        return 2;
      }
      if (parsed.boardId !== undefined && !context.boards.has(parsed.boardId)) {
        context.io.err(`No board "${parsed.boardId}". Boards: ${[...context.boards.keys()].join(', ')}.`);
        return 2;
      }
      const boardIds = parsed.boardId === undefined ? [...context.boards.keys()] : [parsed.boardId];
      const records = await action(context.db, { target: parsed.target, reason: parsed.reason, boardIds, actor: context.actor, now: context.now() });
      const references = records.map((record) => ({ reference: record.reference, boardId: record.boardId }));
      if (context.json) context.io.out(JSON.stringify({ [name === 'hold' ? 'held' : 'lifted']: references }));
      else if (records.length === 0) context.io.out('No record found: nothing changed.');
      else context.io.out([`${done} ${records.length} record(s):`, ...references.map((record) => `  ${record.reference} (${record.boardId})`)].join('\n'));
      return 0;
    },
  };
}

export const placeHoldCommand = holdChangeCommand('hold', placeLegalHold, 'Placed a legal hold on', 'place a legal hold: the records are never purged while it stands');
export const liftHoldCommand = holdChangeCommand('lift-hold', liftLegalHold, 'Lifted the legal hold on', 'lift legal holds');
