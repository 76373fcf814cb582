import { describe, expect, it } from 'vitest';
import { computeDeadline, type Deadline } from '../../../knowledge/clocks/computeDeadline.ts';
import { describeDeadline, timeLeft } from '../../../knowledge/clocks/describeDeadline.ts';
import { resolveClock } from '../../../knowledge/clocks/resolveClock.ts';
import type { EditionId } from '../../../knowledge/editions/editionId.ts';

function deadline(clockId: string, edition: EditionId, start: string): Deadline {
  return computeDeadline(resolveClock(edition, clockId), new Date(start));
}

const easterLadoReport = deadline('LADO_REPORT', 'wt2013', '2025-04-17T10:00:00+01:00');

describe('describeDeadline', () => {
  it.each([
    [easterLadoReport, 'Due by the end of Tuesday 22 April 2025 (overdue from 00:00 Wednesday 23 April).'],
    [deadline('SIN', 'wt2023', '2026-12-23T10:00:00Z'), 'Due by the end of Monday 4 January 2027 (overdue from 00:00 Tuesday 5 January).'],
    [deadline('LADO_REPORT', 'wt2013', '2025-12-30T10:00:00Z'), 'Due by the end of Wednesday 31 December 2025 (overdue from 00:00 Thursday 1 January 2026).'],
    [
      deadline('CP_REVIEW_1', 'wt2013', '2026-11-30T10:00:00Z'),
      'Due by the end of Sunday 28 February 2027 (overdue from 00:00 Monday 1 March). That is not a working day: aim for Friday 26 February 2027, the last working day before it.',
    ],
    [deadline('LADO_24H', 'wt2013', '2025-03-29T12:00:00Z'), 'Due by 13:00 on Sunday 30 March 2025 (24 elapsed hours from 12:00 on Saturday 29 March 2025).'],
    [deadline('SIN_2013', 'wt2013', '2014-02-03T10:00:00Z'), 'No national deadline recorded – board to set.'],
  ])('%#: %s', (given, expected) => {
    expect(describeDeadline(given)).toBe(expected);
  });

  it('adds the time left when asked at a given moment', () => {
    expect(describeDeadline(easterLadoReport, new Date('2025-04-17T15:00:00+01:00'))).toBe('Due by the end of Tuesday 22 April 2025 (overdue from 00:00 Wednesday 23 April). 1 working day left.');
  });
});

describe('timeLeft', () => {
  it.each([
    ['on day 0, before the Easter weekend', '2025-04-17T15:00:00+01:00', '1 working day left'],
    ['over the Easter weekend', '2025-04-19T12:00:00+01:00', '1 working day left'],
    ['on the due date', '2025-04-22T09:00:00+01:00', 'due today'],
    ['a minute before midnight', '2025-04-22T23:59:00+01:00', 'due today'],
    ['three hours after midnight', '2025-04-23T03:00:00+01:00', 'overdue by 3 hours'],
    ['twenty minutes after midnight', '2025-04-23T00:20:00+01:00', 'overdue by 20 minutes'],
    ['two and a half days later', '2025-04-25T12:00:00+01:00', 'overdue by 2 days'],
  ])('%s: %s', (_when, now, expected) => {
    expect(timeLeft(easterLadoReport, new Date(now))).toBe(expected);
  });

  it('counts working days over a long clock', () => {
    const assessment = deadline('ASSESS', 'wt2013', '2026-01-05T10:00:00Z');
    expect(timeLeft(assessment, new Date('2026-01-05T12:00:00Z'))).toBe('45 working days left');
  });

  it('counts hours for an elapsed-hours clock', () => {
    const lado24h = deadline('LADO_24H', 'wt2013', '2025-03-29T12:00:00Z');
    expect(timeLeft(lado24h, new Date('2025-03-30T07:00:00Z'))).toBe('5 hours left');
  });

  it('counts calendar days for a months clock', () => {
    const publication = deadline('LCSPR_PUBLISH', 'wt2018', '2026-03-31T10:00:00+01:00');
    expect(timeLeft(publication, new Date('2026-09-20T10:00:00+01:00'))).toBe('10 days left');
  });

  it('repeats the board-to-set message for a clock with no value', () => {
    expect(timeLeft(deadline('SIN_2013', 'wt2013', '2014-02-03T10:00:00Z'), new Date())).toBe('No national deadline recorded – board to set');
  });
});
