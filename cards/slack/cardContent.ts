import { factsOfLabelledValues, type AdaptiveAction, type AdaptiveCardJson, type AdaptiveElement, type Fact } from '../adaptive/cardElements.ts';

/**
 * What one of our Adaptive Cards says, read into a flat list of pieces the Block Kit renderers draw from. Only the
 * elements our card renderers produce are read (TextBlock, Container, ColumnSet, ActionSet, the inputs,
 * Action.Submit and Action.Execute); the dialogs hand the channel adapters finished cards, so this reading is what
 * lets Slack show the very card the dialog decided on, prefilled values and problems included.
 */
export type TextEmphasis = 'normal' | 'bold' | 'attention' | 'subtle' | 'reference';

export type CardButton = {
  title: string;
  data: Record<string, unknown>;
  style?: 'primary' | 'danger';
  /** The button that sends the card's inputs (Next, Review, Continue). */
  withInputs: boolean;
};

export type InputChoice = { title: string; value: string };

export type CardInput = {
  id: string;
  kind: 'text' | 'number' | 'date' | 'time' | 'choice' | 'toggle';
  label: string;
  required: boolean;
  value?: string;
  placeholder?: string;
  maxLength?: number;
  multiline?: boolean;
  email?: boolean;
  choices?: InputChoice[];
  multiSelect?: boolean;
  /** Choice lists shown as radio buttons or checkboxes rather than a menu. */
  expanded?: boolean;
  /** A toggle's words beside the box. */
  toggleTitle?: string;
  hint?: string;
  problem?: string;
};

export type CardPiece =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; emphasis: TextEmphasis }
  | { kind: 'facts'; facts: Fact[] }
  | { kind: 'buttons'; buttons: CardButton[] }
  | { kind: 'input'; input: CardInput };

export function cardPieces(card: AdaptiveCardJson): CardPiece[] {
  const pieces = card.body.flatMap(piecesOf);
  const buttons = (card.actions ?? []).map(buttonOf).filter((button) => button !== undefined);
  return buttons.length === 0 ? pieces : [...pieces, { kind: 'buttons', buttons }];
}

/** True when the card asks questions: on Slack it becomes a modal. */
export function hasInputs(pieces: readonly CardPiece[]): boolean {
  return pieces.some((piece) => piece.kind === 'input');
}

/** The button that sends the inputs, if the card has one. */
export function submitButtonOf(pieces: readonly CardPiece[]): CardButton | undefined {
  return pieces.flatMap((piece) => (piece.kind === 'buttons' ? piece.buttons : [])).find((button) => button.withInputs);
}

function piecesOf(element: AdaptiveElement): CardPiece[] {
  switch (element.type) {
    case 'TextBlock':
      return textPieceOf(element);
    case 'Container': {
      const facts = factsOfLabelledValues(element);
      return facts === undefined ? containerPieces(itemsOf(element, 'items')) : [{ kind: 'facts', facts }];
    }
    case 'ColumnSet':
      return itemsOf(element, 'columns').flatMap((column) => containerPieces(itemsOf(column, 'items')));
    case 'ActionSet': {
      const buttons = itemsOf(element, 'actions')
        .map((action) => buttonOf(action as AdaptiveAction))
        .filter((button) => button !== undefined);
      return buttons.length === 0 ? [] : [{ kind: 'buttons', buttons }];
    }
    default: {
      const input = inputOf(element);
      return input === undefined ? [] : [{ kind: 'input', input }];
    }
  }
}

/**
 * A container holding inputs is one question (see renderField): its subtle text is the help, shown as the input's
 * hint, and its red text is the server's problem with the answer, shown under the first input.
 */
function containerPieces(items: AdaptiveElement[]): CardPiece[] {
  const pieces = items.flatMap(piecesOf);
  const inputs = pieces.filter((piece) => piece.kind === 'input').map((piece) => piece.input);
  const [firstInput] = inputs;
  const lastInput = inputs.at(-1);
  if (firstInput === undefined || lastInput === undefined) return pieces;
  return pieces.filter((piece) => {
    if (piece.kind !== 'text') return true;
    if (piece.emphasis === 'subtle' && lastInput.hint === undefined) {
      lastInput.hint = piece.text;
      return false;
    }
    if (piece.emphasis === 'attention' && firstInput.problem === undefined) {
      firstInput.problem = piece.text;
      return false;
    }
    return true;
  });
}

function textPieceOf(element: AdaptiveElement): CardPiece[] {
  const text = stringOf(element.text).trim();
  if (text === '') return [];
  const bolder = element.weight === 'bolder';
  if (element.fontType === 'monospace') return [{ kind: 'text', text, emphasis: 'reference' }];
  if (element.style === 'heading' || (bolder && (element.size === 'large' || element.size === 'extraLarge'))) return [{ kind: 'heading', text }];
  if (element.color === 'attention') return [{ kind: 'text', text, emphasis: 'attention' }];
  if (element.isSubtle === true) return [{ kind: 'text', text, emphasis: 'subtle' }];
  return [{ kind: 'text', text, emphasis: bolder ? 'bold' : 'normal' }];
}

/** Action.Execute (alert cards) carries the same data as its Action.Submit fallback; both become a button. */
function buttonOf(action: AdaptiveAction): CardButton | undefined {
  if (action.type !== 'Action.Submit' && action.type !== 'Action.Execute') return undefined;
  const data = typeof action.data === 'object' && action.data !== null ? (action.data as Record<string, unknown>) : {};
  const style = action.style === 'positive' ? 'primary' : action.style === 'destructive' ? 'danger' : undefined;
  return {
    title: action.title ?? 'OK',
    data,
    ...(style === undefined ? {} : { style }),
    withInputs: action.associatedInputs === 'auto',
  };
}

function inputOf(element: AdaptiveElement): CardInput | undefined {
  const kind = INPUT_KINDS[element.type];
  if (kind === undefined || typeof element.id !== 'string') return undefined;
  const given = element.value === undefined ? '' : stringOf(element.value);
  // An unticked toggle says "false": only "true" is a value worth prefilling.
  const value = kind === 'toggle' && given !== 'true' ? '' : given;
  const input: CardInput = {
    id: element.id,
    kind,
    label: stringOf(element.label ?? element.id),
    required: element.isRequired === true,
    ...(value === '' ? {} : { value }),
    ...(typeof element.placeholder === 'string' && { placeholder: element.placeholder }),
    ...(typeof element.maxLength === 'number' && { maxLength: element.maxLength }),
    ...(element.isMultiline === true && { multiline: true }),
    ...(element.style === 'email' && { email: true }),
  };
  if (kind === 'toggle') return { ...input, toggleTitle: stringOf(element.title ?? 'Yes') };
  if (kind !== 'choice') return input;
  const choices = itemsOf(element, 'choices').map((choice) => ({ title: stringOf(choice.title), value: stringOf(choice.value) }));
  return { ...input, choices, multiSelect: element.isMultiSelect === true, expanded: element.style === 'expanded' };
}

const INPUT_KINDS: Record<string, CardInput['kind'] | undefined> = {
  'Input.Text': 'text',
  'Input.Number': 'number',
  'Input.Date': 'date',
  'Input.Time': 'time',
  'Input.ChoiceSet': 'choice',
  'Input.Toggle': 'toggle',
};

function itemsOf(element: Record<string, unknown>, key: string): AdaptiveElement[] {
  const items = element[key];
  return Array.isArray(items) ? (items.filter((item) => typeof item === 'object' && item !== null) as AdaptiveElement[]) : [];
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}
