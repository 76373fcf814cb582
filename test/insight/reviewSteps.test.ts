import { describe, expect, it } from 'vitest';
import { loadBoardById } from '../../knowledge/boards/boardRegistry.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import type { ReviewStepRow } from '../../knowledge/insight/insightRows.ts';
import { reviewStepsOf, type ReviewCase } from '../../knowledge/insight/reviewCase.ts';
import { decidedInPeriod, measureReviewStep } from '../../knowledge/insight/reviewSteps.ts';

const board = loadBoardById('sample-partnership');
const NOW = new Date('2027-06-01T12:00:00Z');

type StepCase = { why: string; figure: ReviewStepRow['figure']; edition: EditionId; start: string; stop?: string; now?: string; status: string | undefined; dueDate?: string };

/** Deadlines from the domain brief's worked examples (§4.3, §4.4). */
const cases: StepCase[] = [
  {
    why: 'SIN example 5: due Mon 29 Dec 2025, notified that day',
    figure: 'seriousIncidentNotifications',
    edition: 'wt2023',
    start: '2025-12-18T10:00:00Z',
    stop: '2025-12-29T16:59:00Z',
    status: 'onTime',
    dueDate: '2025-12-29',
  },
  {
    why: 'SIN example 5: notified on 30 Dec is late',
    figure: 'seriousIncidentNotifications',
    edition: 'wt2023',
    start: '2025-12-18T10:00:00Z',
    stop: '2025-12-30T08:00:00Z',
    status: 'late',
    dueDate: '2025-12-29',
  },
  {
    why: 'SIN example 8 at Easter 2026: due Mon 13 Apr',
    figure: 'seriousIncidentNotifications',
    edition: 'wt2023',
    start: '2026-04-02T09:00:00+01:00',
    stop: '2026-04-13T20:00:00+01:00',
    status: 'onTime',
    dueDate: '2026-04-13',
  },
  {
    why: 'SIN under WT2015 runs 5 working days too',
    figure: 'seriousIncidentNotifications',
    edition: 'wt2015',
    start: '2026-04-02T09:00:00+01:00',
    stop: '2026-04-14T00:00:00+01:00',
    status: 'late',
    dueDate: '2026-04-13',
  },
  { why: 'SIN under WT2013 has no verified clock: not measured', figure: 'seriousIncidentNotifications', edition: 'wt2013', start: '2026-04-02T09:00:00+01:00', status: undefined },
  {
    why: 'rapid review example 12: due Thu 14 Jan 2027 over Christmas',
    figure: 'rapidReviews',
    edition: 'wt2023',
    start: '2026-12-21T10:00:00Z',
    stop: '2027-01-14T00:00:00Z',
    status: 'onTime',
    dueDate: '2027-01-14',
  },
  { why: 'rapid review still open after its end is overdue', figure: 'rapidReviews', edition: 'wt2023', start: '2026-12-21T10:00:00Z', status: 'overdue', dueDate: '2027-01-14' },
  {
    why: 'rapid review still open before its end is running (31 May 2027 a bank holiday)',
    figure: 'rapidReviews',
    edition: 'wt2023',
    start: '2027-05-25T10:00:00+01:00',
    status: 'running',
    dueDate: '2027-06-16',
  },
  { why: 'no rapid reviews before WT2018', figure: 'rapidReviews', edition: 'wt2015', start: '2026-12-21T10:00:00Z', status: undefined },
  {
    why: 'WT2015 decision: one month, clamped (§4.4) — 28 Feb 2026 on a Saturday',
    figure: 'reviewDecisions',
    edition: 'wt2015',
    start: '2026-01-30T10:00:00Z',
    stop: '2026-02-28T00:00:00Z',
    status: 'onTime',
    dueDate: '2026-02-28',
  },
  {
    why: 'WT2023 decision rides on the rapid review clock',
    figure: 'reviewDecisions',
    edition: 'wt2023',
    start: '2025-12-29T10:00:00Z',
    stop: '2026-01-21T00:00:00Z',
    status: 'late',
    dueDate: '2026-01-20',
  },
  {
    why: 'LCSPR publication: 6 months, clamped (§4.4)',
    figure: 'publications',
    edition: 'wt2023',
    start: '2026-03-31T00:00:00+01:00',
    stop: '2026-09-30T00:00:00+01:00',
    status: 'onTime',
    dueDate: '2026-09-30',
  },
];

describe('review steps against their edition’s clocks', () => {
  it.each(cases)('$why', ({ figure, edition, start, stop, status, dueDate }) => {
    const measured = measureReviewStep({ figure, edition, startsAt: new Date(start), ...(stop ? { stoppedAt: new Date(stop) } : {}) }, board, NOW);
    expect(measured?.status).toBe(status);
    if (dueDate) expect(measured?.dueDate).toBe(dueDate);
  });

  it('counts a step in the period its clock ended in, and leaves running steps out', () => {
    const ended = { figure: 'rapidReviews' as const, dueDate: '2027-01-14', status: 'late' as const };
    expect(decidedInPeriod(ended, { from: '2027-01-01', to: '2027-01-31' })).toBe(true);
    expect(decidedInPeriod(ended, { from: '2027-01-15', to: '2027-03-31' })).toBe(false);
    expect(decidedInPeriod({ ...ended, status: 'running' }, { from: '2027-01-01', to: '2027-01-31' })).toBe(false);
  });
});

describe('a serious incident case becomes its steps', () => {
  const base: ReviewCase = {
    edition: 'wt2023',
    awareAt: new Date('2026-03-02T10:00:00Z'),
    notifiedAt: new Date('2026-03-03T10:00:00Z'),
    nationalNotificationsAt: [new Date('2026-03-05T10:00:00Z'), new Date('2026-03-04T10:00:00Z')],
    decisions: [{ decidedOn: '2026-03-20', outcome: 'lcspr' }],
    milestones: [
      { kind: 'rapidReviewSentToPanel', on: '2026-03-19' },
      { kind: 'published', on: '2026-09-01' },
    ],
  };

  it('WT2023: notification and rapid review from awareness, decision on the rapid review clock, publication from the decision', () => {
    expect(reviewStepsOf(base)).toEqual([
      { figure: 'seriousIncidentNotifications', edition: 'wt2023', startsAt: base.awareAt, stoppedAt: new Date('2026-03-04T10:00:00Z') },
      { figure: 'rapidReviews', edition: 'wt2023', startsAt: base.awareAt, stoppedAt: new Date('2026-03-19T00:00:00Z') },
      { figure: 'reviewDecisions', edition: 'wt2023', startsAt: base.awareAt, stoppedAt: new Date('2026-03-20T00:00:00Z') },
      { figure: 'publications', edition: 'wt2023', startsAt: new Date('2026-03-20T00:00:00Z'), stoppedAt: new Date('2026-09-01T00:00:00+01:00') },
    ]);
  });

  it('WT2015: the decision runs from the board’s receipt of the notification', () => {
    const steps = reviewStepsOf({ ...base, edition: 'wt2015', decisions: [{ decidedOn: '2026-03-20', outcome: 'scr' }] });
    expect(steps.find((step) => step.figure === 'reviewDecisions')?.startsAt).toEqual(base.notifiedAt);
  });

  it('no publication step without a review, or once publication is withheld; open steps have no end', () => {
    const noReview = reviewStepsOf({ ...base, decisions: [{ decidedOn: '2026-03-20', outcome: 'noLcspr' }] });
    expect(noReview.map((step) => step.figure)).not.toContain('publications');
    const withheld = reviewStepsOf({ ...base, milestones: [{ kind: 'publicationWithheld', on: '2026-08-01' }] });
    expect(withheld.map((step) => step.figure)).not.toContain('publications');
    const open = reviewStepsOf({ ...base, nationalNotificationsAt: [], decisions: [], milestones: [] });
    expect(open.every((step) => step.stoppedAt === undefined)).toBe(true);
  });
});
