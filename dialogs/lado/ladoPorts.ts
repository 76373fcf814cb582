import type { BoardLookup } from '../boards.ts';
import type { BoardInboxPort } from '../boardStaff/boardStaffPorts.ts';
import type { DraftStore } from '../forms/draftStore.ts';
import type { DialogPorts, DraftReminderPort } from '../ports.ts';
import type { TurnUser } from '../turnUser.ts';

/** What the LADO flow needs from bot/: submissions, the time, the boards, the user's drafts and the board's records. */
export interface LadoFlowPorts extends DialogPorts {
  boards: BoardLookup;
  drafts: DraftStore;
  /** Reminders to the drafter of an unsubmitted referral as the LADO deadline nears. */
  draftReminders: DraftReminderPort;
  /** Opens a record for the LADO's decision or outcome (role-checked and audited by bot/). */
  records: Pick<BoardInboxPort, 'openRecord'>;
  /** A referral the speaker sent, read back (and audited) when they ask to start the next one from it. */
  ownReferrals: OwnReferralPort;
}

export interface OwnReferralPort {
  /** The stored record, if this reference is a LADO referral the user submitted on their board. */
  submittedBy(user: TurnUser, reference: string): Promise<unknown>;
}
