import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { computeDeadline } from '../../knowledge/clocks/computeDeadline.ts';
import { describeDeadline } from '../../knowledge/clocks/describeDeadline.ts';
import { resolveClock } from '../../knowledge/clocks/resolveClock.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import type { ClockStart, SubmittedClock } from '../../dialogs/ports.ts';
import { timersForDeadline, type PlannedTimer } from './clockTimers.ts';

/** A clock as the record_clocks table keeps it. */
export interface StoredClock {
  clockId: string;
  position: number;
  edition: EditionId;
  ruleStatus: string;
  startsAt: Date;
  dueDate: string | null;
  dueBy: Date | null;
  notSetMessage: string | null;
  description: string;
  holidayDataVersion: string | null;
}

export interface ClockPlan {
  clocks: StoredClock[];
  timers: PlannedTimer[];
}

/**
 * The clocks a record starts, resolved for the record's edition and the board's settings, with the timers that
 * watch them. A clock without a value for this board (a U clock it has not set) is reported, with no timer.
 * Throws UnknownClockError for a clock that is not part of the edition.
 */
export function planClocks(board: Board, edition: EditionId, starts: readonly ClockStart[], submittedAt: Date): ClockPlan {
  const plan: ClockPlan = { clocks: [], timers: [] };
  starts.forEach((start, position) => {
    const deadline = computeDeadline(resolveClock(edition, start.clockId, board.clockSettings), start.startsAt, board.calendar);
    const common = { clockId: start.clockId, position, edition, ruleStatus: deadline.status, startsAt: start.startsAt, description: describeDeadline(deadline) };
    if (deadline.kind === 'notSet') {
      plan.clocks.push({ ...common, dueDate: null, dueBy: null, notSetMessage: deadline.message, holidayDataVersion: null });
      return;
    }
    plan.clocks.push({ ...common, dueDate: deadline.dueDate, dueBy: deadline.dueBy, notSetMessage: null, holidayDataVersion: deadline.holidayDataVersion });
    plan.timers.push(...timersForDeadline(deadline, board.reminders, board.calendar, submittedAt));
  });
  return plan;
}

export function submittedClockOf(clock: Pick<StoredClock, 'clockId' | 'description' | 'dueBy' | 'notSetMessage'>): SubmittedClock {
  return {
    clockId: clock.clockId,
    description: clock.description,
    ...(clock.dueBy === null ? {} : { dueBy: clock.dueBy }),
    ...(clock.notSetMessage === null ? {} : { notSetMessage: clock.notSetMessage }),
  };
}
