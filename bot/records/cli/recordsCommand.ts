import type { Board } from '../../../knowledge/boards/boardFiles.ts';
import type { Database } from '../../storage/database.ts';

/** Where a command writes: stdout and stderr in a terminal, buffers in tests. */
export interface RecordsCliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** What every operator command is given: the store and boards the bot itself would open, and who runs it. */
export interface RecordsCliContext {
  db: Database;
  boards: ReadonlyMap<string, Board>;
  io: RecordsCliOutput;
  /** The audit trail's actor for this run, e.g. `operator:alice` (the login name, or --as). */
  actor: string;
  /** True with --json: print one JSON document instead of text for people. */
  json: boolean;
  now(): Date;
}

/** One `npm run records -- <name> …` command. Returns its exit code: 0 done, 1 failed, 2 bad input. */
export interface RecordsCommand {
  name: string;
  /** One line for the usage text, e.g. `parked [--board <id>]`. */
  usage: string;
  run(args: string[], context: RecordsCliContext): Promise<number>;
}
