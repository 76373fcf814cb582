import { describe, expect, it } from 'vitest';
import { boardCalendarSettingsSchema } from '../../../knowledge/calendar/boardCalendarSettings.ts';
import { formatLondonIso } from '../../../knowledge/calendar/london.ts';
import { computeDeadline, type Deadline, type DueDeadline } from '../../../knowledge/clocks/computeDeadline.ts';
import { resolveClock } from '../../../knowledge/clocks/resolveClock.ts';
import type { EditionId } from '../../../knowledge/editions/editionId.ts';

const rulesW1toW3 = boardCalendarSettingsSchema.parse({});
const withOutOfHoursReceipt = boardCalendarSettingsSchema.parse({
  outOfHoursReceipt: {
    enabled: true,
    cutoff: '17:00',
    citation: { source: 'Demo board procedure', locator: 'para 4.2' },
  },
});

function expectDue(deadline: Deadline): DueDeadline {
  if (deadline.kind !== 'due') throw new Error(`expected a due deadline, got: ${deadline.message}`);
  return deadline;
}

function deadlineFor(clockId: string, edition: EditionId, start: string, settings = rulesW1toW3): DueDeadline {
  return expectDue(computeDeadline(resolveClock(edition, clockId), new Date(start), settings));
}

type WorkingDayCase = {
  why: string;
  clock: string;
  edition: EditionId;
  start: string;
  due: string;
  overdueFrom: string;
  /** Column B of the brief: with out-of-hours receipt (cut-off 17:00) on; omitted when the same as A. */
  dueWithReceiptRule?: string;
};

const workingDayCases: WorkingDayCase[] = [
  // The 16 worked examples of domain brief §4.3.
  { why: '§4.3 #1 Good Friday, Easter Monday', clock: 'LADO_REPORT', edition: 'wt2013', start: '2025-04-17T10:00:00+01:00', due: '2025-04-22', overdueFrom: '2025-04-23T00:00:00+01:00' },
  {
    why: '§4.3 #2 Saturday start at Easter',
    clock: 'LADO_REPORT',
    edition: 'wt2013',
    start: '2025-04-19T10:00:00+01:00',
    due: '2025-04-22',
    overdueFrom: '2025-04-23T00:00:00+01:00',
    dueWithReceiptRule: '2025-04-23',
  },
  {
    why: '§4.3 #3 Friday 17:30 before the May holiday',
    clock: 'LADO_REPORT',
    edition: 'wt2013',
    start: '2025-05-02T17:30:00+01:00',
    due: '2025-05-06',
    overdueFrom: '2025-05-07T00:00:00+01:00',
    dueWithReceiptRule: '2025-05-07',
  },
  { why: '§4.3 #4 Christmas Eve 2025', clock: 'LADO_REPORT', edition: 'wt2013', start: '2025-12-24T10:00:00Z', due: '2025-12-29', overdueFrom: '2025-12-30T00:00:00+00:00' },
  { why: '§4.3 #5 SIN over Christmas 2025', clock: 'SIN', edition: 'wt2018', start: '2025-12-18T10:00:00Z', due: '2025-12-29', overdueFrom: '2025-12-30T00:00:00+00:00' },
  { why: '§4.3 #6 rapid review over New Year', clock: 'RAPID_REVIEW', edition: 'wt2018', start: '2025-12-29T10:00:00Z', due: '2026-01-20', overdueFrom: '2026-01-21T00:00:00+00:00' },
  { why: '§4.3 #7 assessment, no holidays', clock: 'ASSESS', edition: 'wt2013', start: '2026-01-05T10:00:00Z', due: '2026-03-09', overdueFrom: '2026-03-10T00:00:00+00:00' },
  { why: '§4.3 #8 SIN over Easter 2026', clock: 'SIN', edition: 'wt2023', start: '2026-04-02T10:00:00+01:00', due: '2026-04-13', overdueFrom: '2026-04-14T00:00:00+01:00' },
  {
    why: '§4.3 #9 Easter Saturday start',
    clock: 'SIN',
    edition: 'wt2023',
    start: '2026-04-04T10:00:00+01:00',
    due: '2026-04-13',
    overdueFrom: '2026-04-14T00:00:00+01:00',
    dueWithReceiptRule: '2026-04-14',
  },
  { why: '§4.3 #10 ICPC over both May holidays', clock: 'ICPC', edition: 'wt2013', start: '2026-05-01T10:00:00+01:00', due: '2026-05-26', overdueFrom: '2026-05-27T00:00:00+01:00' },
  { why: '§4.3 #11 August bank holiday', clock: 'REF_DECISION', edition: 'wt2013', start: '2026-08-28T10:00:00+01:00', due: '2026-09-01', overdueFrom: '2026-09-02T00:00:00+01:00' },
  { why: '§4.3 #12 Christmas 2026 with the 28 Dec substitute', clock: 'RAPID_REVIEW', edition: 'wt2023', start: '2026-12-21T10:00:00Z', due: '2027-01-14', overdueFrom: '2027-01-15T00:00:00+00:00' },
  { why: '§4.3 #13 SIN into 2027', clock: 'SIN', edition: 'wt2023', start: '2026-12-23T10:00:00Z', due: '2027-01-04', overdueFrom: '2027-01-05T00:00:00+00:00' },
  { why: '§4.3 #14 Easter 2027, due after the clocks go forward', clock: 'SIN', edition: 'wt2023', start: '2027-03-24T10:00:00Z', due: '2027-04-02', overdueFrom: '2027-04-03T00:00:00+01:00' },
  { why: '§4.3 #15 Christmas 2027, two substitute days', clock: 'LADO_REPORT', edition: 'wt2013', start: '2027-12-24T10:00:00Z', due: '2027-12-29', overdueFrom: '2027-12-30T00:00:00+00:00' },
  {
    why: '§4.3 #16 start on a substitute day, into 2028',
    clock: 'SIN',
    edition: 'wt2023',
    start: '2027-12-28T10:00:00Z',
    due: '2028-01-05',
    overdueFrom: '2028-01-06T00:00:00+00:00',
    dueWithReceiptRule: '2028-01-06',
  },
  // Friday evenings, weekends and bank-holiday starts.
  {
    why: 'Friday evening in winter',
    clock: 'LADO_REPORT',
    edition: 'wt2023',
    start: '2025-03-07T19:45:00Z',
    due: '2025-03-10',
    overdueFrom: '2025-03-11T00:00:00+00:00',
    dueWithReceiptRule: '2025-03-11',
  },
  { why: '00:30 BST on a Friday is still Thursday in UTC', clock: 'LADO_REPORT', edition: 'wt2015', start: '2025-07-03T23:30:00Z', due: '2025-07-07', overdueFrom: '2025-07-08T00:00:00+01:00' },
  {
    why: 'start on the August bank holiday 2025',
    clock: 'LADO_REPORT',
    edition: 'wt2018',
    start: '2025-08-25T11:00:00+01:00',
    due: '2025-08-26',
    overdueFrom: '2025-08-27T00:00:00+01:00',
    dueWithReceiptRule: '2025-08-27',
  },
  {
    why: 'start on the early May bank holiday 2026',
    clock: 'SIN',
    edition: 'wt2018',
    start: '2026-05-04T09:00:00+01:00',
    due: '2026-05-11',
    overdueFrom: '2026-05-12T00:00:00+01:00',
    dueWithReceiptRule: '2026-05-12',
  },
  { why: 'Friday before the spring bank holiday 2025', clock: 'REF_DECISION', edition: 'wt2013', start: '2025-05-23T16:00:00+01:00', due: '2025-05-27', overdueFrom: '2025-05-28T00:00:00+01:00' },
  {
    why: 'start on Good Friday 2026',
    clock: 'RAPID_REVIEW',
    edition: 'wt2018',
    start: '2026-04-03T10:00:00+01:00',
    due: '2026-04-27',
    overdueFrom: '2026-04-28T00:00:00+01:00',
    dueWithReceiptRule: '2026-04-28',
  },
  { why: 'Easter 2027', clock: 'LADO_REPORT', edition: 'wt2023', start: '2027-03-25T10:00:00Z', due: '2027-03-30', overdueFrom: '2027-03-31T00:00:00+01:00' },
  // Christmas and New Year.
  {
    why: 'Christmas Eve 2025 after the cut-off',
    clock: 'LADO_REPORT',
    edition: 'wt2013',
    start: '2025-12-24T17:15:00Z',
    due: '2025-12-29',
    overdueFrom: '2025-12-30T00:00:00+00:00',
    dueWithReceiptRule: '2025-12-30',
  },
  { why: 'New Year’s Eve 2025', clock: 'REF_DECISION', edition: 'wt2013', start: '2025-12-31T12:00:00Z', due: '2026-01-02', overdueFrom: '2026-01-03T00:00:00+00:00' },
  { why: 'Christmas Eve 2026, Boxing Day substitute on the 28th', clock: 'LADO_REPORT', edition: 'wt2023', start: '2026-12-24T10:00:00Z', due: '2026-12-29', overdueFrom: '2026-12-30T00:00:00+00:00' },
  { why: 'Christmas 2027 and the New Year substitute on 3 Jan 2028', clock: 'SIN', edition: 'wt2023', start: '2027-12-23T10:00:00Z', due: '2028-01-04', overdueFrom: '2028-01-05T00:00:00+00:00' },
  { why: 'New Year’s Eve 2027', clock: 'LADO_REPORT', edition: 'wt2023', start: '2027-12-31T10:00:00Z', due: '2028-01-04', overdueFrom: '2028-01-05T00:00:00+00:00' },
  // Weeks with a clock change.
  { why: 'SIN in the week the clocks go forward (30 Mar 2025)', clock: 'SIN', edition: 'wt2018', start: '2025-03-27T10:00:00Z', due: '2025-04-03', overdueFrom: '2025-04-04T00:00:00+01:00' },
  { why: 'Friday GMT start, due Monday BST', clock: 'LADO_REPORT', edition: 'wt2013', start: '2025-03-28T16:00:00Z', due: '2025-03-31', overdueFrom: '2025-04-01T00:00:00+01:00' },
  {
    why: '00:30 on the Sunday the clocks go forward',
    clock: 'LADO_REPORT',
    edition: 'wt2013',
    start: '2025-03-30T00:30:00Z',
    due: '2025-03-31',
    overdueFrom: '2025-04-01T00:00:00+01:00',
    dueWithReceiptRule: '2025-04-01',
  },
  { why: 'Friday BST start, due Monday GMT (26 Oct 2025)', clock: 'LADO_REPORT', edition: 'wt2013', start: '2025-10-24T15:00:00+01:00', due: '2025-10-27', overdueFrom: '2025-10-28T00:00:00+00:00' },
  {
    why: '00:30 BST on the Sunday the clocks go back',
    clock: 'LADO_REPORT',
    edition: 'wt2013',
    start: '2025-10-25T23:30:00Z',
    due: '2025-10-27',
    overdueFrom: '2025-10-28T00:00:00+00:00',
    dueWithReceiptRule: '2025-10-28',
  },
  { why: 'ICPC across the October change', clock: 'ICPC', edition: 'wt2018', start: '2025-10-23T10:00:00+01:00', due: '2025-11-13', overdueFrom: '2025-11-14T00:00:00+00:00' },
];

describe('working-day clocks (W1–W4), domain brief §4.3 and more', () => {
  it.each(workingDayCases)('$why: $clock from $start is due $due', ({ clock, edition, start, due, overdueFrom }) => {
    const deadline = deadlineFor(clock, edition, start);
    expect(deadline.dueDate).toBe(due);
    expect(formatLondonIso(deadline.overdueFrom)).toBe(overdueFrom);
    expect(deadline.dueBy).toEqual(deadline.overdueFrom);
    expect(deadline.practicalDueDate).toBeUndefined();
  });

  it.each(workingDayCases)('$why, with out-of-hours receipt on', ({ clock, edition, start, due, dueWithReceiptRule }) => {
    expect(deadlineFor(clock, edition, start, withOutOfHoursReceipt).dueDate).toBe(dueWithReceiptRule ?? due);
  });

  it('gives close of business on the due date with that day’s offset', () => {
    const deadline = deadlineFor('LADO_REPORT', 'wt2013', '2025-03-28T16:00:00Z');
    expect(formatLondonIso(deadline.closeOfBusiness)).toBe('2025-03-31T17:00:00+01:00');
    const lateClose = boardCalendarSettingsSchema.parse({ closeOfBusiness: '16:30' });
    expect(formatLondonIso(deadlineFor('LADO_REPORT', 'wt2013', '2025-10-24T15:00:00+01:00', lateClose).closeOfBusiness)).toBe('2025-10-27T16:30:00+00:00');
  });

  it('keeps the start’s own London date as day 0 whatever the hour', () => {
    expect(deadlineFor('LADO_REPORT', 'wt2013', '2025-04-17T23:59:00+01:00').dayZero).toBe('2025-04-17');
  });
});

type MonthCase = { why: string; clock: string; edition: EditionId; start: string; due: string; practical?: string; overdueFrom: string };

const calendarCases: MonthCase[] = [
  {
    why: '§4.4 first review clamped to Sunday 28 Feb',
    clock: 'CP_REVIEW_1',
    edition: 'wt2013',
    start: '2026-11-30T10:00:00Z',
    due: '2027-02-28',
    practical: '2027-02-26',
    overdueFrom: '2027-03-01T00:00:00+00:00',
  },
  { why: '§4.4 next review six months on', clock: 'CP_REVIEW_N', edition: 'wt2013', start: '2027-02-26T10:00:00Z', due: '2027-08-26', overdueFrom: '2027-08-27T00:00:00+01:00' },
  { why: '§4.4 LCSPR publication clamped to 30 Sep', clock: 'LCSPR_PUBLISH', edition: 'wt2018', start: '2026-03-31T10:00:00+01:00', due: '2026-09-30', overdueFrom: '2026-10-01T00:00:00+01:00' },
  {
    why: '§4.4 SCR decision clamped to Saturday 28 Feb',
    clock: 'SCR_DECISION',
    edition: 'wt2015',
    start: '2026-01-30T10:00:00Z',
    due: '2026-02-28',
    practical: '2026-02-27',
    overdueFrom: '2026-03-01T00:00:00+00:00',
  },
  { why: '31 March to 30 June', clock: 'CP_REVIEW_1', edition: 'wt2023', start: '2025-03-31T10:00:00+01:00', due: '2025-06-30', overdueFrom: '2025-07-01T00:00:00+01:00' },
  { why: '29 Nov to 28 Feb in a common year', clock: 'CP_REVIEW_1', edition: 'wt2013', start: '2024-11-29T10:00:00Z', due: '2025-02-28', overdueFrom: '2025-03-01T00:00:00+00:00' },
  { why: '30 Nov to 29 Feb in a leap year', clock: 'CP_REVIEW_1', edition: 'wt2023', start: '2027-11-30T10:00:00Z', due: '2028-02-29', overdueFrom: '2028-03-01T00:00:00+00:00' },
  {
    why: 'six months landing on Christmas Day 2027',
    clock: 'LCSPR_PUBLISH',
    edition: 'wt2023',
    start: '2027-06-25T10:00:00+01:00',
    due: '2027-12-25',
    practical: '2027-12-24',
    overdueFrom: '2027-12-26T00:00:00+00:00',
  },
  {
    why: '31 Aug plus six months, clamped to a Saturday',
    clock: 'SCR_COMPLETE',
    edition: 'wt2015',
    start: '2025-08-31T10:00:00+01:00',
    due: '2026-02-28',
    practical: '2026-02-27',
    overdueFrom: '2026-03-01T00:00:00+00:00',
  },
  {
    why: 'London date, not UTC: 00:30 BST on 1 Aug',
    clock: 'CP_REVIEW_1',
    edition: 'wt2013',
    start: '2025-07-31T23:30:00Z',
    due: '2025-11-01',
    practical: '2025-10-31',
    overdueFrom: '2025-11-02T00:00:00+00:00',
  },
  {
    why: '14 calendar days landing on Christmas Day 2026',
    clock: 'PANEL_NO_SCR',
    edition: 'wt2013',
    start: '2026-12-11T10:00:00Z',
    due: '2026-12-25',
    practical: '2026-12-24',
    overdueFrom: '2026-12-26T00:00:00+00:00',
  },
];

describe('calendar-month and calendar-day clocks (W6)', () => {
  it.each(calendarCases)('$why: $clock from $start is due $due', ({ clock, edition, start, due, practical, overdueFrom }) => {
    const deadline = deadlineFor(clock, edition, start);
    expect(deadline.dueDate).toBe(due);
    expect(deadline.practicalDueDate).toBe(practical);
    expect(formatLondonIso(deadline.overdueFrom)).toBe(overdueFrom);
  });
});

describe('elapsed-hour clocks (W5)', () => {
  it.each([
    ['across the spring change: 24 hours after 12:00 GMT is 13:00 BST', '2025-03-29T12:00:00Z', '2025-03-30T13:00:00+01:00'],
    ['across the autumn change: 24 hours after 12:00 BST is 11:00 GMT', '2025-10-25T12:00:00+01:00', '2025-10-26T11:00:00+00:00'],
    ['over a weekend: Friday evening to Saturday evening', '2025-06-27T18:00:00+01:00', '2025-06-28T18:00:00+01:00'],
  ])('%s', (_why, start, dueBy) => {
    const deadline = deadlineFor('LADO_24H', 'wt2023', start);
    expect(formatLondonIso(deadline.dueBy)).toBe(dueBy);
    expect(deadline.overdueFrom).toEqual(deadline.dueBy);
    expect(deadline.dueDate).toBe(dueBy.slice(0, 10));
  });

  it('ignores out-of-hours receipt for elapsed hours', () => {
    const deadline = deadlineFor('LADO_24H', 'wt2023', '2025-06-27T18:00:00+01:00', withOutOfHoursReceipt);
    expect(formatLondonIso(deadline.dueBy)).toBe('2025-06-28T18:00:00+01:00');
  });
});

describe('clocks without a national value', () => {
  it.each([
    ['SIN_2013', 'wt2013', 'No national deadline recorded – board to set'],
    ['LADO_REPORT', 'wt2010', 'No national deadline recorded – board to set'],
    ['LCSPR_PREPUB', 'wt2023', 'No national deadline recorded – board to set'],
    ['STRATEGY', 'wt2023', 'Local clock with no default – board to set'],
  ] as const)('%s in %s has no deadline until the board sets one', (clockId, edition, message) => {
    const deadline = computeDeadline(resolveClock(edition, clockId), new Date('2026-03-02T10:00:00Z'));
    expect(deadline).toEqual({ kind: 'notSet', clockId, edition, status: expect.any(String), message });
  });

  it('runs once the board sets the clock with its citation', () => {
    const boardSetting = {
      SIN_2013: { length: 2, unit: 'workingDays' as const, citation: { source: 'Demo LSCB procedure 2014', locator: '§3.1' } },
    };
    const deadline = expectDue(computeDeadline(resolveClock('wt2013', 'SIN_2013', boardSetting), new Date('2013-12-23T10:00:00Z')));
    expect(deadline.dueDate).toBe('2013-12-27');
  });

  it('counts a board-set "before" clock back from the planned date', () => {
    const boardSetting = {
      LCSPR_PREPUB: { length: 7, unit: 'workingDays' as const, citation: { source: 'Demo partnership procedure' } },
    };
    const deadline = expectDue(computeDeadline(resolveClock('wt2023', 'LCSPR_PREPUB', boardSetting), new Date('2026-10-14T10:00:00+01:00')));
    expect(deadline.dueDate).toBe('2026-10-05');
  });
});

describe('board closure days (W7) and holiday data version (W8)', () => {
  const closedOverChristmas = boardCalendarSettingsSchema.parse({
    extraClosureDays: [
      { date: '2026-12-24', reason: 'Office closed' },
      { date: '2026-12-29', reason: 'Office closed' },
    ],
  });

  it('never extends the clock, but brings the reminder forward to the last open day', () => {
    const deadline = deadlineFor('SIN', 'wt2023', '2026-12-18T10:00:00Z', closedOverChristmas);
    expect(deadline.dueDate).toBe('2026-12-29');
    expect(formatLondonIso(deadline.remindBy)).toBe('2026-12-23T17:00:00+00:00');
    expect(formatLondonIso(deadlineFor('SIN', 'wt2023', '2026-12-18T10:00:00Z').remindBy)).toBe('2026-12-29T17:00:00+00:00');
  });

  it('reminds on the practical date when a month clock lands on a weekend', () => {
    const deadline = deadlineFor('CP_REVIEW_1', 'wt2013', '2026-11-30T10:00:00Z');
    expect(formatLondonIso(deadline.remindBy)).toBe('2027-02-26T17:00:00+00:00');
  });

  it('stamps every deadline with the holiday data version', () => {
    expect(deadlineFor('SIN', 'wt2023', '2026-12-18T10:00:00Z').holidayDataVersion).toMatch(/^gov-uk-feed-.+\+date-holidays@/);
  });

  it('rejects an invalid start instant', () => {
    expect(() => computeDeadline(resolveClock('wt2013', 'LADO_REPORT'), new Date('not a date'))).toThrow(RangeError);
  });
});
