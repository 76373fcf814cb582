import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBoardInsight } from '../../bot/insight/boardInsightQuery.ts';
import { demoIncidentNotification, demoLadoConsultation, demoLadoReferral, demoMilestone, demoReviewDecision, demoThresholdCheck } from '../../bot/insight/demoRecords.ts';
import { SubmissionService } from '../../bot/submissions/submissionService.ts';
import type { ClockStart } from '../../dialogs/ports.ts';
import { loadBoardById } from '../../knowledge/boards/boardRegistry.ts';
import { CLOCK_CATALOGUE } from '../../knowledge/clocks/clockCatalogue.ts';
import type { InsightFilter } from '../../knowledge/insight/boardInsight.ts';
import type { RecordType } from '../../knowledge/records/recordSchema.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';

const board = loadBoardById('sample-partnership');
const NOW = new Date('2026-12-01T12:00:00Z');
const YEAR: InsightFilter = { boardId: board.id, period: { from: '2025-12-01', to: '2026-11-30' } };

/** Words only the records' personal fields hold: none may reach the insight. */
const IDENTIFYING = ['Demo Child', 'Demo Adult', 'Demo Street', 'Demo Practitioner', 'Demo Officer', 'LADO-20', 'SIN-20', 'example.org'];

describe.each(testDatabases())('the board insight read from the store on $engine', (engine) => {
  let db: TestDatabase;
  const clock = { current: NOW };
  let submitted = 0;

  async function submit(type: RecordType, at: string, record: unknown, clocks: ClockStart[] = []): Promise<string> {
    clock.current = new Date(at);
    const service = new SubmissionService({ db, boardFor: () => board, time: { now: () => clock.current } });
    const receipt = await service.submit({
      recordType: type,
      record,
      formInstanceId: `insight-query-${(submitted += 1)}`,
      boardId: board.id,
      submitter: { identity: 'local:demo-user' },
      conversation: {},
      clocks,
    });
    return receipt.reference;
  }

  async function referral(agencyType: 'school' | 'health', known: string, sent: string): Promise<void> {
    const record = demoLadoReferral(board, submitted, { agencyType, allegationKnownAt: new Date(known), declaredAt: new Date(sent) });
    await submit('lado_referral', sent, record, [{ clockId: 'LADO_REPORT', startsAt: new Date(known) }]);
  }

  beforeAll(async () => {
    db = await engine.migrated();
    await referral('school', '2026-03-02T10:00:00Z', '2026-03-02T12:00:00Z');
    // Easter 2026: Good Friday 3 April and Easter Monday 6 April, so Tuesday 7 April is the first working day after.
    await referral('school', '2026-04-02T16:00:00+01:00', '2026-04-07T10:00:00+01:00');
    await referral('school', '2026-03-02T10:00:00Z', '2026-03-04T10:00:00Z');
    await referral('health', '2026-05-11T09:00:00+01:00', '2026-05-11T11:00:00+01:00');
    await referral('health', '2026-11-30T09:00:00Z', '2026-12-01T09:00:00Z');
    for (const agencyType of ['school', 'police'] as const) {
      await submit('lado_consultation', '2026-06-01T10:00:00+01:00', demoLadoConsultation(board, submitted, { agencyType, askedAt: new Date('2026-06-01T10:00:00+01:00') }));
    }
    const checks = [
      { agencyType: 'school', ageBand: '5to10', suggestedLevel: '2', chosenLevel: '3' },
      { agencyType: 'health', ageBand: 'under1', suggestedLevel: '3', chosenLevel: '3' },
      { agencyType: 'school', ageBand: '11to15', suggestedLevel: '2' },
    ] as const;
    for (const facts of checks) {
      await submit('threshold_consultation', '2026-02-02T10:00:00Z', demoThresholdCheck(board, submitted, { ...facts, completedAt: new Date('2026-02-02T10:00:00Z') }));
    }
    // Domain brief §4.3 example 5: aware Thursday 18 December 2025, national notification due Monday 29 December.
    const awareAt = new Date('2025-12-18T10:00:00Z');
    const incident = await submit(
      'serious_incident_notification',
      '2025-12-18T15:00:00Z',
      demoIncidentNotification(board, submitted, { awareAt, nationallyNotifiedAt: new Date('2025-12-30T09:00:00Z') }),
      [
        { clockId: 'SIN', startsAt: awareAt },
        { clockId: 'RAPID_REVIEW', startsAt: awareAt },
      ],
    );
    // The rapid review is due 13 January 2026 (15 working days, 1 January skipped); the decision follows a day late.
    await submit('scr_milestone', '2026-01-09T16:00:00Z', demoMilestone(board, incident, { kind: 'rapidReviewSentToPanel', on: '2026-01-09' }));
    await submit('scr_decision', '2026-01-14T16:00:00Z', demoReviewDecision(board, incident, { decidedOn: '2026-01-14', startsReview: true }));
  }, 240_000);

  afterAll(async () => {
    await db?.close();
  });

  it('measures LADO timeliness by agency, the contact mix and threshold checks of the period', async () => {
    const insight = await loadBoardInsight(db, board, YEAR, NOW);
    expect(insight.headline.ladoReferralsWithinOneWorkingDay).toMatchObject({ total: 4, onTime: 3, share: 0.75 });
    expect(insight.headline.ladoReferralsWithinOneWorkingDay.byAgency.map(({ agencyType, total, onTime }) => ({ agencyType, total, onTime }))).toEqual([
      { agencyType: 'school', total: 3, onTime: 2 },
      { agencyType: 'health', total: 1, onTime: 1 },
    ]);
    expect(insight.headline.ladoContactMix).toMatchObject({ consultations: 2, referrals: 4, lowLevelConcerns: 0 });
    expect(insight.headline.thresholdConsultations.count).toBe(3);
    expect(insight.overrides).toMatchObject({ total: 2, same: 1, up: 1, down: 0 });
    expect(insight.levelMix.levels).toEqual([
      { level: '3', count: 2 },
      { level: 'none', count: 1 },
    ]);
  });

  it('measures the serious incident case against its WT2023 clocks, with the open publication overdue', async () => {
    const { headline } = await loadBoardInsight(db, board, YEAR, NOW);
    expect(headline.seriousIncidentNotificationsOnTime).toMatchObject({ total: 1, onTime: 0 });
    expect(headline.rapidReviewsOnTime).toMatchObject({ total: 1, onTime: 1 });
    expect(headline.reviewDecisionsOnTime).toMatchObject({ total: 1, onTime: 0 });
    expect(headline.publicationsOnTime).toMatchObject({ total: 1, onTime: 0 });
    expect(headline.reviewMilestonesOverdue.count).toBe(1);
    // The figure names the guidance its clock comes from, by title: the rapid review clock's own first source.
    const rapidReviewClock = CLOCK_CATALOGUE.find((clock) => clock.id === 'RAPID_REVIEW');
    expect(headline.rapidReviewsOnTime.citation).toEqual(rapidReviewClock?.citations[0]);
    expect(headline.rapidReviewsOnTime.citation?.source).not.toMatch(/[/\\]|\.md\b|\bL\d+\b/);
  });

  it('follows the agency filter and the period, month by month', async () => {
    const health = await loadBoardInsight(db, board, { ...YEAR, agencyType: 'health' }, NOW);
    expect(health.headline.ladoReferralsWithinOneWorkingDay).toMatchObject({ total: 1, onTime: 1 });
    expect(health.headline.thresholdConsultations.count).toBe(1);
    const march = await loadBoardInsight(db, board, { boardId: board.id, period: { from: '2026-03-01', to: '2026-03-31' } }, NOW);
    expect(march.headline.ladoReferralsWithinOneWorkingDay).toMatchObject({ total: 2, onTime: 1 });
    expect(march.timelinessByMonth).toEqual([expect.objectContaining({ month: '2026-03', ladoReferrals: { total: 2, onTime: 1, share: 0.5 } })]);
    const year = await loadBoardInsight(db, board, YEAR, NOW);
    expect(year.timelinessByMonth.map((month) => month.month)).toHaveLength(12);
  });

  it('holds no identifier of a child, an adult or a practitioner', async () => {
    const text = JSON.stringify(await loadBoardInsight(db, board, YEAR, NOW));
    for (const word of IDENTIFYING) expect(text).not.toContain(word);
  });
});
