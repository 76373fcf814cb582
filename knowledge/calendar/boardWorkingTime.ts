import type { BoardCalendarSettings } from './boardCalendarSettings.ts';
import { addCalendarDays, type IsoDate } from './isoDate.ts';
import { londonDate, londonMinutesOfDay, minutesOfClockTime } from './london.ts';
import { getWorkingCalendar, type WorkingCalendar } from './workingCalendar.ts';

/** A statutory working day on which the board's office is also open (not one of its closure days). */
export function isBoardOpenDay(
  date: IsoDate,
  settings: BoardCalendarSettings,
  calendar: WorkingCalendar = getWorkingCalendar(),
): boolean {
  return calendar.isWorkingDay(date) && !settings.extraClosureDays.some((closure) => closure.date === date);
}

/** W7: closure days never move a deadline; reminders move to the last open day on or before it. */
export function lastBoardOpenDayOnOrBefore(
  date: IsoDate,
  settings: BoardCalendarSettings,
  calendar: WorkingCalendar = getWorkingCalendar(),
): IsoDate {
  let current = date;
  while (!isBoardOpenDay(current, settings, calendar)) current = addCalendarDays(current, -1);
  return current;
}

/** Inside the board's working hours (start included, end excluded) on a day the board is open. */
export function isWithinWorkingHours(
  instant: Date,
  settings: BoardCalendarSettings,
  calendar: WorkingCalendar = getWorkingCalendar(),
): boolean {
  if (!isBoardOpenDay(londonDate(instant), settings, calendar)) return false;
  const minutes = londonMinutesOfDay(instant);
  return minutes >= minutesOfClockTime(settings.workingHours.start) && minutes < minutesOfClockTime(settings.workingHours.end);
}
