import type { ReminderOffset } from '../../knowledge/boards/alertRoutes.ts';
import type { BoardCalendarSettings } from '../../knowledge/calendar/boardCalendarSettings.ts';
import { isBoardOpenDay, lastBoardOpenDayOnOrBefore } from '../../knowledge/calendar/boardWorkingTime.ts';
import { addCalendarDays, type IsoDate } from '../../knowledge/calendar/isoDate.ts';
import { londonDate, londonDateTime, londonMinutesOfDay, minutesOfClockTime } from '../../knowledge/calendar/london.ts';
import type { DueDeadline } from '../../knowledge/clocks/computeDeadline.ts';

export type TimerKind = 'reminder' | 'due' | 'overdue' | 'escalation';

export interface PlannedTimer {
  clockId: string;
  kind: TimerKind;
  fireAt: Date;
  dueBy: Date;
}

const MS_PER_HOUR = 3_600_000;

function clockTimeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** `hours` of the board's working time before `instant`, counted back through its working hours on open days. */
function workingHoursBefore(instant: Date, hours: number, settings: BoardCalendarSettings): Date {
  const dayStart = minutesOfClockTime(settings.workingHours.start);
  const dayEnd = minutesOfClockTime(settings.workingHours.end);
  let remaining = Math.round(hours * 60);
  let day: IsoDate = londonDate(instant);
  let end = Math.min(londonMinutesOfDay(instant), dayEnd);
  for (;;) {
    if (isBoardOpenDay(day, settings)) {
      const available = Math.max(end - dayStart, 0);
      if (remaining <= available) return londonDateTime(day, clockTimeOf(end - remaining));
      remaining -= available;
    }
    day = addCalendarDays(day, -1);
    end = dayEnd;
  }
}

/** Close of business on the board's open day `openDaysBefore` open days before `date` (0: `date` itself, or the open day before it). */
function closeOfBusinessBefore(date: IsoDate, openDaysBefore: number, settings: BoardCalendarSettings): Date {
  let day = lastBoardOpenDayOnOrBefore(date, settings);
  for (let step = 0; step < openDaysBefore; step += 1) day = lastBoardOpenDayOnOrBefore(addCalendarDays(day, -1), settings);
  return londonDateTime(day, settings.closeOfBusiness);
}

function fireTimeOf(offset: Exclude<ReminderOffset, { at: 'overdue' }>, deadline: DueDeadline, settings: BoardCalendarSettings): Date {
  if (offset.at === 'closeOfBusiness') return closeOfBusinessBefore(londonDate(deadline.remindBy), offset.workingDaysBefore, settings);
  if (deadline.unit === 'hours') return new Date(deadline.dueBy.getTime() - offset.workingHours * MS_PER_HOUR);
  return workingHoursBefore(deadline.remindBy, offset.workingHours, settings);
}

/**
 * The timers of one running clock, from the board's reminder offsets:
 * - `beforeCloseOfBusiness` (N working hours): a reminder N hours of the board's working time before close of
 *   business on the day reminders aim at (the due date, or the last open day before it); for a clock counted in
 *   elapsed hours, N hours before its end;
 * - `closeOfBusiness` (N open days before): close of business on that day; 'due' on the day itself, else a reminder;
 * - `overdue`: the moment the clock has passed, kept even when that moment is already past at submission.
 * Reminders that would fire before the submission or after the clock has passed are left out.
 */
export function timersForDeadline(deadline: DueDeadline, offsets: readonly ReminderOffset[], settings: BoardCalendarSettings, submittedAt: Date): PlannedTimer[] {
  const timers: PlannedTimer[] = [];
  const add = (kind: TimerKind, fireAt: Date) => {
    if (timers.some((timer) => timer.kind === kind && timer.fireAt.getTime() === fireAt.getTime())) return;
    timers.push({ clockId: deadline.clockId, kind, fireAt, dueBy: deadline.overdueFrom });
  };
  for (const offset of offsets) {
    if (offset.at === 'overdue') {
      add('overdue', deadline.overdueFrom);
      continue;
    }
    const fireAt = fireTimeOf(offset, deadline, settings);
    if (fireAt <= submittedAt || fireAt >= deadline.overdueFrom) continue;
    add(offset.at === 'closeOfBusiness' && offset.workingDaysBefore === 0 ? 'due' : 'reminder', fireAt);
  }
  return timers.sort((a, b) => a.fireAt.getTime() - b.fireAt.getTime());
}
