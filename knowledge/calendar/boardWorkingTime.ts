import type { BoardCalendarSettings } from './boardCalendarSettings.ts';
import { addCalendarDays, type IsoDate } from './isoDate.ts';
import { londonDate, londonDateTime, londonMinutesOfDay, minutesOfClockTime } from './london.ts';
import { getWorkingCalendar, type WorkingCalendar } from './workingCalendar.ts';

/** A statutory working day on which the board's office is also open (not one of its closure days). */
export function isBoardOpenDay(date: IsoDate, settings: BoardCalendarSettings, calendar: WorkingCalendar = getWorkingCalendar()): boolean {
  return calendar.isWorkingDay(date) && !settings.extraClosureDays.some((closure) => closure.date === date);
}

/** W7: closure days never move a deadline; reminders move to the last open day on or before it. */
export function lastBoardOpenDayOnOrBefore(date: IsoDate, settings: BoardCalendarSettings, calendar: WorkingCalendar = getWorkingCalendar()): IsoDate {
  let current = date;
  while (!isBoardOpenDay(current, settings, calendar)) current = addCalendarDays(current, -1);
  return current;
}

/** Inside the board's working hours (start included, end excluded) on a day the board is open. */
export function isWithinWorkingHours(instant: Date, settings: BoardCalendarSettings, calendar: WorkingCalendar = getWorkingCalendar()): boolean {
  if (!isBoardOpenDay(londonDate(instant), settings, calendar)) return false;
  const minutes = londonMinutesOfDay(instant);
  return minutes >= minutesOfClockTime(settings.workingHours.start) && minutes < minutesOfClockTime(settings.workingHours.end);
}

const MS_PER_MINUTE = 60_000;

/**
 * Minutes inside the board's working hours (Europe/London wall clock) on statutory working days between two instants.
 * Each day's window is placed with that day's offset, so a clock change never adds or loses an hour of work.
 */
export function workingMinutesBetween(from: Date, to: Date, settings: BoardCalendarSettings, calendar: WorkingCalendar = getWorkingCalendar()): number {
  if (to <= from) return 0;
  let total = 0;
  const lastDate = londonDate(to);
  for (let date = londonDate(from); date <= lastDate; date = addCalendarDays(date, 1)) {
    if (!calendar.isWorkingDay(date)) continue;
    const opens = Math.max(londonDateTime(date, settings.workingHours.start).getTime(), from.getTime());
    const closes = Math.min(londonDateTime(date, settings.workingHours.end).getTime(), to.getTime());
    if (closes > opens) total += (closes - opens) / MS_PER_MINUTE;
  }
  return total;
}
