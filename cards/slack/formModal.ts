import type { AdaptiveCardJson } from '../adaptive/cardElements.ts';
import { fitText, plainText, SLACK_LIMITS } from './blockKit.ts';
import type { SlackBlock, SlackModalView } from './blockKit.ts';
import { cardPieces, submitButtonOf, type CardPiece } from './cardContent.ts';
import { contentBlocks } from './contentBlocks.ts';
import { inputBlocks } from './inputBlock.ts';
import { escapeMrkdwn } from './mrkdwn.ts';

export const FORM_VIEW_CALLBACK_ID = 'safeguarding-form';

export type FormModal = {
  view: SlackModalView;
  /** The data the card's submit button sends (form, instance, section, intent): handed back with the answers. */
  submitData: Record<string, unknown>;
  /** The server's problems with the last answers, by block id, for `response_action: errors`. */
  fieldErrors: Record<string, string>;
};

/**
 * A card with questions as a Slack modal: what the card says, then its inputs in order, prefilled; its submit
 * button's title (Next, Review, Continue) on the modal's submit button. The card's other buttons (Back, Cancel)
 * stay on the message. The private metadata, made from the submit button's data, comes back with the submission
 * (Slack keeps it; the person cannot change it). Undefined for a card without questions or without a button to
 * send them.
 */
export function renderFormModal(card: AdaptiveCardJson, metadataFor: (submitData: Record<string, unknown>) => string): FormModal | undefined {
  const pieces = cardPieces(card);
  const submit = submitButtonOf(pieces);
  if (submit === undefined || !pieces.some((piece) => piece.kind === 'input')) return undefined;
  const privateMetadata = metadataFor(submit.data);
  if (privateMetadata.length > SLACK_LIMITS.privateMetadata) throw new Error('The form view metadata is longer than Slack keeps');
  const heading = pieces.find((piece) => piece.kind === 'heading')?.text ?? 'Form';
  const view: SlackModalView = {
    type: 'modal',
    callback_id: FORM_VIEW_CALLBACK_ID,
    title: plainText(heading, SLACK_LIMITS.viewTitle),
    submit: plainText(submit.title, SLACK_LIMITS.viewButton),
    close: plainText('Close', SLACK_LIMITS.viewButton),
    private_metadata: privateMetadata,
    blocks: modalBlocks(pieces),
  };
  return { view, submitData: submit.data, fieldErrors: fieldErrorsOf(pieces) };
}

/** Content and questions in the card's order; a question's problem is shown under it, in red words. */
function modalBlocks(pieces: readonly CardPiece[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let content: CardPiece[] = [];
  const noButtons = () => undefined;
  for (const piece of pieces) {
    if (piece.kind !== 'input') {
      content.push(piece);
      continue;
    }
    blocks.push(...contentBlocks(content, noButtons), ...inputBlocks(piece.input));
    content = [];
    if (piece.input.problem !== undefined) {
      blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: fitText(`:warning: ${escapeMrkdwn(piece.input.problem)}`, SLACK_LIMITS.sectionText) }] });
    }
  }
  blocks.push(...contentBlocks(content, noButtons));
  return blocks;
}

function fieldErrorsOf(pieces: readonly CardPiece[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const piece of pieces) {
    if (piece.kind === 'input' && piece.input.problem !== undefined) errors[piece.input.id] = fitText(piece.input.problem, SLACK_LIMITS.hint);
  }
  return errors;
}
