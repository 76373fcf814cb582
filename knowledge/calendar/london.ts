import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { IsoDate } from './isoDate.ts';

/** Every statutory clock in England runs on Europe/London wall-clock time (GMT in winter, BST in summer). */
export const LONDON = 'Europe/London';

const MS_PER_MINUTE = 60_000;

/**
 * The instant shifted by London's offset at that moment, so its UTC fields read as London wall-clock
 * fields. One offset lookup instead of a TZDate: this runs several times per deadline on every card render.
 */
function asLondonWallClock(instant: Date): Date {
  return new Date(instant.getTime() + tzOffset(LONDON, instant) * MS_PER_MINUTE);
}

/** The Europe/London calendar date of an instant: 23:30 UTC on 30 June is already 1 July in London. */
export function londonDate(instant: Date): IsoDate {
  return asLondonWallClock(instant).toISOString().slice(0, 10);
}

/** Minutes after London midnight, e.g. 17:30 BST → 1050. */
export function londonMinutesOfDay(instant: Date): number {
  const wallClock = asLondonWallClock(instant);
  return wallClock.getUTCHours() * 60 + wallClock.getUTCMinutes();
}

/** 'HH:mm' → minutes after midnight. */
export function minutesOfClockTime(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The instant a London wall-clock time ('HH:mm' or 'HH:mm:ss') occurs on a date, with that day's
 * offset (GMT or BST). The offset is looked up twice because the first guess can sit on the other
 * side of a clock change.
 */
export function londonDateTime(date: IsoDate, time: string): Date {
  const wallClockAsUtc = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
    Number(time.slice(6, 8) || '0'),
  );
  const firstGuess = wallClockAsUtc - tzOffset(LONDON, new Date(wallClockAsUtc)) * MS_PER_MINUTE;
  return new Date(wallClockAsUtc - tzOffset(LONDON, new Date(firstGuess)) * MS_PER_MINUTE);
}

/** 00:00 in London on a date. */
export function startOfLondonDay(date: IsoDate): Date {
  return londonDateTime(date, '00:00');
}

/** ISO 8601 with London's offset, e.g. '2025-04-23T00:00:00+01:00' (never 'Z', so the offset is always visible). */
export function formatLondonIso(instant: Date): string {
  return format(new TZDate(instant.getTime(), LONDON), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** '17:00'. */
export function formatLondonTime(instant: Date): string {
  return format(new TZDate(instant.getTime(), LONDON), 'HH:mm');
}
