import { addCalendarDays, formatLongDate } from '../../knowledge/calendar/isoDate.ts';
import { formatLondonTime, londonDate } from '../../knowledge/calendar/london.ts';

/**
 * When a clock ends, in London local time. A clock counted in days ends at 00:00 London after its due date,
 * which people read as "by the end of" that date; a clock counted in hours ends at a time of day.
 */
export function dueText(dueBy: Date | null): string {
  if (dueBy === null) return 'No deadline set';
  const time = formatLondonTime(dueBy);
  if (time === '00:00') return `By the end of ${formatLongDate(addCalendarDays(londonDate(dueBy), -1))}`;
  return `By ${time} on ${formatLongDate(londonDate(dueBy))} (London time)`;
}
