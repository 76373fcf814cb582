import type { Fact } from '../adaptive/cardElements.ts';
import { inGroupsOf, mrkdwnText, plainText, SLACK_LIMITS, splitText } from './blockKit.ts';
import type { SlackBlock, SlackButton, SlackText } from './blockKit.ts';
import { buttonValue, type ButtonPress } from './buttonValue.ts';
import type { CardButton, CardPiece, TextEmphasis } from './cardContent.ts';
import { bold, escapeMrkdwn, toMrkdwn } from './mrkdwn.ts';

/**
 * The blocks for what a card shows (headings, text, facts, buttons), shared by messages and modals. Neighbouring
 * paragraphs share a section and neighbouring small print a context block, which keeps long cards within Slack's
 * block limits; text longer than a section takes is split, never cut.
 */
export function contentBlocks(pieces: readonly CardPiece[], buttonPress: (button: CardButton) => ButtonPress | undefined): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let paragraphs: string[] = [];
  let smallPrint: string[] = [];
  const flush = () => {
    if (paragraphs.length > 0) blocks.push(...sections(paragraphs.join('\n\n')));
    if (smallPrint.length > 0) blocks.push(...contextBlocks(smallPrint));
    paragraphs = [];
    smallPrint = [];
  };
  let buttonCount = 0;
  for (const piece of pieces) {
    if (piece.kind === 'text' && piece.emphasis !== 'subtle') {
      if (smallPrint.length > 0) flush();
      paragraphs.push(styled(piece.text, piece.emphasis));
      continue;
    }
    if (piece.kind === 'text') {
      if (paragraphs.length > 0) flush();
      smallPrint.push(toMrkdwn(piece.text));
      continue;
    }
    flush();
    if (piece.kind === 'heading') blocks.push(...headingBlocks(piece.text));
    if (piece.kind === 'facts') blocks.push(...factBlocks(piece.facts));
    if (piece.kind === 'buttons') {
      const buttons = piece.buttons.flatMap((button) => {
        const press = buttonPress(button);
        return press === undefined ? [] : [slackButton(button, press, `button-${++buttonCount}`)];
      });
      blocks.push(...inGroupsOf(buttons, SLACK_LIMITS.actionsElements).map((elements): SlackBlock => ({ type: 'actions', elements })));
    }
  }
  flush();
  return blocks;
}

export function slackButton(button: Pick<CardButton, 'title' | 'style'>, press: ButtonPress, actionId: string): SlackButton {
  return {
    type: 'button',
    text: plainText(button.title, SLACK_LIMITS.buttonText),
    action_id: actionId,
    value: buttonValue(press),
    ...(button.style === undefined ? {} : { style: button.style }),
  };
}

function styled(text: string, emphasis: TextEmphasis): string {
  const mrkdwn = toMrkdwn(text);
  switch (emphasis) {
    case 'bold':
      return bold(mrkdwn);
    case 'attention':
      return `:warning: ${bold(mrkdwn)}`;
    case 'reference':
      return `*\`${escapeMrkdwn(text.replace(/`/g, ''))}\`*`;
    default:
      return mrkdwn;
  }
}

function headingBlocks(text: string): SlackBlock[] {
  if ([...text].length <= SLACK_LIMITS.headerText) return [{ type: 'header', text: plainText(text, SLACK_LIMITS.headerText) }];
  return sections(bold(toMrkdwn(text)));
}

function sections(mrkdwn: string): SlackBlock[] {
  return splitText(mrkdwn, SLACK_LIMITS.sectionText).map((part) => ({ type: 'section', text: mrkdwnText(part) }));
}

function contextBlocks(lines: string[]): SlackBlock[] {
  const elements = lines.flatMap((line) => splitText(line, SLACK_LIMITS.sectionText)).map((line) => mrkdwnText(line));
  return inGroupsOf(elements, SLACK_LIMITS.contextElements).map((group): SlackBlock => ({ type: 'context', elements: group }));
}

/**
 * Facts as section fields: the label in bold beside its value, five facts to a section. Values are plain text, never
 * mrkdwn, so what someone typed shows as typed. A value too long for a field (a long answer on the summary) gets
 * sections of its own, so the person confirms everything they wrote.
 */
function factBlocks(facts: readonly Fact[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let fields: SlackText[] = [];
  const flushFields = () => {
    blocks.push(...inGroupsOf(fields, SLACK_LIMITS.sectionFields).map((group): SlackBlock => ({ type: 'section', fields: group })));
    fields = [];
  };
  for (const fact of facts) {
    const label = bold(escapeMrkdwn(fact.label));
    if ([...fact.value].length <= SLACK_LIMITS.fieldText && [...label].length <= SLACK_LIMITS.fieldText) {
      fields.push(mrkdwnText(label, SLACK_LIMITS.fieldText), plainText(fact.value || ' ', SLACK_LIMITS.fieldText));
      continue;
    }
    flushFields();
    blocks.push(...sections(label));
    blocks.push(...splitText(fact.value, SLACK_LIMITS.sectionText).map((part): SlackBlock => ({ type: 'section', text: plainText(part, SLACK_LIMITS.sectionText) })));
  }
  flushFields();
  return blocks;
}
