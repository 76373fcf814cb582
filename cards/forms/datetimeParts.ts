import { formatLondonIso, formatLondonTime, londonDate, londonDateTime } from '../../knowledge/calendar/london.ts';

/**
 * Adaptive Cards have no date-and-time input, so a datetime field is asked as a date input and a
 * time input, read as Europe/London wall-clock time.
 */
export function datetimePartIds(fieldId: string): { date: string; time: string } {
  return { date: `${fieldId}.date`, time: `${fieldId}.time` };
}

export type DatetimeParts = { date?: string; time?: string };

const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

/** A stored value as London date and time, for prefilling the two inputs. */
export function datetimeParts(value: unknown): DatetimeParts {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? {} : londonParts(value);
  if (typeof value !== 'string') return {};
  const match = LOCAL_DATETIME.exec(value);
  if (match === null) return {};
  if (!HAS_OFFSET.test(value)) return { date: match[1], time: match[2] };
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? {} : londonParts(instant);
}

function londonParts(instant: Date): DatetimeParts {
  return { date: londonDate(instant), time: formatLondonTime(instant) };
}

/**
 * The ways a London date and time can be written, the project's convention (offset shown) first;
 * the parser keeps the first one the record schema accepts.
 */
export function datetimeSpellings(date: string, time: string): string[] {
  const local = `${date}T${time}`;
  const instant = londonDateTime(date, time);
  if (Number.isNaN(instant.getTime())) return [local];
  return [formatLondonIso(instant), instant.toISOString(), local];
}
