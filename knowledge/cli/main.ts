import { loadBoardById } from '../boards/boardRegistry.ts';
import { runCheck } from './check.ts';
import { DEADLINE_USAGE, runDeadline, type BoardLookup } from './deadline.ts';
import { RULES_USAGE, runRules } from './rules.ts';

/** Where a command writes: stdout and stderr in a terminal, buffers in tests. */
export type CliOutput = { out(text: string): void; err(text: string): void };

const TERMINAL: CliOutput = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

const USAGE = ['Usage: npm run knowledge -- <command>', `  ${DEADLINE_USAGE}`, `  ${RULES_USAGE}`, '  check [--dir <board config directory>] [<board config or threshold document file>...]'].join(
  '\n',
);

/** Boards from the board registry (the shipped demo boards unless a directory is configured). */
const lookUpRegisteredBoard: BoardLookup = (boardId) => {
  const board = loadBoardById(boardId);
  return { edition: board.edition, calendar: board.calendar, clocks: board.clockSettings };
};

/** Runs one command and returns its exit code: 0 done, 1 failed, 2 bad input. */
export async function runKnowledgeCli(args: string[], io: CliOutput = TERMINAL, lookUpBoard: BoardLookup = lookUpRegisteredBoard): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'deadline':
        return runDeadline(rest, io, lookUpBoard);
      case 'rules':
        return runRules(rest, io);
      case 'check':
        return await runCheck(rest, io);
      case 'help':
      case '--help':
        io.out(USAGE);
        return 0;
      default:
        io.err(`${command === undefined ? 'No command given.' : `Unknown command "${command}".`}\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    io.err(`The ${command} command failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await runKnowledgeCli(process.argv.slice(2));
