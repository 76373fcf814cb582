import { statSync } from 'node:fs';
import { relative } from 'node:path';
import type { Board } from '../boards/boardFiles.ts';
import { boardFilesIn, checkBoardFiles } from '../boards/boardFiles.ts';
import { unsetRetention } from '../boards/boardRetention.ts';
import { defaultBoardDirectory } from '../boards/boardRegistry.ts';
import type { ConfigProblem } from '../thresholds/configFile.ts';
import { formatConfigProblem, readConfigFile } from '../thresholds/configFile.ts';
import { checkThresholdDocumentFile } from '../thresholds/loadThresholdDocument.ts';

/** Same shape as the CLI dispatcher's output, so main.ts can hand its own in. */
export type CheckOutput = { out(text: string): void; err(text: string): void };

const TERMINAL: CheckOutput = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

const USAGE = 'Usage: check [--dir <board config directory>] [<board config or threshold document file>...]';

type CheckTargets = { boardFiles: string[]; thresholdFiles: string[] } | { error: string };

/** A file whose top level has `levels` is a threshold document; anything else is taken as a board configuration. */
function isThresholdDocument(file: string): boolean {
  const content = readConfigFile(file);
  return content.ok && typeof content.data === 'object' && content.data !== null && 'levels' in content.data;
}

function targetsOf(args: readonly string[]): CheckTargets {
  const files: string[] = [];
  let directory: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg === '--dir') {
      directory = args[index + 1];
      if (directory === undefined) return { error: '--dir needs a directory' };
      index += 1;
    } else if (arg.startsWith('-')) {
      return { error: `unknown option ${arg}` };
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) {
    const boardDirectory = directory ?? process.env.BOARD_CONFIG_DIR ?? defaultBoardDirectory;
    if (!statSync(boardDirectory, { throwIfNoEntry: false })?.isDirectory()) {
      return { error: `no such directory: ${boardDirectory}` };
    }
    return { boardFiles: boardFilesIn(boardDirectory), thresholdFiles: [] };
  }
  return {
    boardFiles: files.filter((file) => !isThresholdDocument(file)),
    thresholdFiles: files.filter(isThresholdDocument),
  };
}

function shown(problem: ConfigProblem): ConfigProblem {
  return { ...problem, file: relative(process.cwd(), problem.file) || problem.file };
}

function boardSummary(board: Board): string {
  return `  ${board.id}: ${board.name}, edition ${board.edition}, threshold document "${board.thresholds.id}" (${board.thresholds.levels.length} levels)`;
}

/** Retention settings left unset: nothing is purged on a guess, so these records (or audit trails) stay until set. */
function retentionWarnings(board: Board): string[] {
  const unset = unsetRetention(board.retention);
  return [
    ...(unset.length > 0 ? [`  Warning: ${board.id} has no retention period for ${unset.join(', ')}: these records are kept until one is set under "retention".`] : []),
    ...(board.auditTrailYearsAfterPurge === undefined ? [`  Warning: ${board.id} has no "auditTrailYearsAfterPurge": the audit trail of purged records is kept indefinitely.`] : []),
  ];
}

/**
 * `check [files...]`: validates board configurations and their threshold documents (all boards in the
 * board directory when no file is given). Prints one line per problem and returns 1 if there is any.
 */
export async function runCheck(args: string[], io: CheckOutput = TERMINAL): Promise<number> {
  const targets = targetsOf(args);
  if ('error' in targets) {
    io.err(`check: ${targets.error}`);
    io.err(USAGE);
    return 2;
  }
  const { boards, problems, thresholdDocumentFiles } = checkBoardFiles(targets.boardFiles);
  const checkedDocuments = new Set(thresholdDocumentFiles);
  for (const file of targets.thresholdFiles) {
    const checked = checkThresholdDocumentFile(file);
    if (!checked.ok) problems.push(...checked.problems);
    checkedDocuments.add(file);
  }

  if (problems.length > 0) {
    for (const problem of problems) io.err(formatConfigProblem(shown(problem)));
    io.err(`check: ${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
    return 1;
  }
  if (targets.boardFiles.length === 0 && targets.thresholdFiles.length === 0) {
    io.err('check: nothing to check (no .yaml, .yml or .json files).');
    return 1;
  }
  io.out(`OK: ${boards.length} board${boards.length === 1 ? '' : 's'}, ${checkedDocuments.size} threshold document${checkedDocuments.size === 1 ? '' : 's'}.`);
  for (const board of boards) io.out([boardSummary(board), ...retentionWarnings(board)].join('\n'));
  return 0;
}
