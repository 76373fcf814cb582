import { INPUT_ACTIONS, TOGGLE_ON } from './inputBlock.ts';

/** One element's state in a view_submission's `view.state.values[blockId][actionId]`, as Slack documents it. */
export type ElementState = {
  type?: string;
  value?: string | null;
  selected_date?: string | null;
  selected_time?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: Array<{ value: string }>;
};

export type ViewStateValues = Record<string, Record<string, ElementState>>;

/**
 * The answers of a submitted form modal in the shape an Adaptive Card submits them, keyed by input id: strings, a
 * multi-select comma-separated, a toggle "true" or "false", an unanswered input "". So the dialogs read a Slack
 * submission with the same parser as a Teams one (see cards/adaptive/submissionContract.ts).
 */
export function answersFromViewState(values: ViewStateValues): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    for (const [actionId, state] of Object.entries(actions)) answers[blockId] = answerOf(actionId, state);
  }
  return answers;
}

function answerOf(actionId: string, state: ElementState): string {
  switch (actionId) {
    case INPUT_ACTIONS.date:
      return state.selected_date ?? '';
    case INPUT_ACTIONS.time:
      return state.selected_time ?? '';
    case INPUT_ACTIONS.singleChoice:
      return state.selected_option?.value ?? '';
    case INPUT_ACTIONS.multiChoice:
      return (state.selected_options ?? []).map((option) => option.value).join(',');
    case INPUT_ACTIONS.toggle:
      return (state.selected_options ?? []).some((option) => option.value === TOGGLE_ON) ? 'true' : 'false';
    default:
      return state.value ?? '';
  }
}
