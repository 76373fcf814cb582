import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { BoardInboxPort } from '../boardStaff/boardStaffPorts.ts';
import type { DraftStore } from '../forms/draftStore.ts';
import type { DialogPorts, DraftReminderPort } from '../ports.ts';

/** The board a user works for: contacts, edition, calendar and clock settings. */
export interface BoardLookup {
  board(boardId: string): Board | undefined;
}

/** What the LADO flow needs from bot/: submissions, the time, the boards, the user's drafts and the board's records. */
export interface LadoFlowPorts extends DialogPorts {
  boards: BoardLookup;
  drafts: DraftStore;
  /** Reminders to the drafter of an unsubmitted referral as the LADO deadline nears. */
  draftReminders: DraftReminderPort;
  /** Opens a record for the LADO's decision or outcome (role-checked and audited by bot/). */
  records: Pick<BoardInboxPort, 'openRecord'>;
}

export function boardOrThrow(boards: BoardLookup, boardId: string): Board {
  const board = boards.board(boardId);
  if (board === undefined) throw new Error(`No configuration for board "${boardId}"`);
  return board;
}
