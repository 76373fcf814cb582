import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { RecordsCliContext } from './recordsCommand.ts';

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** A command's options and positionals, or undefined once the mistake is printed (exit 2). */
export function readOptions<Options extends OptionSpec>(
  args: string[],
  options: Options,
  context: RecordsCliContext,
  usage: string,
): { values: ReturnType<typeof parseArgs<{ options: Options; allowPositionals: true }>>['values']; positionals: string[] } | undefined {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    context.io.err(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run records -- ${usage}`);
    return undefined;
  }
}

/** A board id given with --board must be a configured board: a typo would otherwise look like "nothing found". */
export function knownBoard(boardId: string | undefined, context: RecordsCliContext): boolean {
  if (boardId === undefined || context.boards.has(boardId)) return true;
  const known = [...context.boards.keys()].sort().join(', ') || 'none';
  context.io.err(`There is no board "${boardId}" in the board configuration. Configured boards: ${known}.`);
  return false;
}

/** Prints one JSON document (--json) or the lines for people. */
export function print(context: RecordsCliContext, json: unknown, lines: () => string[]): void {
  context.io.out(context.json ? JSON.stringify(json, null, 2) : lines().join('\n'));
}
