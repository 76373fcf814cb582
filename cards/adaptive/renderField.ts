import { isIsoDate } from '../../knowledge/calendar/isoDate.ts';
import { londonDate } from '../../knowledge/calendar/london.ts';
import { datetimePartIds, datetimeParts } from '../forms/datetimeParts.ts';
import type { FieldSpec } from '../forms/formSpec.ts';
import { fieldMessage, whatToEnter } from '../forms/problemMessages.ts';
import { attentionText, subtleText, withoutUndefined } from './cardElements.ts';
import type { AdaptiveElement } from './cardElements.ts';

/** Choice lists this short show as radio buttons or checkboxes unless the field says otherwise. */
const EXPANDED_UP_TO_CHOICES = 6;

/**
 * One question: its input(s) with label, client-side required check and prefilled value, the help
 * text, and the server's problem with it in red underneath.
 */
export function renderField(field: FieldSpec, value: unknown, problem: string | undefined): AdaptiveElement {
  const help = field.kind === 'toggle' || field.help === undefined ? [] : [subtleText(field.help)];
  // The id ties the problem to its inputs on the local page (aria-invalid, aria-describedby); other hosts ignore it.
  const problemText = problem === undefined ? [] : [{ ...attentionText(problem), id: problemIdOf(field) }];
  return { type: 'Container', spacing: 'large', items: [...inputsFor(field, value), ...help, ...problemText] };
}

function inputsFor(field: FieldSpec, value: unknown): AdaptiveElement[] {
  switch (field.kind) {
    case 'text':
    case 'multiline':
    case 'email':
    case 'phone':
      return [textInput(field, value)];
    case 'number':
      // Renderers name a number box for assistive technology only by its placeholder (Web Chat drops the label link).
      return [input(field, 'Input.Number', { value: numberValue(value), placeholder: field.placeholder ?? field.label })];
    case 'date':
      return [input(field, 'Input.Date', { value: dateValue(value) })];
    case 'time':
      return [input(field, 'Input.Time', { value: timeValue(value) })];
    case 'datetime':
      return [datetimeInputs(field, value)];
    case 'choice':
    case 'multiChoice':
      return [choiceInput(field, value)];
    case 'toggle':
      return [toggleInput(field, value)];
  }
}

/** The id of the text that says what is wrong with a field: never an input's id, so it is not submitted. */
function problemIdOf(field: FieldSpec): string {
  return `${field.id}.problem`;
}

/** The properties every input shares: id, label, and the required check with its message. */
function input(field: FieldSpec, type: string, properties: Record<string, unknown>, id = field.id, label = field.label): AdaptiveElement {
  return withoutUndefined({
    type,
    id,
    label,
    isRequired: field.required || undefined,
    errorMessage: field.required ? fieldMessage(field, whatToEnter(field)) : undefined,
    ...properties,
  });
}

const TEXT_STYLES: Partial<Record<FieldSpec['kind'], string>> = { email: 'email', phone: 'tel' };

function textInput(field: FieldSpec, value: unknown): AdaptiveElement {
  return input(field, 'Input.Text', {
    value: textValue(value),
    placeholder: field.placeholder,
    maxLength: field.maxLength,
    isMultiline: field.kind === 'multiline' || undefined,
    style: TEXT_STYLES[field.kind],
  });
}

/** Date and time side by side, read back together by the submission parser. */
function datetimeInputs(field: FieldSpec, value: unknown): AdaptiveElement {
  const ids = datetimePartIds(field.id);
  const parts = datetimeParts(value);
  const column = (item: AdaptiveElement) => ({ type: 'Column', width: 'stretch', items: [item] });
  return {
    type: 'ColumnSet',
    columns: [column(input(field, 'Input.Date', { value: parts.date }, ids.date)), column(input(field, 'Input.Time', { value: parts.time }, ids.time, 'Time'))],
  };
}

function choiceInput(field: FieldSpec, value: unknown): AdaptiveElement {
  const choices = field.choices ?? [];
  const style = field.style ?? (choices.length <= EXPANDED_UP_TO_CHOICES ? 'expanded' : 'compact');
  return input(field, 'Input.ChoiceSet', {
    choices: choices.map((choice) => ({ title: choice.title, value: choice.value })),
    style,
    isMultiSelect: field.kind === 'multiChoice' || undefined,
    value: Array.isArray(value) ? value.map(String).join(',') : textValue(value),
    placeholder: style === 'compact' ? field.placeholder : undefined,
    wrap: true,
  });
}

/** The label says what is asked; the text beside the box is the help, or "Yes". */
function toggleInput(field: FieldSpec, value: unknown): AdaptiveElement {
  const on = value === true || value === 'true';
  return input(field, 'Input.Toggle', {
    title: field.help ?? 'Yes',
    valueOn: 'true',
    valueOff: 'false',
    value: on ? 'true' : 'false',
    wrap: true,
  });
}

function textValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function numberValue(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function dateValue(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : londonDate(value);
  return typeof value === 'string' && isIsoDate(value.slice(0, 10)) ? value.slice(0, 10) : undefined;
}

function timeValue(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{2}:\d{2}/.test(value) ? value.slice(0, 5) : undefined;
}
