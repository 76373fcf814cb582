import type { IsoDate } from '../calendar/isoDate.ts';
import type { InsightPeriod } from './boardInsight.ts';
import { figureClockId } from './figureDefinitions.ts';
import type { ReviewStepRow } from './insightRows.ts';
import { deadlineOf, metDeadline, type ClockBoard } from './timeliness.ts';

/** running: open and its clock has not ended yet. overdue: open and its clock has ended. */
export type StepStatus = 'onTime' | 'late' | 'overdue' | 'running';

export type MeasuredStep = { figure: ReviewStepRow['figure']; dueDate: IsoDate; status: StepStatus };

/** A step against its edition's clock as of now; undefined when the edition has no such clock or it has no value. */
export function measureReviewStep(row: ReviewStepRow, board: ClockBoard, now: Date): MeasuredStep | undefined {
  const clockId = figureClockId(row.edition, row.figure);
  const deadline = clockId === undefined ? undefined : deadlineOf(board, row.edition, clockId, row.startsAt);
  if (!deadline) return undefined;
  const status: StepStatus = row.stoppedAt ? (metDeadline(deadline, row.stoppedAt) ? 'onTime' : 'late') : metDeadline(deadline, now) ? 'running' : 'overdue';
  return { figure: row.figure, dueDate: deadline.dueDate, status };
}

/** Steps whose clock ended in the period and whose outcome is known: done on time, done late, or still open past it. */
export function decidedInPeriod(step: MeasuredStep, period: InsightPeriod): boolean {
  return step.status !== 'running' && step.dueDate >= period.from && step.dueDate <= period.to;
}
