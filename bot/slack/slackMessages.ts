import type { Activity, CardAction } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';
import { cardActionSchema } from '../../cards/adaptive/submissionContract.ts';
import { fitText, inGroupsOf, mrkdwnText, plainText, SLACK_LIMITS, splitText } from '../../cards/slack/blockKit.ts';
import type { SlackBlock, SlackMessage } from '../../cards/slack/blockKit.ts';
import { cardPieces } from '../../cards/slack/cardContent.ts';
import { slackButton } from '../../cards/slack/contentBlocks.ts';
import { renderCardMessage } from '../../cards/slack/messageBlocks.ts';
import { toMrkdwn } from '../../cards/slack/mrkdwn.ts';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export type SlackRendering = {
  /** One or more messages (a long card is split; Slack takes 50 blocks a message). */
  messages: SlackMessage[];
  /** The card with questions, if the activity has one: its modal is what "Open form" opens. */
  formCard?: AdaptiveCardJson;
  /** True when the activity shows a form's card without questions (its summary): the open form step has moved on. */
  leavesForm: boolean;
};

/**
 * A bot reply as Slack messages: its text in mrkdwn, its Adaptive Card attachments as Block Kit, its suggested
 * actions as buttons. When there is a card, the activity's text is the card's notification text, as on Teams
 * clients that cannot show cards; otherwise the text is the message. Undefined for what Slack does not show
 * (typing indicators, traces).
 */
export function slackRenderingOf(activity: Partial<Activity>): SlackRendering | undefined {
  if (activity.type !== undefined && activity.type !== 'message') return undefined;
  const cards = (activity.attachments ?? [])
    .filter((attachment) => attachment.contentType === ADAPTIVE_CARD && typeof attachment.content === 'object')
    .map((attachment) => attachment.content as AdaptiveCardJson);
  const rendered = cards.map(renderCardMessage);
  const text = activity.text?.trim() ?? '';
  const blocks: SlackBlock[] = [
    ...(rendered.length === 0 ? textBlocks(text, activity.textFormat === 'plain') : []),
    ...rendered.flatMap((card) => card.blocks),
    ...suggestionBlocks(activity.suggestedActions?.actions ?? []),
  ];
  if (blocks.length === 0) return undefined;
  const notification = fitText(text !== '' ? text : (rendered[0]?.text ?? ''), SLACK_LIMITS.sectionText);
  const formIndex = rendered.findIndex((card) => card.isForm);
  const formCard = formIndex === -1 ? undefined : cards[formIndex];
  return {
    messages: inGroupsOf(blocks, SLACK_LIMITS.blocksPerMessage).map((group) => ({ text: notification, blocks: group })),
    ...(formCard === undefined ? {} : { formCard }),
    leavesForm: formCard === undefined && cards.some(carriesFormActions),
  };
}

/** Markdown as mrkdwn; a plain-text message (textFormat 'plain', e.g. one quoting what someone typed) as plain text. */
function textBlocks(text: string, plain: boolean): SlackBlock[] {
  if (text === '') return [];
  if (plain) return splitText(text, SLACK_LIMITS.sectionText).map((part) => ({ type: 'section', text: plainText(part, SLACK_LIMITS.sectionText) }));
  return splitText(toMrkdwn(text), SLACK_LIMITS.sectionText).map((part) => ({ type: 'section', text: mrkdwnText(part) }));
}

/** Suggested actions (the main menu's choices) as buttons that send their words as if typed. */
function suggestionBlocks(actions: readonly CardAction[]): SlackBlock[] {
  const buttons = actions.map((action, index) => {
    const words = typeof action.value === 'string' && action.value !== '' ? action.value : action.title;
    return slackButton({ title: action.title }, { kind: 'text', text: words }, `suggestion-${index + 1}`);
  });
  return inGroupsOf(buttons, SLACK_LIMITS.actionsElements).map((elements): SlackBlock => ({ type: 'actions', elements }));
}

/** A card whose buttons belong to a form (the card-submission contract), e.g. the summary. */
function carriesFormActions(card: AdaptiveCardJson): boolean {
  return cardPieces(card).some((piece) => piece.kind === 'buttons' && piece.buttons.some((button) => cardActionSchema.safeParse(button.data).success));
}
