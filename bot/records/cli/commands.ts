import { exportCommand } from './exportCommand.ts';
import { historyCommand } from './historyCommand.ts';
import { liftHoldCommand, placeHoldCommand } from './holdCommands.ts';
import { parkedCommand } from './parkedCommand.ts';
import { purgeCommand } from './purgeCommand.ts';
import type { RecordsCommand } from './recordsCommand.ts';
import { reportCommand } from './reportCommand.ts';
import { requeueCommand } from './requeueCommand.ts';

/** Every operator command, in the order the usage text lists them. Each lives in its own file. */
export const RECORDS_COMMANDS: readonly RecordsCommand[] = [exportCommand, parkedCommand, requeueCommand, historyCommand, purgeCommand, placeHoldCommand, liftHoldCommand, reportCommand];
