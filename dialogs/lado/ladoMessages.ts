import { formatLongDate } from '../../knowledge/calendar/isoDate.ts';
import { formatLondonTime, londonDate } from '../../knowledge/calendar/london.ts';
import type { Choice } from '../../cards/forms/formSpec.ts';

/** The LADO flow's own words, apart from the cards and the guidance statements. */

export const YES_NO: Choice[] = [
  { value: 'yes', title: 'Yes' },
  { value: 'no', title: 'No' },
];

export const SAFETY_QUESTION = { title: 'Safety first', text: 'Is a child in immediate danger right now?' };

export const afterEmergencyText = 'When the child is safe, carry on here: the LADO still needs to be told, and the clock has started. Type **why?** to see what this rests on.';

export const stoppedBeforeFormText = 'Stopped. Nothing was submitted or stored.';

export const noDraftText = 'You have no LADO referral or consultation in progress, so let’s start a new one.';

export const welcomeBackText = 'Welcome back. Here is where you were:';

export const RESUME_CHOICES: Choice[] = [
  { value: 'resume', title: 'Resume it' },
  { value: 'new', title: 'Start a new one (delete the draft)' },
];

export function draftWaitingText(kind: 'referral' | 'consultation', lastChanged: Date, clockLine?: string): string {
  const when = `${formatLondonTime(lastChanged)} on ${formatLongDate(londonDate(lastChanged))}`;
  const lines = [`You have a LADO ${kind} in progress, last changed at ${when}.`];
  if (clockLine !== undefined) lines.push(clockLine);
  return lines.join('\n\n');
}

export function deadlineText(description: string): string {
  return `**Tell the LADO: ${description}**\n\nThe time left is shown on every card. Type **why?** to see what the deadline rests on.`;
}

export function overdueText(ladoPhone: string): string {
  return `This is already past the deadline. Call the LADO now on **${ladoPhone}**, then complete the referral.`;
}

export const LOW_LEVEL_CHOICES: Choice[] = [
  { value: 'consult', title: 'Ask the LADO for advice anyway' },
  { value: 'done', title: 'No, I will follow our policy' },
];

export const lowLevelQuestion = { title: 'Talk to the LADO anyway?', text: 'You can still ask the LADO for advice if you are unsure.' };

export const lowLevelDoneText = 'Nothing has been sent or stored. Follow your organisation’s low-level concerns policy and tell your designated safeguarding lead.';

export const ANOTHER_ADULT_CHOICES: Choice[] = [
  { value: 'another', title: 'Start a referral for another adult' },
  { value: 'done', title: 'No, that is all' },
];

export const anotherAdultQuestion = {
  title: 'Another adult?',
  text: 'Is the allegation about another adult as well? Each adult needs a referral of their own.',
};

export const SAME_DETAILS_CHOICES: Choice[] = [
  { value: 'copy', title: 'Yes, copy them' },
  { value: 'fresh', title: 'No, start afresh' },
];

export function sameDetailsQuestion(reference: string): { title: string; text: string } {
  return {
    title: 'Start from your last referral?',
    text: `Are your details, the children, the allegation and the actions the same as in ${reference}? If you say yes, I copy them into the new referral and you add the other adult. Nothing is copied unless you say so.`,
  };
}

export const referralNotReadableText = 'I could not read that referral back, so we will start afresh.';

export const finishedText = 'Thank you. The LADO will be in touch. Keep your reference.';

export function childNotSafeStoppedText(resumeHint: string): string {
  return `Stopped so you can make the child safe first. Nothing was sent; your answers are kept as a draft and the deadline still runs. When the child is safe, ${resumeHint}`;
}

export function immediateActionsShownLine(shownAt: Date): string {
  return `What to do first when a child may not be safe (999, the LADO, the emergency duty team) was shown to you at ${formatLondonTime(shownAt)} on ${formatLongDate(londonDate(shownAt))}.`;
}
