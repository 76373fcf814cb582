import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { DEFAULT_BOARD_CALENDAR_SETTINGS } from '../knowledge/calendar/boardCalendarSettings.ts';
import { WorkingCalendar } from '../knowledge/calendar/workingCalendar.ts';
import { computeDeadline } from '../knowledge/clocks/computeDeadline.ts';
import { resolveClock } from '../knowledge/clocks/resolveClock.ts';
import { formatNanoseconds, nanosecondsPerCall, type BenchResult } from './measure.ts';

/** 997 start instants spread over 2025–2027 at odd hours, so no two calls ask the same question. */
const STARTS = Array.from({ length: 997 }, (_, index) => new Date(Date.UTC(2025, 0, 1) + index * 26 * 3_600_000 * 1.1));

function startFor(iteration: number): Date {
  return STARTS[iteration % STARTS.length] ?? new Date(0);
}

/**
 * computeDeadline runs on every card render, so it must reuse the shared holiday table. The
 * baseline is formatting one London date; a version that rebuilds the table per call shows what is avoided.
 */
export default async function deadlineBench(): Promise<BenchResult[]> {
  const sin = resolveClock('wt2023', 'SIN');
  const assessment = resolveClock('wt2023', 'ASSESS');

  const formatOneDate = nanosecondsPerCall((i) => format(new TZDate(startFor(i).getTime(), 'Europe/London'), 'yyyy-MM-dd'));
  const sinDeadline = nanosecondsPerCall((i) => computeDeadline(sin, startFor(i)));
  const assessmentDeadline = nanosecondsPerCall((i) => computeDeadline(assessment, startFor(i)));
  const rebuiltEveryCall = nanosecondsPerCall((i) => computeDeadline(sin, startFor(i), DEFAULT_BOARD_CALENDAR_SETTINGS, new WorkingCalendar()));

  const baselineName = 'format one London date (TZDate + date-fns)';
  return [
    {
      name: 'computeDeadline SIN (5 working days)',
      baselineName,
      ratio: sinDeadline / formatOneDate,
      detail: `${formatNanoseconds(sinDeadline)} vs ${formatNanoseconds(formatOneDate)} per call`,
    },
    {
      name: 'computeDeadline ASSESS (45 working days)',
      baselineName,
      ratio: assessmentDeadline / formatOneDate,
      detail: `${formatNanoseconds(assessmentDeadline)} vs ${formatNanoseconds(formatOneDate)} per call`,
    },
    {
      name: 'computeDeadline SIN, holiday table rebuilt per call',
      baselineName: 'computeDeadline SIN with the shared calendar',
      ratio: rebuiltEveryCall / sinDeadline,
      detail: `${formatNanoseconds(rebuiltEveryCall)} vs ${formatNanoseconds(sinDeadline)} per call`,
    },
  ];
}
