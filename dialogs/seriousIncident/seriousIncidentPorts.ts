import type { ReviewCasePort } from '../boardDecisions/reviewCasePort.ts';
import type { DraftStore } from '../forms/draftStore.ts';
import type { BoardLookup } from '../boards.ts';
import type { DialogPorts } from '../ports.ts';

/** What the serious incident flow needs from bot/: submissions, the time, the boards, the user's drafts and the board's cases. */
export interface SeriousIncidentFlowPorts extends DialogPorts {
  boards: BoardLookup;
  drafts: DraftStore;
  /** Serious incident cases for board staff: opened and clocks stopped with a role check and an audit entry. */
  cases: ReviewCasePort;
}
