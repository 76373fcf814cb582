import { describe, expect, it } from 'vitest';
import { loadBoardById } from '../../knowledge/boards/boardRegistry.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { ladoTimelinessOf, measureLadoReferral } from '../../knowledge/insight/referralTimeliness.ts';
import type { LadoReferralRow } from '../../knowledge/insight/insightRows.ts';

const board = loadBoardById('sample-partnership');

function referral(allegationKnownAt: string, submittedAt: string, overrides: Partial<LadoReferralRow> = {}): LadoReferralRow {
  return { agencyType: 'school', edition: 'wt2023', allegationKnownAt: new Date(allegationKnownAt), submittedAt: new Date(submittedAt), ...overrides };
}

type Case = { why: string; known: string; submitted: string; onTime: boolean | undefined; workingHours: number; edition?: EditionId };

/** Working hours are 09:00–17:00 London on working days; the clock ends at the end of the first working day after day 0. */
const cases: Case[] = [
  { why: 'same afternoon', known: '2026-03-02T14:00:00Z', submitted: '2026-03-02T16:30:00Z', onTime: true, workingHours: 2.5 },
  { why: 'next working day, last minute', known: '2026-03-02T15:00:00Z', submitted: '2026-03-03T23:59:00Z', onTime: true, workingHours: 10 },
  { why: 'midnight after the next working day is late', known: '2026-03-02T15:00:00Z', submitted: '2026-03-04T00:00:00Z', onTime: false, workingHours: 10 },
  // Domain brief §4.3 example 1: Thursday before Easter → due by the end of Tuesday.
  { why: 'Easter: Good Friday and Easter Monday skipped', known: '2025-04-17T10:00:00+01:00', submitted: '2025-04-22T16:00:00+01:00', onTime: true, workingHours: 14 },
  { why: 'Easter: the Wednesday after is late', known: '2025-04-17T10:00:00+01:00', submitted: '2025-04-23T09:30:00+01:00', onTime: false, workingHours: 15.5 },
  // Example 4: Christmas Eve 2025 → due Monday 29 December.
  { why: 'Christmas: 25, 26 December and the weekend skipped', known: '2025-12-24T11:00:00Z', submitted: '2025-12-29T12:00:00Z', onTime: true, workingHours: 9 },
  // Example 2: a Saturday start makes Monday day 1... Easter Monday is a holiday, so Tuesday.
  { why: 'weekend start at Easter', known: '2025-04-19T10:00:00+01:00', submitted: '2025-04-22T12:00:00+01:00', onTime: true, workingHours: 3 },
  // Clocks go forward on Sunday 30 March 2025: Friday 16:00 GMT to Monday 10:00 BST is 2 working hours, not 3.
  { why: 'clocks going forward over the weekend', known: '2025-03-28T16:00:00Z', submitted: '2025-03-31T09:00:00Z', onTime: true, workingHours: 2 },
  // Clocks go back on Sunday 26 October 2025: Friday 16:00 BST to Monday 10:00 GMT.
  { why: 'clocks going back over the weekend', known: '2025-10-24T15:00:00Z', submitted: '2025-10-27T10:00:00Z', onTime: true, workingHours: 2 },
  { why: 'WT2010 sets no LADO clock: hours measured, no verdict', known: '2026-03-02T14:00:00Z', submitted: '2026-03-05T14:00:00Z', onTime: undefined, workingHours: 24, edition: 'wt2010' },
];

describe('LADO referrals within one working day', () => {
  it.each(cases)('$why', ({ known, submitted, onTime, workingHours, edition }) => {
    const measured = measureLadoReferral(referral(known, submitted, edition ? { edition } : {}), board);
    expect(measured.onTime).toBe(onTime);
    expect(measured.workingHours).toBeCloseTo(workingHours, 5);
  });

  it('gives count, share, median and 90th percentile overall and by agency type, without identifiers', () => {
    const hours = [1, 2, 3, 4, 5, 6, 7, 8, 9, 30];
    const referrals = hours.map((hour, index) => measureLadoReferral(referral('2026-03-02T09:00:00Z', addWorkingHours(hour), { agencyType: index < 6 ? 'school' : 'health' }), board));
    const timeliness = ladoTimelinessOf(referrals);
    expect(timeliness).toMatchObject({ total: 10, onTime: 9, share: 0.9, medianWorkingHours: 5, p90WorkingHours: 9 });
    expect(timeliness.byAgency).toEqual([
      { agencyType: 'school', total: 6, onTime: 6, share: 1, medianWorkingHours: 3, p90WorkingHours: 6 },
      { agencyType: 'health', total: 4, onTime: 3, share: 0.75, medianWorkingHours: 8, p90WorkingHours: 30 },
    ]);
  });

  it('has no share and no spread when nothing was referred', () => {
    expect(ladoTimelinessOf([])).toEqual({ total: 0, onTime: 0, share: null, medianWorkingHours: null, p90WorkingHours: null, byAgency: [] });
  });
});

/** Monday 2 March 2026 09:00 GMT plus whole working hours (8 a day), for the spread test. */
function addWorkingHours(hours: number): string {
  const day = Math.floor(hours / 8);
  const within = hours % 8;
  const date = new Date(Date.UTC(2026, 2, 2 + day, 9 + within));
  return date.toISOString();
}
