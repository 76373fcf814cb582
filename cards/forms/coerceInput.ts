import { z } from 'zod';
import { isIsoDate } from '../../knowledge/calendar/isoDate.ts';
import { hasControlCharacters } from '../../knowledge/records/controlCharacters.ts';
import { datetimePartIds, datetimeSpellings } from './datetimeParts.ts';
import type { FieldSpec } from './formSpec.ts';

/**
 * A field's value made ready for the schema, or `unreadable` when it cannot be one (e.g. "abc" for a number),
 * with what to fix when the general "what to enter" would not say it.
 */
export type CoercedInput = { readable: true; value: unknown } | { readable: false; whatToFix?: string };

const ABSENT = Symbol('absent');
const UNREADABLE: CoercedInput = { readable: false };
const clockTimeSchema = z.iso.time();
const LINE_BREAK_OR_TAB = /[\r\n\t]/;
const ONE_LINE: CoercedInput = { readable: false, whatToFix: 'write this on one line, without line breaks or tabs' };
const CONTROL: CoercedInput = { readable: false, whatToFix: 'remove the hidden control characters from this answer and try again' };

/**
 * Adaptive Card inputs arrive as strings: a multi-select comma-separated, a toggle "true"/"false",
 * a number as text, an untouched input as "". Slack-shaped values (arrays, booleans, numbers) are
 * accepted too. An empty answer becomes whatever "not given" is for the schema: undefined, or null
 * for a nullable field.
 */
export function coerceFieldInput(field: FieldSpec, submitted: Record<string, unknown>, fieldSchema: z.ZodType): CoercedInput {
  const coerced = field.kind === 'datetime' ? datetimeValue(field.id, submitted, fieldSchema) : fieldValue(field, submitted[field.id]);
  if (coerced !== ABSENT) return coerced;
  return { readable: true, value: fieldSchema.safeParse(undefined).success || !fieldSchema.safeParse(null).success ? undefined : null };
}

function fieldValue(field: FieldSpec, raw: unknown): CoercedInput | typeof ABSENT {
  switch (field.kind) {
    case 'number':
      return numberValue(raw);
    case 'multiChoice':
      return multiChoiceValue(raw);
    case 'toggle':
      return toggleValue(raw);
    case 'multiline':
      return multilineValue(raw);
    default:
      return oneLineValue(raw);
  }
}

/** Line breaks and tabs belong only in multi-line answers; no answer holds other control characters. */
function oneLineValue(raw: unknown): CoercedInput | typeof ABSENT {
  const text = textValue(raw);
  if (text === ABSENT || !text.readable) return text;
  const value = text.value as string;
  if (hasControlCharacters(value)) return CONTROL;
  return LINE_BREAK_OR_TAB.test(value) ? ONE_LINE : text;
}

function multilineValue(raw: unknown): CoercedInput | typeof ABSENT {
  const text = textValue(raw);
  if (text === ABSENT || !text.readable) return text;
  const value = (text.value as string).replace(/\r\n?/g, '\n');
  return hasControlCharacters(value) ? CONTROL : { readable: true, value };
}

function textValue(raw: unknown): CoercedInput | typeof ABSENT {
  if (raw === undefined || raw === null) return ABSENT;
  if (typeof raw !== 'string') return UNREADABLE;
  const text = raw.trim();
  return text === '' ? ABSENT : { readable: true, value: text };
}

function numberValue(raw: unknown): CoercedInput | typeof ABSENT {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { readable: true, value: raw } : UNREADABLE;
  const text = textValue(raw);
  if (text === ABSENT || !text.readable) return text;
  const number = Number(text.value);
  return Number.isFinite(number) ? { readable: true, value: number } : UNREADABLE;
}

function multiChoiceValue(raw: unknown): CoercedInput | typeof ABSENT {
  if (raw === undefined || raw === null) return ABSENT;
  const items = typeof raw === 'string' ? raw.split(',') : raw;
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) return UNREADABLE;
  const values = items.map((item) => item.trim()).filter((item) => item !== '');
  return values.length === 0 ? ABSENT : { readable: true, value: values };
}

/** An unticked toggle is "no", whether the client sent "false" or nothing. */
function toggleValue(raw: unknown): CoercedInput {
  if (raw === undefined || raw === null || raw === '' || raw === false || raw === 'false') return { readable: true, value: false };
  if (raw === true || raw === 'true') return { readable: true, value: true };
  return UNREADABLE;
}

/** Either the two Adaptive Card inputs (London date and time), or one value already combined by another channel. */
function datetimeValue(fieldId: string, submitted: Record<string, unknown>, fieldSchema: z.ZodType): CoercedInput | typeof ABSENT {
  const combined = textValue(submitted[fieldId]);
  if (combined !== ABSENT) return combined;
  const partIds = datetimePartIds(fieldId);
  const date = textValue(submitted[partIds.date]);
  const time = textValue(submitted[partIds.time]);
  if (date === ABSENT && time === ABSENT) return ABSENT;
  if (date === ABSENT || time === ABSENT || !date.readable || !time.readable) return UNREADABLE;
  if (typeof date.value !== 'string' || !isIsoDate(date.value)) return UNREADABLE;
  if (typeof time.value !== 'string' || !clockTimeSchema.safeParse(time.value).success) return UNREADABLE;
  const spellings = datetimeSpellings(date.value, time.value.slice(0, 5));
  const accepted = spellings.find((spelling) => fieldSchema.safeParse(spelling).success);
  return { readable: true, value: accepted ?? spellings[0] };
}
