import type { Activity } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';
import type { SlackModalView } from '../../cards/slack/blockKit.ts';
import { formModalFor } from './formViewMetadata.ts';
import type { SlackTarget } from './slackConversation.ts';
import { slackRenderingOf } from './slackMessages.ts';

/** Slack's answer to a view_submission (https://api.slack.com/surfaces/modals#responding). */
export type ViewSubmissionResponse = { response_action: 'errors'; errors: Record<string, string> } | { response_action: 'update'; view: SlackModalView } | { response_action: 'clear' };

export type FormSubmissionOutcome = {
  response: ViewSubmissionResponse;
  /** The replies to post in the conversation (the step shown in the modal is posted too, to come back to). */
  toPost: Array<Partial<Activity>>;
  /** The step the person is on now, kept for "Open form". */
  currentView?: SlackModalView;
};

const STEP_KEYS = ['form', 'instance', 'section'] as const;

/**
 * What to answer Slack once the dialogs have handled a form submission, from their replies:
 * - the same step again with problems next to fields: `errors`, shown by Slack beside each field;
 * - the same step again otherwise (a problem with the section as a whole): the modal is updated to show it;
 * - the next step (another card with questions): the modal moves on to it;
 * - anything else (the summary, a receipt, a message): the modal closes and the replies are posted.
 */
export function formSubmissionOutcome(submitted: Record<string, unknown>, target: SlackTarget, replies: ReadonlyArray<Partial<Activity>>): FormSubmissionOutcome {
  for (const [index, reply] of replies.entries()) {
    const card = slackRenderingOf(reply)?.formCard;
    const modal = card === undefined ? undefined : formModalFor(card as AdaptiveCardJson, target);
    if (modal === undefined) continue;
    const others = replies.filter((_reply, position) => position !== index);
    if (!STEP_KEYS.every((key) => modal.submitData[key] === submitted[key])) {
      return { response: { response_action: 'update', view: modal.view }, toPost: [...replies], currentView: modal.view };
    }
    const response: ViewSubmissionResponse = Object.keys(modal.fieldErrors).length > 0 ? { response_action: 'errors', errors: modal.fieldErrors } : { response_action: 'update', view: modal.view };
    return { response, toPost: others, currentView: modal.view };
  }
  return { response: { response_action: 'clear' }, toPost: [...replies] };
}
