import type { Choice } from '../../cards/forms/formSpec.ts';
import type { GuidanceStatement } from '../../knowledge/guidanceStatement.ts';
import { formatLongDate } from '../../knowledge/calendar/isoDate.ts';
import { formatLondonTime, londonDate } from '../../knowledge/calendar/london.ts';
import type { NotificationAdvice } from '../../knowledge/editions/incidentCriteria.ts';
import { seedSource } from '../../knowledge/editions/sources.ts';

/** The serious incident flow's own words, apart from the cards. */

export const stoppedBeforeFormText = 'Stopped. Nothing was submitted or stored.';

export const nothingToNotifyText =
  'There is nothing this guidance edition notifies for what you described, so there is no form to fill in. The card above says what to do instead. Nothing was stored.';

export const notNotifyingText = 'Nothing was sent or stored. The card above says what to consider instead.';

export const welcomeBackText = 'Welcome back. Here is where you were:';

export const RESUME_CHOICES: Choice[] = [
  { value: 'resume', title: 'Resume it' },
  { value: 'new', title: 'Start a new one (delete the draft)' },
];

export const resumeHint = 'type **resume serious incident** in any chat with me.';

export function draftWaitingText(lastChanged: Date): string {
  return `You have a serious incident notification in progress, last changed at ${formatLondonTime(lastChanged)} on ${formatLongDate(londonDate(lastChanged))}.`;
}

export const DECISION_QUESTION = { title: 'Notify the board?' };

/** The choices after the criteria: the bot advises, the manager decides. */
export function notifyChoices(advice: NotificationAdvice): Choice[] {
  switch (advice) {
    case 'required':
      return [
        { value: 'notify', title: 'Notify the board now' },
        { value: 'stop', title: 'Stop here' },
      ];
    case 'advisable':
      return [
        { value: 'notify', title: 'Notify the board' },
        { value: 'stop', title: 'Not now' },
      ];
    case 'notNeeded':
      return [
        { value: 'notify', title: 'Notify the board anyway' },
        { value: 'stop', title: 'Finish' },
      ];
  }
}

export const notifyQuestionText = 'You decide. If you notify, I will ask when the local authority became aware, then walk you through the notification.';

export const CHILD_DEATH_REVIEW: GuidanceStatement = {
  title: 'Child death review',
  paragraphs: [
    'Every death of a child normally resident in the area is reviewed through the child death overview panel (CDOP). I collect no CDOP data: record only whether it was told, its reference, and both areas (where the child lived and where they died).',
  ],
  citations: [seedSource('004', 'L80'), seedSource('003', 'L734')],
};
