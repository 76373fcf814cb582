import type { RuleStatus } from '../citation.ts';
import { DEFAULT_BOARD_CALENDAR_SETTINGS, type BoardCalendarSettings } from '../calendar/boardCalendarSettings.ts';
import { lastBoardOpenDayOnOrBefore } from '../calendar/boardWorkingTime.ts';
import { addCalendarDays, addCalendarMonths, type IsoDate } from '../calendar/isoDate.ts';
import { londonDate, londonDateTime, londonMinutesOfDay, minutesOfClockTime, startOfLondonDay } from '../calendar/london.ts';
import { getWorkingCalendar, type WorkingCalendar } from '../calendar/workingCalendar.ts';
import type { EditionId } from '../editions/editionId.ts';
import type { ClockUnit } from './boardClockSetting.ts';
import type { EffectiveClock } from './clock.ts';

export type DueDeadline = {
  kind: 'due';
  clockId: string;
  edition: EditionId;
  status: RuleStatus;
  length: number;
  unit: ClockUnit;
  start: Date;
  /** The Europe/London date the count starts from (W1), moved by W4 when the board enables it. */
  dayZero: IsoDate;
  /** The Europe/London date the clock ends on. */
  dueDate: IsoDate;
  /** The instant the clock ends: 00:00 London after the due date, or start + N hours. */
  dueBy: Date;
  overdueFrom: Date;
  /** The due date at the board's close of business. */
  closeOfBusiness: Date;
  /** When reminders aim: close of business on the last day the board is open on or before the (practical) due date (W7). */
  remindBy: Date;
  /** W6: the last working day on or before a due date that falls on a weekend or bank holiday. */
  practicalDueDate?: IsoDate;
  /** W8: which holiday data produced this deadline. */
  holidayDataVersion: string;
};

export type UnsetDeadline = {
  kind: 'notSet';
  clockId: string;
  edition: EditionId;
  status: RuleStatus;
  message: string;
};

export type Deadline = DueDeadline | UnsetDeadline;

export const NO_NATIONAL_DEADLINE = 'No national deadline recorded – board to set';
export const NO_LOCAL_DEFAULT = 'Local clock with no default – board to set';

const MS_PER_HOUR = 3_600_000;

/**
 * When a clock started at `start` is due, by the counting rules W1–W8 of the domain brief §4.2.
 * A clock without a value (U, or L with no default, and no board setting) is reported as not set.
 */
export function computeDeadline(clock: EffectiveClock, start: Date, settings: BoardCalendarSettings = DEFAULT_BOARD_CALENDAR_SETTINGS, calendar: WorkingCalendar = getWorkingCalendar()): Deadline {
  if (Number.isNaN(start.getTime())) throw new RangeError('The start of a clock must be a valid instant.');
  const { length, unit } = clock;
  if (length === null || unit === null) {
    return {
      kind: 'notSet',
      clockId: clock.id,
      edition: clock.edition,
      status: clock.status,
      message: clock.status === 'L' ? NO_LOCAL_DEFAULT : NO_NATIONAL_DEADLINE,
    };
  }
  const signedLength = clock.direction === 'before' ? -length : length;
  const common = {
    kind: 'due' as const,
    clockId: clock.id,
    edition: clock.edition,
    status: clock.status,
    length,
    unit,
    start,
    holidayDataVersion: calendar.holidayDataVersion,
  };

  if (unit === 'hours') {
    const dueBy = new Date(start.getTime() + signedLength * MS_PER_HOUR);
    const dueDate = londonDate(dueBy);
    return {
      ...common,
      dayZero: londonDate(start),
      dueDate,
      dueBy,
      overdueFrom: dueBy,
      closeOfBusiness: londonDateTime(dueDate, settings.closeOfBusiness),
      remindBy: dueBy,
    };
  }

  const dayZero = clock.direction === 'before' ? londonDate(start) : dayZeroOf(start, settings, calendar);
  const dueDate = dueDateOf(dayZero, signedLength, unit, calendar);
  const practicalDueDate = unit !== 'workingDays' && !calendar.isWorkingDay(dueDate) ? calendar.lastWorkingDayOnOrBefore(dueDate) : undefined;
  const overdueFrom = startOfLondonDay(addCalendarDays(dueDate, 1));
  const reminderDay = lastBoardOpenDayOnOrBefore(practicalDueDate ?? dueDate, settings, calendar);
  return {
    ...common,
    dayZero,
    dueDate,
    dueBy: overdueFrom,
    overdueFrom,
    closeOfBusiness: londonDateTime(dueDate, settings.closeOfBusiness),
    remindBy: londonDateTime(reminderDay, settings.closeOfBusiness),
    ...(practicalDueDate === undefined ? {} : { practicalDueDate }),
  };
}

/** W1 and W4: the start's London date, or with out-of-hours receipt on, the next working day after a late or non-working start. */
function dayZeroOf(start: Date, settings: BoardCalendarSettings, calendar: WorkingCalendar): IsoDate {
  const startDate = londonDate(start);
  const receipt = settings.outOfHoursReceipt;
  if (!receipt?.enabled) return startDate;
  const receivedInHours = calendar.isWorkingDay(startDate) && londonMinutesOfDay(start) < minutesOfClockTime(receipt.cutoff);
  return receivedInHours ? startDate : calendar.nextWorkingDayAfter(startDate);
}

function dueDateOf(dayZero: IsoDate, signedLength: number, unit: Exclude<ClockUnit, 'hours'>, calendar: WorkingCalendar): IsoDate {
  switch (unit) {
    case 'workingDays':
      return calendar.addWorkingDays(dayZero, signedLength);
    case 'calendarDays':
      return addCalendarDays(dayZero, signedLength);
    case 'months':
      return addCalendarMonths(dayZero, signedLength);
  }
}
