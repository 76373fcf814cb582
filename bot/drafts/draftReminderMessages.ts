import type { DueDeadline } from '../../knowledge/clocks/computeDeadline.ts';
import { describeDeadline } from '../../knowledge/clocks/describeDeadline.ts';
import type { ClaimedDraftReminder } from './draftReminderStore.ts';

type ReminderWords = Pick<ClaimedDraftReminder, 'draftTitle' | 'deadlineLabel' | 'resumeCommand'>;

/**
 * "Your LADO referral draft is not submitted yet. Tell the LADO: Due by the end of Tuesday 24 November 2026 (…).
 * 1 working day left. Type **resume my LADO referral** to carry on." Only the clock: never a name or case detail.
 */
export function drafterReminderText(reminder: ReminderWords, deadline: DueDeadline, now: Date): string {
  return `Your ${reminder.draftTitle} draft is not submitted yet. ${reminder.deadlineLabel}: ${describeDeadline(deadline, now)} Type **${reminder.resumeCommand}** to carry on.`;
}

/** To the drafter's manager: that a draft is waiting and when it is due, nothing about the case or who drafted it. */
export function managerReminderText(reminder: ReminderWords, deadline: DueDeadline, now: Date): string {
  return `Someone you manage has a ${reminder.draftTitle} draft that is not submitted yet. ${reminder.deadlineLabel}: ${describeDeadline(deadline, now)} Only they can see and submit it: please check they have what they need.`;
}
