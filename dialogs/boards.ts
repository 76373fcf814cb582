import type { TurnContext } from 'botbuilder';
import type { Board } from '../knowledge/boards/boardFiles.ts';
import { getTurnUser } from './turnUser.ts';

/** The board a user works for: contacts, edition, calendar and clock settings. */
export interface BoardLookup {
  board(boardId: string): Board | undefined;
}

export function boardOrThrow(boards: BoardLookup, boardId: string): Board {
  const board = boards.board(boardId);
  if (board === undefined) throw new Error(`No configuration for board "${boardId}"`);
  return board;
}

/** The board of the person speaking in this turn. */
export function speakersBoard(boards: BoardLookup, context: TurnContext): Board {
  return boardOrThrow(boards, getTurnUser(context).boardId);
}
