import { reportCommand } from './reportCommand.ts';
import type { RecordsCommand } from './recordsCommand.ts';

/** Every operator command, in the order the usage text lists them. Each lives in its own file. */
export const RECORDS_COMMANDS: readonly RecordsCommand[] = [reportCommand];
