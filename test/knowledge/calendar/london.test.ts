import { describe, expect, it } from 'vitest';
import { addCalendarMonths, formatLongDate } from '../../../knowledge/calendar/isoDate.ts';
import { formatLondonIso, londonDate, londonDateTime, startOfLondonDay } from '../../../knowledge/calendar/london.ts';

describe('Europe/London dates and instants', () => {
  it.each([
    ['2025-06-30T23:30:00Z', '2025-07-01', 'BST: already the next day in London'],
    ['2025-12-31T23:30:00Z', '2025-12-31', 'GMT: same day'],
    ['2025-03-30T00:30:00Z', '2025-03-30', 'just before the spring change'],
    ['2025-10-25T23:30:00Z', '2025-10-26', 'the night of the autumn change'],
  ])('%s falls on %s (%s)', (instant, expected) => {
    expect(londonDate(new Date(instant))).toBe(expected);
  });

  it.each([
    ['2025-03-29', '2025-03-29T00:00:00+00:00'],
    ['2025-03-30', '2025-03-30T00:00:00+00:00'],
    ['2025-03-31', '2025-03-31T00:00:00+01:00'],
    ['2025-10-26', '2025-10-26T00:00:00+01:00'],
    ['2025-10-27', '2025-10-27T00:00:00+00:00'],
  ])('midnight on %s carries that day’s offset: %s', (date, expected) => {
    expect(formatLondonIso(startOfLondonDay(date))).toBe(expected);
  });

  it('gives 17:00 on a clock-change day as 16:00 UTC in summer time', () => {
    expect(londonDateTime('2025-03-30', '17:00').toISOString()).toBe('2025-03-30T16:00:00.000Z');
    expect(londonDateTime('2025-10-26', '17:00').toISOString()).toBe('2025-10-26T17:00:00.000Z');
  });

  it.each([
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', 6, '2026-09-30'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-02-26', 6, '2027-08-26'],
  ])('%s plus %i calendar months is %s, clamped to the month end', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it('writes dates the way practitioners read them', () => {
    expect(formatLongDate('2025-04-22')).toBe('Tuesday 22 April 2025');
    expect(formatLongDate('2025-04-23', { withYear: false })).toBe('Wednesday 23 April');
  });
});
