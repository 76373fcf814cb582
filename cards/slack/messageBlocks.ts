import type { AdaptiveCardJson } from '../adaptive/cardElements.ts';
import { fitText, SLACK_LIMITS } from './blockKit.ts';
import type { SlackBlock } from './blockKit.ts';
import type { ButtonPress } from './buttonValue.ts';
import { cardPieces, hasInputs, type CardButton, type CardPiece } from './cardContent.ts';
import { contentBlocks } from './contentBlocks.ts';

const OPEN_FORM_TITLE = 'Open form';

export type CardMessage = {
  /** The card's blocks; the caller posts them in messages of at most SLACK_LIMITS.blocksPerMessage. */
  blocks: SlackBlock[];
  /** Plain text for notifications and clients without blocks. */
  text: string;
  /** True when the card asks questions: its "Open form" button opens them in a modal (see renderFormModal). */
  isForm: boolean;
};

/**
 * A card as a Slack message. Buttons keep the data the card's Action.Submit would send; a card with questions
 * shows what it says without its inputs, and its submit button (Next, Review, Continue) becomes "Open form".
 */
export function renderCardMessage(card: AdaptiveCardJson): CardMessage {
  const pieces = cardPieces(card);
  const isForm = hasInputs(pieces);
  const shown = pieces.filter((piece) => piece.kind !== 'input');
  const press = (button: CardButton): ButtonPress => (isForm && button.withInputs ? { kind: 'openForm' } : { kind: 'data', data: button.data });
  const withOpenForm = isForm ? shown.map((piece) => (piece.kind === 'buttons' ? { ...piece, buttons: piece.buttons.map(asOpenForm) } : piece)) : shown;
  return { blocks: contentBlocks(withOpenForm, press), text: notificationText(pieces), isForm };
}

function asOpenForm(button: CardButton): CardButton {
  return button.withInputs ? { ...button, title: OPEN_FORM_TITLE, style: 'primary' } : button;
}

/** The heading, else the first words: what a notification or a screen reader's summary says. */
function notificationText(pieces: readonly CardPiece[]): string {
  const heading = pieces.find((piece) => piece.kind === 'heading');
  const firstText = pieces.find((piece) => piece.kind === 'text');
  const text = heading?.text ?? firstText?.text ?? 'Card';
  return fitText(text, SLACK_LIMITS.sectionText);
}
