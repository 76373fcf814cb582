import type { Activity } from 'botbuilder';
import { boardForSlackTeam, boardForTeamsTenant, defaultBoardDirectory, loadBoards } from '../../knowledge/boards/boardRegistry.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { teamsTenantOf } from '../identity/userIdentity.ts';

export interface BoardDirectory {
  readonly boards: ReadonlyMap<string, Board>;
  board(id: string): Board | undefined;
  /** The board of the activity's organisation; undefined when it is linked to no board. */
  boardFor(activity: Activity): Board | undefined;
}

export interface BoardDirectoryOptions {
  directory?: string;
  /** Local mode only: the board for web-chat users and for Teams tenants that no board lists. */
  localBoardId?: string;
}

/** Loads every board configuration at start (a bad file stops start-up with every problem listed). */
export function openBoardDirectory({ directory, localBoardId }: BoardDirectoryOptions): BoardDirectory {
  const boards = loadBoards(directory ?? defaultBoardDirectory);
  const localBoard = localBoardId === undefined ? undefined : boards.get(localBoardId);
  if (localBoardId !== undefined && !localBoard) {
    throw new Error(`DEFAULT_BOARD_ID names no board: "${localBoardId}". Known boards: ${[...boards.keys()].join(', ')}.`);
  }

  const boardOf = (activity: Activity): Board | undefined => {
    const tenant = teamsTenantOf(activity);
    if (tenant) return boardForTeamsTenant(boards, tenant) ?? localBoard;
    const slackTeam = activity.channelId === 'slack' ? (activity.conversation as { tenantId?: string }).tenantId : undefined;
    if (slackTeam) return boardForSlackTeam(boards, slackTeam);
    return localBoard;
  };

  return {
    boards,
    board: (id) => boards.get(id),
    boardFor: boardOf,
  };
}
