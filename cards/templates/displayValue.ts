import { formatLongDate, isIsoDate } from '../../knowledge/calendar/isoDate.ts';
import { datetimeParts } from '../forms/datetimeParts.ts';
import type { FieldSpec } from '../forms/formSpec.ts';

export const NOT_GIVEN = 'Not given';

/** A field's value as a practitioner reads it back: choice titles, "Yes"/"No", dates in words. */
export function displayValue(field: FieldSpec, value: unknown): string {
  if (value === undefined || value === null || value === '') return field.kind === 'toggle' ? 'No' : NOT_GIVEN;
  switch (field.kind) {
    case 'toggle':
      return value === true || value === 'true' ? 'Yes' : 'No';
    case 'choice':
      return choiceTitle(field, value);
    case 'multiChoice': {
      const values = Array.isArray(value) ? value : String(value).split(',');
      return values.length === 0 ? NOT_GIVEN : values.map((item) => choiceTitle(field, item)).join(', ');
    }
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? formatLongDate(value) : String(value);
    case 'datetime': {
      const parts = datetimeParts(value);
      return parts.date === undefined ? String(value) : `${parts.time} on ${formatLongDate(parts.date)}`;
    }
    case 'multiline':
      return linesOf(String(value)).join(PARAGRAPH_BREAK);
    default:
      return String(value);
  }
}

/** A blank line between lines: a single newline is joined into one line by the markdown of Web Chat and Teams. */
const PARAGRAPH_BREAK = '\n\n';

function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function choiceTitle(field: FieldSpec, value: unknown): string {
  const text = String(value).trim();
  return field.choices?.find((choice) => choice.value === text)?.title ?? text;
}
