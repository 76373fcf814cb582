/** What the form walk says, apart from the cards themselves. */

export const staleCardText =
  'That card belongs to a form that is no longer open here, or to someone else. Nothing was changed. This is where your form is now:';

export const earlierStepText = 'That button is on an earlier card. Nothing was changed. Please use the latest card:';

export const formClosedText = 'That form is no longer open: it was submitted, discarded or replaced by a newer one. Nothing was changed.';

export const useTheCardText = 'Please answer on the card. Type **why?** to see what this step rests on, or **cancel** to stop (your answers are kept as a draft).';

export function stoppedText(resumeHint: string): string {
  return `Stopped. Nothing was submitted. Your answers are kept as a draft (for a week after you last change them). ${resumeHint}`;
}

export function cannotSubmitYetText(problems: readonly string[]): string {
  return ['Some answers need fixing before this can be submitted:', ...problems.map((problem) => `- ${problem}`), 'Use **Edit** on the summary to change them.'].join('\n');
}

export function addAnotherPrompt(countText: string): string {
  return `You have added ${countText}. Add another, or carry on?`;
}

export const CONTINUE_CHOICE = 'Continue';
