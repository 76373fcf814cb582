import { fitText, inGroupsOf, mrkdwnText, plainText, SLACK_LIMITS, splitText } from './blockKit.ts';
import type { SlackBlock, SlackInputElement, SlackOption } from './blockKit.ts';
import type { CardInput, InputChoice } from './cardContent.ts';
import { escapeMrkdwn } from './mrkdwn.ts';

/**
 * How an answer is read back from view_submission: the block id is the card's input id; the action id says how
 * to read the element's state (see readViewState).
 */
export const INPUT_ACTIONS = {
  text: 'text',
  date: 'date',
  time: 'time',
  singleChoice: 'choice',
  multiChoice: 'choices',
  toggle: 'toggle',
} as const;

export const TOGGLE_ON = 'true';

/**
 * One question as an input block: label, help as the hint, the prefilled answer and Slack's own required check.
 * When a choice is too long for Slack's option text (75 characters, and 75 more of description), the choices are
 * also listed in full above the question, so wording that matters (a harm test's limbs) is never cut short.
 */
export function inputBlocks(input: CardInput): SlackBlock[] {
  if ([...input.id].length > SLACK_LIMITS.blockId) throw new Error(`Input id "${input.id.slice(0, 40)}…" is longer than a Slack block id may be`);
  const choices = input.choices ?? [];
  const longest = SLACK_LIMITS.optionText + SLACK_LIMITS.optionDescription;
  if (!choices.some((choice) => [...choice.title].length > longest)) return [inputBlock(input)];
  const listed = splitText(choices.map((choice) => `• ${escapeMrkdwn(choice.title)}`).join('\n'), SLACK_LIMITS.sectionText);
  const fullChoices: SlackBlock = { type: 'context', elements: listed.slice(0, SLACK_LIMITS.contextElements).map((part) => mrkdwnText(part)) };
  return [fullChoices, inputBlock(input)];
}

function inputBlock(input: CardInput): SlackBlock {
  return {
    type: 'input',
    block_id: input.id,
    label: plainText(input.label, SLACK_LIMITS.label),
    element: elementOf(input),
    // A toggle that must be ticked (a declaration) is required; any other toggle may stay unticked.
    optional: !input.required,
    ...(input.hint === undefined ? {} : { hint: plainText(input.hint, SLACK_LIMITS.hint) }),
  };
}

function elementOf(input: CardInput): SlackInputElement {
  switch (input.kind) {
    case 'text':
      return textElement(input);
    case 'number':
      return withValue({ type: 'number_input', action_id: INPUT_ACTIONS.text, is_decimal_allowed: true, ...placeholderOf(input) }, 'initial_value', input.value);
    case 'date':
      return withValue({ type: 'datepicker', action_id: INPUT_ACTIONS.date }, 'initial_date', input.value);
    case 'time':
      return withValue({ type: 'timepicker', action_id: INPUT_ACTIONS.time }, 'initial_time', input.value);
    case 'choice':
      return choiceElement(input);
    case 'toggle':
      return toggleElement(input);
  }
}

/** Slack's text inputs take at most 3000 characters, whatever longer limit the form allows. */
function textElement(input: CardInput): SlackInputElement {
  const maxLength = Math.min(input.maxLength ?? SLACK_LIMITS.inputLength, SLACK_LIMITS.inputLength);
  if (input.email === true) {
    return withValue({ type: 'email_text_input', action_id: INPUT_ACTIONS.text, ...placeholderOf(input) }, 'initial_value', input.value);
  }
  return withValue(
    { type: 'plain_text_input', action_id: INPUT_ACTIONS.text, multiline: input.multiline === true, max_length: maxLength, ...placeholderOf(input) },
    'initial_value',
    input.value === undefined ? undefined : fitText(input.value, maxLength),
  );
}

/**
 * Radio buttons or checkboxes for a short expanded list (Slack shows at most 10), otherwise a menu; a menu of more
 * than 100 options is split into labelled groups.
 */
function choiceElement(input: CardInput): SlackInputElement {
  const options = (input.choices ?? []).map(optionOf);
  const chosen = chosenValues(input);
  const selected = options.filter((option) => chosen.includes(option.value));
  const multi = input.multiSelect === true;
  const action_id = multi ? INPUT_ACTIONS.multiChoice : INPUT_ACTIONS.singleChoice;
  if (input.expanded === true && options.length <= SLACK_LIMITS.radioOrCheckboxOptions) {
    const type = multi ? 'checkboxes' : 'radio_buttons';
    return { type, action_id, options, ...initialOptions(multi, selected) };
  }
  const type = multi ? 'multi_static_select' : 'static_select';
  const placeholder = { placeholder: { type: 'plain_text', text: fitText(input.placeholder ?? 'Choose', SLACK_LIMITS.placeholder) } };
  if (options.length <= SLACK_LIMITS.selectOptions) return { type, action_id, options, ...placeholder, ...initialOptions(multi, selected) };
  const groups = inGroupsOf(options, SLACK_LIMITS.selectOptions).slice(0, SLACK_LIMITS.selectOptionGroups);
  const option_groups = groups.map((group, index) => ({
    label: { type: 'plain_text', text: `${index * SLACK_LIMITS.selectOptions + 1}–${index * SLACK_LIMITS.selectOptions + group.length}` },
    options: group,
  }));
  return { type, action_id, option_groups, ...placeholder, ...initialOptions(multi, selected) };
}

/** A toggle is one checkbox whose words are the toggle's title; ticked sends "true", as the Adaptive Card does. */
function toggleElement(input: CardInput): SlackInputElement {
  const option = optionOf({ title: input.toggleTitle ?? 'Yes', value: TOGGLE_ON });
  return { type: 'checkboxes', action_id: INPUT_ACTIONS.toggle, options: [option], ...(input.value === TOGGLE_ON ? { initial_options: [option] } : {}) };
}

function initialOptions(multi: boolean, selected: SlackOption[]): Record<string, unknown> {
  if (selected.length === 0) return {};
  return multi ? { initial_options: selected } : { initial_option: selected[0] };
}

/**
 * Option text is limited to 75 characters: a longer title continues in the description (75 more), split before
 * a bracketed aside when there is one ("…a child" / "(for example …)"), else between words.
 */
export function optionOf(choice: InputChoice): SlackOption {
  const characters = [...choice.title];
  if (characters.length <= SLACK_LIMITS.optionText) return { text: plainText(choice.title, SLACK_LIMITS.optionText), value: choice.value };
  const head = characters.slice(0, SLACK_LIMITS.optionText).join('');
  const shortest = Math.floor(SLACK_LIMITS.optionText / 2);
  const aside = head.lastIndexOf(' (');
  const cut = aside >= shortest ? aside : Math.max(head.lastIndexOf(' '), shortest);
  return {
    text: plainText(choice.title.slice(0, cut).trimEnd(), SLACK_LIMITS.optionText),
    value: choice.value,
    description: plainText(choice.title.slice(cut).trimStart(), SLACK_LIMITS.optionDescription),
  };
}

function chosenValues(input: CardInput): string[] {
  if (input.value === undefined) return [];
  return input.multiSelect === true ? input.value.split(',').map((value) => value.trim()) : [input.value];
}

function placeholderOf(input: CardInput): Record<string, unknown> {
  return input.placeholder === undefined ? {} : { placeholder: { type: 'plain_text', text: fitText(input.placeholder, SLACK_LIMITS.placeholder) } };
}

function withValue(element: SlackInputElement, key: string, value: string | undefined): SlackInputElement {
  return value === undefined ? element : { ...element, [key]: value };
}
