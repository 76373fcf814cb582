import { TurnContext } from 'botbuilder';
import type { DraftReminderPort, DraftReminderRequest } from '../ports.ts';
import type { FormDraft } from './formDraft.ts';

/** What a form tells the reminder service about its draft: the clock it will start, and the words to use. */
export type DraftReminderClock = Pick<DraftReminderRequest, 'clock' | 'edition' | 'draftTitle' | 'deadlineLabel' | 'resumeCommand'>;

export interface WalkReminders<Facts extends object> {
  port: DraftReminderPort;
  clockOf(draft: FormDraft<Facts>): DraftReminderClock;
}

/** One key per user and form: a user has at most one draft of a form at a time. */
export function draftKeyOf(draft: Pick<FormDraft, 'ownerIdentity' | 'formId'>): string {
  return `${draft.ownerIdentity}|${draft.formId}`;
}

/** (Re)plans the draft's reminders, to this conversation: the one-to-one chat the drafter is working in now. */
export async function scheduleDraftReminders<Facts extends object>(reminders: WalkReminders<Facts>, context: TurnContext, draft: FormDraft<Facts>, expiresAt: Date): Promise<void> {
  await reminders.port.schedule({
    ...reminders.clockOf(draft),
    draftKey: draftKeyOf(draft),
    boardId: draft.boardId,
    identity: draft.ownerIdentity,
    conversation: TurnContext.getConversationReference(context.activity),
    expiresAt,
  });
}
