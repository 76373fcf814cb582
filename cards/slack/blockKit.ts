/**
 * The part of Slack's Block Kit our renderers produce, as plain JSON types, with Slack's published limits.
 * Text is fitted to its limit here, so nothing built with these helpers is refused by Slack for its length.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  headerText: 150,
  label: 2000,
  hint: 2000,
  placeholder: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  optionText: 75,
  optionDescription: 75,
  selectOptions: 100,
  selectOptionGroups: 100,
  radioOrCheckboxOptions: 10,
  viewTitle: 24,
  viewButton: 24,
  privateMetadata: 3000,
  blockId: 255,
  actionId: 255,
  inputLength: 3000,
} as const;

export type PlainText = { type: 'plain_text'; text: string; emoji?: boolean };
export type MrkdwnText = { type: 'mrkdwn'; text: string };
export type SlackText = PlainText | MrkdwnText;

export type SlackOption = { text: PlainText; value: string; description?: PlainText };
export type SlackOptionGroup = { label: PlainText; options: SlackOption[] };

export type SlackButton = {
  type: 'button';
  text: PlainText;
  action_id: string;
  value: string;
  style?: 'primary' | 'danger';
};

export type SlackInputElement = { type: string; action_id: string; [property: string]: unknown };

export type SlackBlock =
  | { type: 'header'; text: PlainText; block_id?: string }
  | { type: 'section'; text?: SlackText; fields?: SlackText[]; block_id?: string }
  | { type: 'context'; elements: MrkdwnText[]; block_id?: string }
  | { type: 'actions'; elements: SlackButton[]; block_id?: string }
  | { type: 'divider' }
  | { type: 'input'; block_id: string; label: PlainText; element: SlackInputElement; optional: boolean; hint?: PlainText };

export type SlackModalView = {
  type: 'modal';
  callback_id: string;
  title: PlainText;
  submit?: PlainText;
  close: PlainText;
  private_metadata: string;
  blocks: SlackBlock[];
};

/** A message ready for chat.postMessage / chat.update: the blocks and the notification text. */
export type SlackMessage = { text: string; blocks: SlackBlock[] };

/** Shortens to `limit` characters, ending with an ellipsis when something was cut. */
export function fitText(text: string, limit: number): string {
  const characters = [...text];
  if (characters.length <= limit) return text;
  return `${characters
    .slice(0, limit - 1)
    .join('')
    .trimEnd()}…`;
}

export function plainText(text: string, limit: number): PlainText {
  return { type: 'plain_text', text: fitText(text, limit), emoji: true };
}

export function mrkdwnText(text: string, limit: number = SLACK_LIMITS.sectionText): MrkdwnText {
  return { type: 'mrkdwn', text: fitText(text, limit) };
}

/**
 * Splits long text into parts Slack accepts, at paragraph, then line, then word boundaries, so nothing is lost
 * (a section's text is limited, a message's blocks are not all the text there is).
 */
export function splitText(text: string, limit: number): string[] {
  if ([...text].length <= limit) return [text];
  const parts: string[] = [];
  let rest = text;
  while ([...rest].length > limit) {
    const window = [...rest].slice(0, limit).join('');
    const cut = lastBreak(window);
    parts.push(window.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

function lastBreak(window: string): number {
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(separator);
    if (at > window.length / 2) return at;
  }
  return window.length;
}

/** Groups items into runs of at most `size`, e.g. buttons into actions blocks. */
export function inGroupsOf<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) groups.push(items.slice(start, start + size));
  return groups;
}
