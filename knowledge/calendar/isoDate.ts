import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { z } from 'zod';

/**
 * A calendar date with no time and no zone, 'YYYY-MM-DD'. Arithmetic on these runs on whole
 * days in UTC, so clock changes can never shift a date.
 */
export type IsoDate = string;

export const isoDateSchema = z.iso.date();

const MS_PER_DAY = 86_400_000;

export function isIsoDate(value: string): value is IsoDate {
  return isoDateSchema.safeParse(value).success;
}

function toUtcMidnight(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Date.UTC(year, month - 1, day);
}

function fromUtcMidnight(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * MS_PER_DAY);
}

/** Whole days from a to b (negative when b is earlier). */
export function calendarDaysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMidnight(b) - toUtcMidnight(a)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/** Same day number N months on, clamped to the end of a shorter month (W6): 31 Jan + 1 month = 28/29 Feb. */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  return fromUtcMidnight(addMonths(new TZDate(toUtcMidnight(date), 'UTC'), months).getTime());
}

/** 'Tuesday 22 April 2025', or 'Tuesday 22 April' without the year. */
export function formatLongDate(date: IsoDate, options: { withYear: boolean } = { withYear: true }): string {
  return format(new TZDate(toUtcMidnight(date), 'UTC'), options.withYear ? 'EEEE d MMMM yyyy' : 'EEEE d MMMM');
}
