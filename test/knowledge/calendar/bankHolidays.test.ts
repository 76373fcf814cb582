import { describe, expect, it } from 'vitest';
import { createRuleBasedHolidayGenerator, PUBLISHED_BANK_HOLIDAYS, type BankHoliday } from '../../../knowledge/calendar/bankHolidays.ts';
import { isWeekend } from '../../../knowledge/calendar/isoDate.ts';
import { WorkingCalendar } from '../../../knowledge/calendar/workingCalendar.ts';

const publishedDates = PUBLISHED_BANK_HOLIDAYS.holidays.map((holiday) => holiday.date);

function publishedInYear(year: number): string[] {
  return publishedDates.filter((date) => date.startsWith(`${year}-`));
}

describe('published England & Wales bank holidays (the shipped data file)', () => {
  it.each([
    [2025, ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
    [2028, ['2028-01-03']],
  ])('lists the domain brief dates for %i', (year, expected) => {
    expect(publishedInYear(year)).toEqual(expected);
  });

  it('covers every year from 2018 to 2027 with at least eight bank holidays, all on weekdays', () => {
    for (let year = 2018; year <= 2027; year++) expect(publishedInYear(year).length).toBeGreaterThanOrEqual(8);
    expect(publishedDates.filter(isWeekend)).toEqual([]);
  });

  it('marks substitute days', () => {
    const substitutes = PUBLISHED_BANK_HOLIDAYS.holidays.filter((holiday) => holiday.substitute).map((holiday) => holiday.date);
    expect(substitutes).toEqual(expect.arrayContaining(['2020-12-28', '2022-01-03', '2026-12-28', '2027-12-27', '2027-12-28', '2028-01-03']));
    expect(substitutes).not.toContain('2026-12-25');
  });

  it('includes the one-off holidays of 2020, 2022 and 2023', () => {
    expect(publishedDates).toEqual(expect.arrayContaining(['2020-05-08', '2022-06-03', '2022-09-19', '2023-05-08']));
  });

  it('reaches back to 2010, so WT2010 and WT2013 cases count on the right days', () => {
    expect(PUBLISHED_BANK_HOLIDAYS.coverage.from).toBe('2010-01-01');
    for (let year = 2010; year <= 2017; year++) expect(publishedInYear(year).length).toBeGreaterThanOrEqual(8);
  });
});

describe('one-off and moved bank holidays in the combined calendar', () => {
  const calendar = new WorkingCalendar();

  it.each([
    ['2011-04-29', 'the royal wedding'],
    ['2012-06-04', 'the spring bank holiday, moved for the Diamond Jubilee'],
    ['2012-06-05', 'the Diamond Jubilee'],
    ['2020-05-08', 'VE day (early May holiday moved)'],
    ['2022-09-19', 'the state funeral of Queen Elizabeth II'],
    ['2023-05-08', 'the coronation of King Charles III'],
  ])('%s (%s) is not a working day', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(false);
    expect(calendar.bankHoliday(date)?.origin).toBe('published');
  });

  it('28 May 2012 is a working day, although the rules generate the usual spring holiday on it', () => {
    expect(createRuleBasedHolidayGenerator()(2012).map((holiday) => holiday.date)).toContain('2012-05-28');
    expect(calendar.isWorkingDay('2012-05-28')).toBe(true);
  });

  it('counts across the jubilee: 10 working days from Fri 25 May 2012 end on Tue 12 June (28 May counts, 4 and 5 June do not)', () => {
    expect(calendar.addWorkingDays('2012-05-25', 10)).toBe('2012-06-12');
  });
});

describe('date-holidays rules cross-checked against the published dates', () => {
  const generate = createRuleBasedHolidayGenerator();

  it.each([2010, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027])('agree on every weekday bank holiday in %i', (year) => {
    const ruleWeekdays = generate(year)
      .map((holiday) => holiday.date)
      .filter((date) => !isWeekend(date));
    expect(ruleWeekdays).toEqual(publishedInYear(year));
  });

  it('differ only on the one-off holidays of 2011 and 2012, which the rules do not know', () => {
    const ruleWeekdays = [2011, 2012].flatMap((year) =>
      generate(year)
        .map((holiday) => holiday.date)
        .filter((date) => !isWeekend(date)),
    );
    const published = [...publishedInYear(2011), ...publishedInYear(2012)];
    expect(published.filter((date) => !ruleWeekdays.includes(date))).toEqual(['2011-04-29', '2012-06-04']);
    expect(ruleWeekdays.filter((date) => !published.includes(date))).toEqual(['2012-05-28']);
  });

  it('never mixes in Scottish or Northern Irish holidays', () => {
    const dates = generate(2026).map((holiday) => holiday.date);
    expect(dates).not.toContain('2026-01-02'); // Scotland's 2 January
    expect(dates).not.toContain('2026-03-17'); // St Patrick's Day
    expect(dates).toContain('2026-08-31'); // England's late August holiday, missing from plain 'GB'
  });
});

describe('merging published dates with generated ones', () => {
  const rulesMissingTheCoronation = (year: number): BankHoliday[] => createRuleBasedHolidayGenerator()(year).filter((holiday) => holiday.date !== '2023-05-08');

  it('lets the published file win inside its coverage', () => {
    const calendar = new WorkingCalendar(PUBLISHED_BANK_HOLIDAYS, rulesMissingTheCoronation);
    expect(calendar.isWorkingDay('2023-05-08')).toBe(false);
  });

  it('ignores a generated date inside the coverage that the file does not list', () => {
    const rulesWithAnInventedHoliday = (year: number): BankHoliday[] => [...createRuleBasedHolidayGenerator()(year), { date: `${year}-07-15`, title: 'Invented', substitute: false, origin: 'rules' }];
    const calendar = new WorkingCalendar(PUBLISHED_BANK_HOLIDAYS, rulesWithAnInventedHoliday);
    expect(calendar.isWorkingDay('2026-07-15')).toBe(true);
    expect(calendar.isWorkingDay('2031-07-15')).toBe(false);
  });

  it('uses the rules after the published coverage ends (Good Friday 2028)', () => {
    const calendar = new WorkingCalendar();
    expect(calendar.publishedCoverage.to).toBe('2028-01-03');
    expect(calendar.bankHoliday('2028-04-14')).toMatchObject({ title: 'Good Friday', origin: 'rules' });
  });

  it('reports a data version naming both the file and the rules library', () => {
    expect(new WorkingCalendar().holidayDataVersion).toMatch(/^gov-uk-feed-2010-2028-r2\+date-holidays@\d+\.\d+\.\d+$/);
  });
});
