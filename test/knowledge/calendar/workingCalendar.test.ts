import { describe, expect, it } from 'vitest';
import { createRuleBasedHolidayGenerator, PUBLISHED_BANK_HOLIDAYS } from '../../../knowledge/calendar/bankHolidays.ts';
import {
  addWorkingDays,
  countWorkingDaysBetween,
  getWorkingCalendar,
  holidayDataVersion,
  isWorkingDay,
  publishedHolidaysCoverNextYear,
  WorkingCalendar,
} from '../../../knowledge/calendar/workingCalendar.ts';

describe('working days in England & Wales', () => {
  it.each([
    ['2025-04-17', true, 'Thursday before Easter'],
    ['2025-04-18', false, 'Good Friday'],
    ['2025-04-19', false, 'Saturday'],
    ['2025-04-21', false, 'Easter Monday'],
    ['2026-12-28', false, 'substitute for Boxing Day'],
    ['2027-12-28', false, 'substitute for Boxing Day'],
    ['2027-12-29', true, 'first working day after Christmas 2027'],
    ['2028-01-03', false, 'substitute for New Year 2028'],
    ['2026-01-02', true, 'Scotland only'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('reads an instant as its London date: 23:30 UTC on Thu 17 Apr 2025 is Good Friday in London', () => {
    expect(isWorkingDay(new Date('2025-04-17T23:30:00Z'))).toBe(false);
  });

  it.each([
    ['2025-04-17', 1, '2025-04-22'],
    ['2025-04-19', 1, '2025-04-22'],
    ['2025-12-24', 1, '2025-12-29'],
    ['2026-12-23', 5, '2027-01-04'],
    ['2025-04-22', -1, '2025-04-17'],
    ['2025-04-22', 0, '2025-04-22'],
  ])('%s plus %i working days is %s', (date, days, expected) => {
    expect(addWorkingDays(date, days)).toBe(expected);
  });

  it('refuses fractional working days', () => {
    expect(() => addWorkingDays('2025-04-22', 1.5)).toThrow(RangeError);
  });

  it.each([
    ['2025-04-17', '2025-04-22', 1],
    ['2025-12-18', '2025-12-29', 5],
    ['2026-01-05', '2026-03-09', 45],
    ['2025-04-22', '2025-04-17', -1],
    ['2025-04-22', '2025-04-22', 0],
  ])('counts the working days after %s up to %s: %i', (from, to, expected) => {
    expect(countWorkingDaysBetween(from, to)).toBe(expected);
  });

  it('finds the last working day on or before a date', () => {
    const calendar = getWorkingCalendar();
    expect(calendar.lastWorkingDayOnOrBefore('2027-02-28')).toBe('2027-02-26');
    expect(calendar.lastWorkingDayOnOrBefore('2026-12-28')).toBe('2026-12-24');
    expect(calendar.lastWorkingDayOnOrBefore('2026-12-24')).toBe('2026-12-24');
  });

  it('lists the weekday bank holidays in a span', () => {
    const holidays = getWorkingCalendar().bankHolidaysBetween('2026-12-21', '2027-01-14');
    expect(holidays.map((holiday) => holiday.date)).toEqual(['2026-12-25', '2026-12-28', '2027-01-01']);
  });
});

describe('the calendar is built once', () => {
  it('hands every caller the same calendar', () => {
    expect(getWorkingCalendar()).toBe(getWorkingCalendar());
  });

  it('generates each year beyond the published data at most once, however many questions are asked', () => {
    const generator = createRuleBasedHolidayGenerator();
    const generatedYears: number[] = [];
    const calendar = new WorkingCalendar(PUBLISHED_BANK_HOLIDAYS, (year) => {
      generatedYears.push(year);
      return generator(year);
    });
    for (let repeat = 0; repeat < 50; repeat++) calendar.addWorkingDays('2030-12-20', 10);
    expect(generatedYears).toEqual([2030, 2031]);
  });

  it('never asks the rules for years the published file covers in full', () => {
    const generatedYears: number[] = [];
    const calendar = new WorkingCalendar(PUBLISHED_BANK_HOLIDAYS, (year) => {
      generatedYears.push(year);
      return [];
    });
    calendar.addWorkingDays('2025-01-02', 200);
    expect(generatedYears).toEqual([]);
  });
});

describe('holiday data freshness (W8)', () => {
  it('reports the version of the shared calendar', () => {
    expect(holidayDataVersion()).toBe(getWorkingCalendar().holidayDataVersion);
  });

  it('says when the published dates no longer reach a year ahead', () => {
    expect(publishedHolidaysCoverNextYear(new Date('2026-12-01T12:00:00Z'))).toBe(true);
    expect(publishedHolidaysCoverNextYear(new Date('2027-01-04T12:00:00Z'))).toBe(false);
  });
});
