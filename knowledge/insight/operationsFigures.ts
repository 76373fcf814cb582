import { countWorkingDaysBetween } from '../calendar/workingCalendar.ts';
import type { ParkedDeliveries, UnacknowledgedAlerts } from './boardInsight.ts';
import type { ParkedDeliveryRow, UnacknowledgedItemRow } from './insightRows.ts';

type Lateness = UnacknowledgedAlerts['byLateness'][number]['band'];

/** How far past its due time an item is, in working days from the due date to today (Europe/London). */
export function latenessBand(dueBy: Date, now: Date): Lateness {
  const workingDaysLate = countWorkingDaysBetween(dueBy, now);
  if (workingDaysLate <= 1) return 'upTo1WorkingDay';
  return workingDaysLate <= 5 ? 'upTo5WorkingDays' : 'moreThan5WorkingDays';
}

const LATENESS_BANDS: readonly Lateness[] = ['upTo1WorkingDay', 'upTo5WorkingDays', 'moreThan5WorkingDays'];

/** Items past their due time as of now, by lateness band (every band listed, zeros included). */
export function unacknowledgedOf(items: readonly UnacknowledgedItemRow[], now: Date): Omit<UnacknowledgedAlerts, 'definition' | 'citation'> {
  const late = items.filter((item) => item.dueBy.getTime() <= now.getTime()).map((item) => latenessBand(item.dueBy, now));
  return { count: late.length, byLateness: LATENESS_BANDS.map((band) => ({ band, count: late.filter((found) => found === band).length })) };
}

export function parkedOf(rows: readonly ParkedDeliveryRow[]): Omit<ParkedDeliveries, 'definition' | 'citation'> {
  const destinations = ['webhook', 'boardInbox'] as const;
  return {
    count: rows.length,
    byDestination: destinations.flatMap((destination) => {
      const count = rows.filter((row) => row.destination === destination).length;
      return count === 0 ? [] : [{ destination, count }];
    }),
  };
}
