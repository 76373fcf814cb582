import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigFileError } from '../thresholds/configFile.ts';
import type { BoardRole } from './boardConfig.ts';
import { BOARD_ROLES } from './boardConfig.ts';
import type { Board } from './boardFiles.ts';
import { boardFilesIn, checkBoardFiles } from './boardFiles.ts';
import { normaliseIdentity } from './identity.ts';

/** The demo boards shipped with the product. A deployment points elsewhere (the bot reads BOARD_CONFIG_DIR). */
export const defaultBoardDirectory = fileURLToPath(new URL('../data/boards/', import.meta.url));

export class UnknownBoardError extends Error {
  readonly boardId: string;

  constructor(boardId: string, knownIds: readonly string[]) {
    super(`No board "${boardId}". Known boards: ${knownIds.join(', ') || 'none'}.`);
    this.name = 'UnknownBoardError';
    this.boardId = boardId;
  }
}

/**
 * Loads every board from a directory, or from the given files, keyed by board id.
 * Throws a ConfigFileError listing every problem when any file is wrong: a deployment never runs half-configured.
 */
export function loadBoards(source: string | readonly string[] = defaultBoardDirectory): Map<string, Board> {
  const files = typeof source === 'string' ? (statSync(source).isDirectory() ? boardFilesIn(source) : [source]) : source;
  const { boards, problems } = checkBoardFiles(files);
  if (problems.length > 0) throw new ConfigFileError(problems);
  return new Map(boards.map((board) => [board.id, board]));
}

export function loadBoardById(id: string, directory: string = defaultBoardDirectory): Board {
  const boards = loadBoards(directory);
  const board = boards.get(id);
  if (!board) throw new UnknownBoardError(id, [...boards.keys()]);
  return board;
}

/** The roles an identity holds on a board; none for a stranger. */
export function rolesOf(board: Board, identity: string): BoardRole[] {
  const who = normaliseIdentity(identity);
  return BOARD_ROLES.filter((role) => board.roles[role].includes(who));
}

export function boardForTeamsTenant(boards: ReadonlyMap<string, Board>, tenantId: string): Board | undefined {
  const tenant = tenantId.toLowerCase();
  for (const board of boards.values()) if (board.channels.teams?.tenantIds.includes(tenant)) return board;
  return undefined;
}

export function boardForSlackTeam(boards: ReadonlyMap<string, Board>, teamId: string): Board | undefined {
  for (const board of boards.values()) if (board.channels.slack.some((workspace) => workspace.teamId === teamId)) return board;
  return undefined;
}
