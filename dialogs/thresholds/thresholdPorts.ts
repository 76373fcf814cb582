import type { DraftStore } from '../forms/draftStore.ts';
import type { BoardLookup } from '../boards.ts';
import type { DialogPorts } from '../ports.ts';

/** What the threshold flow needs from bot/: submissions, the time, the boards and the user's drafts. */
export interface ThresholdFlowPorts extends DialogPorts {
  boards: BoardLookup;
  drafts: DraftStore;
  /** The dialog to hand over to when the concern is about an adult who works with children. */
  ladoDialogId?: string;
}
