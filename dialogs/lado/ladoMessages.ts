import { formatLongDate } from '../../knowledge/calendar/isoDate.ts';
import { formatLondonTime, londonDate } from '../../knowledge/calendar/london.ts';
import type { Choice } from '../../cards/forms/formSpec.ts';

/** The LADO flow's own words, apart from the cards and the guidance statements. */

export const YES_NO: Choice[] = [
  { value: 'yes', title: 'Yes' },
  { value: 'no', title: 'No' },
];

export const SAFETY_QUESTION = { title: 'Safety first', text: 'Is a child in immediate danger right now?' };

export const afterEmergencyText =
  'When the child is safe, carry on here: the LADO still needs to be told, and the clock has started. Type **why?** to see what this rests on.';

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
  text: 'Is the allegation about another adult as well? Each adult needs a referral of their own. I can start the next one with your details, the children, the allegation and the actions already filled in.',
};

export const finishedText = 'Thank you. The LADO will be in touch. Keep your reference.';
