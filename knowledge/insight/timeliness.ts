import type { BoardCalendarSettings } from '../calendar/boardCalendarSettings.ts';
import type { BoardClockSettings } from '../clocks/boardClockSetting.ts';
import { computeDeadline, type DueDeadline } from '../clocks/computeDeadline.ts';
import { resolveClock } from '../clocks/resolveClock.ts';
import type { EditionId } from '../editions/editionId.ts';
import type { OnTimeCounts } from './boardInsight.ts';

/** The board settings every clock of the insight is computed with. */
export type ClockBoard = { clockSettings: BoardClockSettings; calendar: BoardCalendarSettings };

/** The clock's end for a start, by the rules of knowledge/clocks; undefined when the clock has no value for the board. */
export function deadlineOf(board: ClockBoard, edition: EditionId, clockId: string, start: Date): DueDeadline | undefined {
  const deadline = computeDeadline(resolveClock(edition, clockId, board.clockSettings), start, board.calendar);
  return deadline.kind === 'due' ? deadline : undefined;
}

/** A clock's end event happened in time when it happened before the clock ended (dueBy is the first late instant). */
export function metDeadline(deadline: DueDeadline, endedAt: Date): boolean {
  return endedAt.getTime() < deadline.dueBy.getTime();
}

export function countOnTime(results: readonly boolean[]): OnTimeCounts {
  const onTime = results.filter(Boolean).length;
  return { total: results.length, onTime, share: results.length === 0 ? null : onTime / results.length };
}
