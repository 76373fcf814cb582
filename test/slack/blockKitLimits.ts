/**
 * Slack's published Block Kit limits, checked independently of the renderers (the numbers are written out here
 * again on purpose): a message or modal that breaks one is refused by Slack with invalid_blocks.
 * https://api.slack.com/reference/block-kit/blocks, …/block-elements, …/composition-objects, …/surfaces/modals
 */
type Json = Record<string, unknown>;

const length = (text: unknown) => (typeof text === 'string' ? [...text].length : 0);
const textOf = (object: unknown) => (object as { text?: unknown } | undefined)?.text;
const listOf = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

export function messageLimitProblems(message: { text?: unknown; blocks?: unknown }): string[] {
  const blocks = listOf(message.blocks);
  const problems = blocks.length > 50 ? [`${blocks.length} blocks in a message (50 allowed)`] : [];
  return [...problems, ...blocksProblems(blocks)];
}

export function viewLimitProblems(view: Json): string[] {
  const blocks = listOf(view.blocks);
  const problems: string[] = [];
  if (blocks.length > 100) problems.push(`${blocks.length} blocks in a modal (100 allowed)`);
  if (length(textOf(view.title)) > 24) problems.push('modal title over 24 characters');
  if (length(textOf(view.submit)) > 24) problems.push('modal submit over 24 characters');
  if (length(textOf(view.close)) > 24) problems.push('modal close over 24 characters');
  if (length(view.private_metadata) > 3000) problems.push('private_metadata over 3000 characters');
  if (blocks.some((block) => block.type === 'input') && view.submit === undefined) problems.push('inputs without a submit button');
  return [...problems, ...blocksProblems(blocks)];
}

function blocksProblems(blocks: Json[]): string[] {
  const problems: string[] = [];
  const blockIds = blocks.map((block) => block.block_id).filter((id) => id !== undefined);
  if (new Set(blockIds).size !== blockIds.length) problems.push('block ids repeat');
  const actionIds = blocks.filter((block) => block.type === 'actions').flatMap((block) => listOf(block.elements).map((element) => element.action_id));
  if (new Set(actionIds).size !== actionIds.length) problems.push('action ids repeat in a message');
  blocks.forEach((block, index) => problems.push(...blockProblems(block).map((problem) => `block ${index} (${String(block.type)}): ${problem}`)));
  return problems;
}

function blockProblems(block: Json): string[] {
  const problems: string[] = [];
  if (length(block.block_id) > 255) problems.push('block_id over 255');
  switch (block.type) {
    case 'header':
      if (length(textOf(block.text)) > 150) problems.push('header over 150');
      break;
    case 'section': {
      if (block.text === undefined && block.fields === undefined) problems.push('section without text or fields');
      if (length(textOf(block.text)) > 3000) problems.push('section text over 3000');
      const fields = listOf(block.fields);
      if (fields.length > 10) problems.push(`${fields.length} fields (10 allowed)`);
      if (fields.some((field) => length(field.text) > 2000)) problems.push('a field over 2000');
      break;
    }
    case 'context': {
      const elements = listOf(block.elements);
      if (elements.length > 10) problems.push(`${elements.length} context elements (10 allowed)`);
      if (elements.some((element) => length(element.text) > 3000)) problems.push('context text over 3000');
      break;
    }
    case 'actions': {
      const elements = listOf(block.elements);
      if (elements.length > 25) problems.push(`${elements.length} elements in actions (25 allowed)`);
      for (const button of elements) {
        if (length(textOf(button.text)) > 75) problems.push('button text over 75');
        if (length(button.value) > 2000) problems.push('button value over 2000');
        if (length(button.action_id) > 255) problems.push('action_id over 255');
      }
      break;
    }
    case 'input':
      if (length(textOf(block.label)) > 2000) problems.push('label over 2000');
      if (length(textOf(block.hint)) > 2000) problems.push('hint over 2000');
      problems.push(...elementProblems(block.element as Json));
      break;
    default:
      problems.push('a block type these renderers should not produce');
  }
  return problems;
}

function elementProblems(element: Json): string[] {
  const problems: string[] = [];
  if (length(element.action_id) > 255) problems.push('action_id over 255');
  if (length(textOf(element.placeholder)) > 150) problems.push('placeholder over 150');
  if (typeof element.max_length === 'number' && element.max_length > 3000) problems.push('max_length over 3000');
  if (length(element.initial_value) > 3000) problems.push('initial_value over 3000');
  const options = listOf(element.options);
  const groups = listOf(element.option_groups);
  const isList = element.type === 'radio_buttons' || element.type === 'checkboxes';
  if (isList && options.length > 10) problems.push(`${options.length} options in ${String(element.type)} (10 allowed)`);
  if (options.length > 100) problems.push(`${options.length} options (100 allowed)`);
  if (groups.length > 100) problems.push(`${groups.length} option groups (100 allowed)`);
  for (const option of [...options, ...groups.flatMap((group) => listOf(group.options))]) {
    if (length(textOf(option.text)) > 75) problems.push('option text over 75');
    if (length(textOf(option.description)) > 75) problems.push('option description over 75');
    if (length(option.value) > 150) problems.push('option value over 150');
  }
  return problems;
}
