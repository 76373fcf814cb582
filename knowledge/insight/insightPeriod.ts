import { addCalendarDays, addCalendarMonths, type IsoDate } from '../calendar/isoDate.ts';
import { londonDate } from '../calendar/london.ts';
import type { InsightPeriod } from './boardInsight.ts';

/** Whether an instant's Europe/London date falls in the period (both ends included). */
export function isInPeriod(instant: Date, period: InsightPeriod): boolean {
  const date = londonDate(instant);
  return date >= period.from && date <= period.to;
}

/** 'YYYY-MM' of a London date. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** The calendar months the period touches, in order. */
export function monthsOf(period: InsightPeriod): string[] {
  const months: string[] = [];
  for (let first = `${monthOf(period.from)}-01`; first <= period.to; first = addCalendarMonths(first, 1)) months.push(monthOf(first));
  return months;
}

/** The last complete calendar quarter (January–March, April–June, …) before now's London date. */
export function lastQuarter(now: Date): InsightPeriod {
  const today = londonDate(now);
  const quarterStartMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  const thisQuarter = `${today.slice(0, 4)}-${String(quarterStartMonth).padStart(2, '0')}-01`;
  return { from: addCalendarMonths(thisQuarter, -3), to: addCalendarDays(thisQuarter, -1) };
}
