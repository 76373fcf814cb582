/** The board-staff side's own words, apart from the cards. */

export const onlyBoardStaffText = 'Only your board’s business team, chair and board admins record review decisions, national notifications, milestones and executive summaries. Nothing was changed.';

export function notFoundText(reference: string): string {
  return `I cannot find a serious incident notification ${reference} among your board’s records. Check the reference on the alert card, or type **open items**.`;
}

export const resumeHint = 'type the same **record …** command and the reference again.';

export const nationalNotificationsAreExternal =
  'I do not submit to national systems. The responsible officer sends the notification; recording here when it was sent, and its reference, stops its clock.';

export const noNationalStepsText = 'This guidance edition has no national notification for the board to record.';

export const whichNotificationQuestion = {
  title: 'Which notification was sent?',
  text: 'Choose the one you are recording. I do not send it myself: record it once it has gone.',
};

/** A decision not to start a serious case review goes to the national panel (WT2013, WT2015). */
export function nationalPanelFlag(reference: string, dueText: string | undefined): string {
  return (
    '**Flagged for the national panel.** A decision not to start a serious case review goes to the national panel, with the ' +
    `local authority’s notification and the reasons${dueText === undefined ? '' : ` (${dueText.replace(/\.$/, '')})`}. ` +
    `When it is sent, type **record national notification ${reference}**.`
  );
}

export function clocksStoppedText(clockNames: string[]): string {
  return `Clocks stopped, no more reminders: ${clockNames.join('; ')}.`;
}

export function reasonAgainstCriteriaNeeded(ruleIds: readonly string[]): string {
  return `This decision goes against ${[...new Set(ruleIds)].join(' and ')}, which you answered as met and which always requires a review: give your reason here, or change the decision`;
}
