import { parseArgs } from 'node:util';
import type { BoardCalendarSettings } from '../calendar/boardCalendarSettings.ts';
import { addCalendarDays, formatLongDate, isIsoDate } from '../calendar/isoDate.ts';
import { formatLondonIso, formatLondonTime, londonDate, londonDateTime, startOfLondonDay } from '../calendar/london.ts';
import { getWorkingCalendar } from '../calendar/workingCalendar.ts';
import type { BoardClockSettings } from '../clocks/boardClockSetting.ts';
import type { EffectiveClock } from '../clocks/clock.ts';
import { describeClockLength } from '../clocks/clockLength.ts';
import { computeDeadline, type Deadline, type DueDeadline } from '../clocks/computeDeadline.ts';
import { describeDeadline } from '../clocks/describeDeadline.ts';
import { resolveClock } from '../clocks/resolveClock.ts';
import { DEFAULT_EDITION } from '../editions/editionId.ts';
import { getEdition } from '../editions/editions.ts';
import { citationForAdministrators } from '../editions/formatCitation.ts';
import { statusLabel } from '../editions/statusLabel.ts';
import type { CliOutput } from './main.ts';

export const DEADLINE_USAGE = 'deadline --clock <id> --from <ISO instant> [--board <id>] [--edition <id>] [--json]';

/** What a board contributes to a deadline: its edition, calendar and clock settings. */
export type BoardDeadlineContext = {
  edition?: string;
  calendar?: BoardCalendarSettings;
  clocks?: BoardClockSettings;
};

/** Looks a board up by id, throwing an error that names the problem when there is none. */
export type BoardLookup = (boardId: string) => BoardDeadlineContext;

const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LONDON_WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(:\d{2})?)$/;

/** An instant with an offset; a date and time without one is London wall-clock time; a bare date is 00:00 London. */
export function parseStartInstant(text: string): Date {
  const wallClock = LONDON_WALL_CLOCK.exec(text);
  const instant = INSTANT_WITH_OFFSET.test(text)
    ? new Date(text)
    : wallClock?.[1] !== undefined && wallClock[2] !== undefined && isIsoDate(wallClock[1])
      ? londonDateTime(wallClock[1], wallClock[2])
      : isIsoDate(text)
        ? startOfLondonDay(text)
        : undefined;
  if (instant === undefined || Number.isNaN(instant.getTime())) {
    throw new Error(`--from "${text}" is not an ISO 8601 instant, e.g. 2025-04-17T10:00:00+01:00 (without an offset it is read as London time).`);
  }
  return instant;
}

type DeadlineRequest = { clockId: string; start: Date; boardId?: string; edition?: string; json: boolean };

function parseDeadlineArgs(args: string[]): DeadlineRequest {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      clock: { type: 'string' },
      from: { type: 'string' },
      board: { type: 'string' },
      edition: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (values.clock === undefined) throw new Error('--clock is required, e.g. --clock LADO_REPORT.');
  if (values.from === undefined) throw new Error('--from is required, e.g. --from 2025-04-17T10:00:00+01:00.');
  return {
    clockId: values.clock.trim().toUpperCase(),
    start: parseStartInstant(values.from),
    json: values.json,
    ...(values.board === undefined ? {} : { boardId: values.board }),
    ...(values.edition === undefined ? {} : { edition: values.edition }),
  };
}

function deadlineAsJson(clock: EffectiveClock, deadline: Deadline, start: Date): Record<string, unknown> {
  const common = {
    clock: clock.id,
    edition: clock.edition,
    status: clock.status,
    setByBoard: clock.setByBoard,
    startEvent: clock.startEvent,
    endEvent: clock.endEvent,
    start: formatLondonIso(start),
    citations: clock.citations,
  };
  if (deadline.kind === 'notSet') return { ...common, kind: 'notSet', message: deadline.message };
  return {
    ...common,
    kind: 'due',
    length: deadline.length,
    unit: deadline.unit,
    dayZero: deadline.dayZero,
    dueDate: deadline.dueDate,
    dueBy: formatLondonIso(deadline.dueBy),
    overdueFrom: formatLondonIso(deadline.overdueFrom),
    closeOfBusiness: formatLondonIso(deadline.closeOfBusiness),
    remindBy: formatLondonIso(deadline.remindBy),
    ...(deadline.practicalDueDate === undefined ? {} : { practicalDueDate: deadline.practicalDueDate }),
    description: describeDeadline(deadline),
    holidayDataVersion: deadline.holidayDataVersion,
  };
}

function atTime(instant: Date): string {
  return `${formatLondonTime(instant)} on ${formatLongDate(londonDate(instant))} (${formatLondonIso(instant)})`;
}

function holidaysCountedOver(deadline: DueDeadline): string | undefined {
  if (deadline.unit !== 'workingDays') return undefined;
  const [from, to] = deadline.dueDate < deadline.dayZero ? [deadline.dueDate, deadline.dayZero] : [deadline.dayZero, deadline.dueDate];
  const holidays = getWorkingCalendar().bankHolidaysBetween(addCalendarDays(from, 1), to);
  if (holidays.length === 0) return undefined;
  return holidays.map((holiday) => `${holiday.title} (${formatLongDate(holiday.date)})`).join(', ');
}

function deadlineAsText(clock: EffectiveClock, deadline: Deadline, start: Date): string[] {
  const pack = getEdition(clock.edition);
  const lines = [
    `Clock ${clock.id} (${pack.id}, ${pack.title})`,
    `Starts when: ${clock.startEvent}`,
    `Started:     ${atTime(start)}`,
    `Ends when:   ${clock.endEvent}`,
    `Length:      ${describeClockLength(clock)}${clock.setByBoard ? ' (set by the board)' : ''}; status ${statusLabel(clock.status)}`,
    '',
    describeDeadline(deadline),
  ];
  if (deadline.kind === 'due') {
    if (deadline.unit !== 'hours' && deadline.practicalDueDate === undefined) {
      lines.push(`Close of business on the due date: ${atTime(deadline.closeOfBusiness)}`);
    }
    if (deadline.remindBy.getTime() !== deadline.closeOfBusiness.getTime() && deadline.unit !== 'hours') {
      lines.push(`Reminders aim for: ${atTime(deadline.remindBy)}`);
    }
    const holidays = holidaysCountedOver(deadline);
    if (holidays !== undefined) lines.push(`Bank holidays in the count: ${holidays}`);
    lines.push(`Holiday data: ${deadline.holidayDataVersion}`);
  }
  if (clock.note !== undefined) lines.push(`Note: ${clock.note}`);
  lines.push('Sources:', ...(clock.citations.length > 0 ? clock.citations.map((citation) => `  ${citationForAdministrators(citation)}`) : ['  none: a local setting the board cites itself']));
  if (pack.supersededBanner !== undefined) lines.push('', pack.supersededBanner);
  return lines;
}

/** `deadline`: when a clock started at an instant is due, in words and London local time, or as JSON. */
export function runDeadline(args: string[], io: CliOutput, lookUpBoard?: BoardLookup): number {
  let request: DeadlineRequest;
  let clock: EffectiveClock;
  let board: BoardDeadlineContext | undefined;
  try {
    request = parseDeadlineArgs(args);
    if (request.boardId !== undefined) {
      if (lookUpBoard === undefined) throw new Error('--board is not available: no board registry is installed.');
      board = lookUpBoard(request.boardId);
    }
    const edition = getEdition(request.edition ?? board?.edition ?? DEFAULT_EDITION).id;
    clock = resolveClock(edition, request.clockId, board?.clocks);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run knowledge -- ${DEADLINE_USAGE}`);
    return 2;
  }
  const deadline = computeDeadline(clock, request.start, board?.calendar);
  if (request.json) io.out(JSON.stringify(deadlineAsJson(clock, deadline, request.start), null, 2));
  else io.out(deadlineAsText(clock, deadline, request.start).join('\n'));
  return 0;
}
