import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { IsoDate } from './isoDate.ts';

/** Every statutory clock in England runs on Europe/London wall-clock time (GMT in winter, BST in summer). */
export const LONDON = 'Europe/London';

function inLondon(instant: Date): TZDate {
  return new TZDate(instant.getTime(), LONDON);
}

/** The Europe/London calendar date of an instant: 23:30 UTC on 30 June is already 1 July in London. */
export function londonDate(instant: Date): IsoDate {
  return format(inLondon(instant), 'yyyy-MM-dd');
}

/** Minutes after London midnight, e.g. 17:30 BST → 1050. */
export function londonMinutesOfDay(instant: Date): number {
  const local = inLondon(instant);
  return local.getHours() * 60 + local.getMinutes();
}

/** 'HH:mm' → minutes after midnight. */
export function minutesOfClockTime(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The instant a London wall-clock time occurs on a date, with that day's offset (GMT or BST). */
export function londonDateTime(date: IsoDate, time: string): Date {
  const local = new TZDate(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
    LONDON,
  );
  return new Date(local.getTime());
}

/** 00:00 in London on a date. */
export function startOfLondonDay(date: IsoDate): Date {
  return londonDateTime(date, '00:00');
}

/** ISO 8601 with London's offset, e.g. '2025-04-23T00:00:00+01:00' (never 'Z', so the offset is always visible). */
export function formatLondonIso(instant: Date): string {
  return format(inLondon(instant), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** '17:00'. */
export function formatLondonTime(instant: Date): string {
  return format(inLondon(instant), 'HH:mm');
}
