import { userInfo } from 'node:os';
import { loadBoards } from '../../../knowledge/boards/boardRegistry.ts';
import { loadEnvironment } from '../../config/environment.ts';
import { DataDirLockedError } from '../../storage/dataDirLock.ts';
import { openDatabase } from '../../storage/openDatabase.ts';
import { RECORDS_COMMANDS } from './commands.ts';
import type { RecordsCliContext, RecordsCliOutput } from './recordsCommand.ts';
import { systemTime } from '../../systemTime.ts';

const TERMINAL: RecordsCliOutput = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

const usage = () =>
  [
    'Usage: npm run records -- <command> [--json] [--as <operator>]',
    ...RECORDS_COMMANDS.map((command) => `  ${command.usage}`),
    'Every command is audited. It opens the store the bot uses: on PostgreSQL (DATABASE_URL) safe while the bot runs; the embedded store (DATA_DIR) only while the bot is stopped.',
  ].join('\n');

/** The options every command accepts, taken off before the command reads its own. */
function commonOptions(args: string[]): { rest: string[]; json: boolean; as?: string } {
  const rest: string[] = [];
  let json = false;
  let as: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg === '--json') json = true;
    else if (arg === '--as') as = args[++index];
    else rest.push(arg);
  }
  return { rest, json, ...(as ? { as } : {}) };
}

export type OpenRecordsContext = (options: { json: boolean; actor: string; io: RecordsCliOutput }) => Promise<RecordsCliContext>;

/** The store and boards from the same environment variables the bot reads. */
const openFromEnvironment: OpenRecordsContext = async ({ json, actor, io }) => {
  const env = loadEnvironment(process.env);
  const boards = loadBoards(env.BOARD_CONFIG_DIR ?? undefined);
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }).catch((error: unknown) => {
    throw error instanceof DataDirLockedError ? new Error(embeddedStoreInUse(error)) : error;
  });
  return { db, boards, io, actor, json, now: systemTime.now };
};

/** The embedded store is one process's alone: with the bot running on it, operator commands must wait or use PostgreSQL. */
function embeddedStoreInUse(error: DataDirLockedError): string {
  return (
    'the bot (or another command) has the embedded store open, and only one process may use it at a time. ' +
    'Stop the bot, run the command, then start the bot again; or run the bot on PostgreSQL (DATABASE_URL), where ' +
    `commands are safe while it runs. ${error.message}`
  );
}

/** Runs one command and returns its exit code: 0 done, 1 failed, 2 bad input. */
export async function runRecordsCli(args: string[], io: RecordsCliOutput = TERMINAL, openContext: OpenRecordsContext = openFromEnvironment): Promise<number> {
  const [name, ...rawRest] = args;
  if (name === undefined || name === 'help' || name === '--help') {
    (name === undefined ? io.err : io.out)(usage());
    return name === undefined ? 2 : 0;
  }
  const command = RECORDS_COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".\n${usage()}`);
    return 2;
  }
  const { rest, json, as } = commonOptions(rawRest);
  let context: RecordsCliContext | undefined;
  try {
    context = await openContext({ json, actor: `operator:${as ?? userInfo().username}`, io });
    return await command.run(rest, context);
  } catch (error) {
    io.err(`The ${name} command failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await context?.db.close();
  }
}

if (import.meta.main) process.exitCode = await runRecordsCli(process.argv.slice(2));
