import type { ClockUnit } from './boardClockSetting.ts';
import type { Clock } from './clock.ts';
import { NO_LOCAL_DEFAULT, NO_NATIONAL_DEADLINE } from './computeDeadline.ts';

const UNIT_WORDS: Record<ClockUnit, [singular: string, plural: string]> = {
  workingDays: ['working day', 'working days'],
  calendarDays: ['calendar day', 'calendar days'],
  months: ['month', 'months'],
  hours: ['elapsed hour', 'elapsed hours'],
};

/** '1 working day', '6 months, repeating', '7 working days before', or why there is no value. */
export function describeClockLength(clock: Pick<Clock, 'length' | 'unit' | 'status' | 'direction' | 'repeats'>): string {
  if (clock.length === null || clock.unit === null) return clock.status === 'L' ? NO_LOCAL_DEFAULT : NO_NATIONAL_DEADLINE;
  const [singular, plural] = UNIT_WORDS[clock.unit];
  const length = `${clock.length} ${clock.length === 1 ? singular : plural}`;
  if (clock.direction === 'before') return `${length} before`;
  return clock.repeats ? `${length}, repeating` : length;
}
