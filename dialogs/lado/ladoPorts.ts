import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { DraftStore } from '../forms/draftStore.ts';
import type { DialogPorts } from '../ports.ts';

/** The board a user works for: contacts, edition, calendar and clock settings. */
export interface BoardLookup {
  board(boardId: string): Board | undefined;
}

/** What the LADO flow needs from bot/: submissions, the time, the boards and the user's drafts. */
export interface LadoFlowPorts extends DialogPorts {
  boards: BoardLookup;
  drafts: DraftStore;
}

export function boardOrThrow(boards: BoardLookup, boardId: string): Board {
  const board = boards.board(boardId);
  if (board === undefined) throw new Error(`No configuration for board "${boardId}"`);
  return board;
}
