import { formatLongDate } from '../../knowledge/calendar/isoDate.ts';
import { formatLondonTime, londonDate } from '../../knowledge/calendar/london.ts';

/** '16:10 on Monday 2 March 2026', London time; '—' when it has not happened. */
export function readableTime(instant: Date | null): string {
  return instant === null ? '—' : `${formatLondonTime(instant)} on ${formatLongDate(londonDate(instant))}`;
}
