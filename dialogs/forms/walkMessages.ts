/** What the form walk says, apart from the cards themselves. */

export const whereYourFormIsText = 'This is where your form is now:';

export const staleCardText = `That card belongs to a form that is no longer open here, or to someone else. Nothing was changed. ${whereYourFormIsText}`;

export const earlierStepText = 'That button is on an earlier card. Nothing was changed. Please use the latest card:';

export const formClosedText = 'That form is no longer open: it was submitted, discarded or replaced by a newer one. Nothing was changed.';

export const useTheCardText = 'Please answer on the card. Type **why?** to see what this step rests on, or **cancel** to stop (your answers are kept as a draft).';

/** The one answer to cancel, by button or by word, in every flow: whether a draft was kept, and how to carry on. */
export function cancelledText(resumeHint: string | undefined): string {
  return resumeHint === undefined
    ? 'Cancelled. Nothing was submitted, and no draft was kept.'
    : `Cancelled. Nothing was submitted. Your answers are kept as a draft for a week after you last changed them: to carry on, ${resumeHint}`;
}

/** A press on a card of a form that was submitted. */
export function alreadySavedText(reference: string): string {
  return `That form was already saved as ${reference}. Nothing was changed.`;
}

/** A press on a card of a form that was cancelled or given up, outside any flow. */
export const closedFormText = 'This form was closed, so nothing was changed. If a draft was kept, start the same thing again and I will offer to carry on with it.';

/** A press on a card of a flow that has finished without a record, e.g. a question already answered. */
export const finishedCardText = 'That card is from a conversation that has finished, so nothing was changed. Type **menu** to start something new.';

export function cannotSubmitYetText(problems: readonly string[]): string {
  return ['Some answers need fixing before this can be submitted:', ...problems.map((problem) => `- ${problem}`), 'Use **Edit** on the summary to change them.'].join('\n');
}

export function addAnotherPrompt(countText: string): string {
  return `You have added ${countText}. Add another, or carry on?`;
}

export const CONTINUE_CHOICE = 'Continue';
