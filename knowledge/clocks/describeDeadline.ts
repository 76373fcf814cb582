import { calendarDaysBetween, formatLongDate } from '../calendar/isoDate.ts';
import { formatLondonTime, londonDate } from '../calendar/london.ts';
import { countWorkingDaysBetween } from '../calendar/workingCalendar.ts';
import type { Deadline, DueDeadline } from './computeDeadline.ts';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** '3 hours', '45 minutes', '4 days': the largest unit that reads naturally. */
function durationInWords(milliseconds: number): string {
  if (milliseconds < MS_PER_HOUR) return plural(Math.max(1, Math.floor(milliseconds / MS_PER_MINUTE)), 'minute');
  if (milliseconds < 2 * MS_PER_DAY) return plural(Math.floor(milliseconds / MS_PER_HOUR), 'hour');
  return plural(Math.floor(milliseconds / MS_PER_DAY), 'day');
}

/** '14:30 on Tuesday 22 April 2025'. */
function instantInWords(instant: Date): string {
  return `${formatLondonTime(instant)} on ${formatLongDate(londonDate(instant))}`;
}

function describeDue(deadline: DueDeadline): string {
  if (deadline.unit === 'hours') {
    return `Due by ${instantInWords(deadline.dueBy)} (${plural(deadline.length, 'elapsed hour')} from ${instantInWords(deadline.start)}).`;
  }
  const overdueDate = londonDate(deadline.overdueFrom);
  const sameYear = overdueDate.slice(0, 4) === deadline.dueDate.slice(0, 4);
  const overdue = `overdue from 00:00 ${formatLongDate(overdueDate, { withYear: !sameYear })}`;
  const sentence = `Due by the end of ${formatLongDate(deadline.dueDate)} (${overdue}).`;
  if (deadline.practicalDueDate === undefined) return sentence;
  return `${sentence} That is not a working day: aim for ${formatLongDate(deadline.practicalDueDate)}, the last working day before it.`;
}

/**
 * A deadline in plain English, Europe/London time, e.g. "Due by the end of Tuesday 22 April 2025
 * (overdue from 00:00 Wednesday 23 April)." With `now`, how long is left is added.
 */
export function describeDeadline(deadline: Deadline, now?: Date): string {
  if (deadline.kind === 'notSet') return `${deadline.message}.`;
  const description = describeDue(deadline);
  return now === undefined ? description : `${description} ${capitalise(timeLeft(deadline, now))}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** '1 working day left', 'due today', '5 hours left', 'overdue by 3 hours'. */
export function timeLeft(deadline: Deadline, now: Date): string {
  if (deadline.kind === 'notSet') return deadline.message;
  const untilOverdue = deadline.overdueFrom.getTime() - now.getTime();
  if (untilOverdue <= 0) return `overdue by ${durationInWords(-untilOverdue)}`;
  if (deadline.unit === 'hours') return `${durationInWords(untilOverdue)} left`;
  const today = londonDate(now);
  if (today === deadline.dueDate) return 'due today';
  if (deadline.unit === 'workingDays') return `${plural(countWorkingDaysBetween(today, deadline.dueDate), 'working day')} left`;
  return `${plural(calendarDaysBetween(today, deadline.dueDate), 'day')} left`;
}
