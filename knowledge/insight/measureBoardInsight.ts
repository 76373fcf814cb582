import type { Board } from '../boards/boardFiles.ts';
import { londonDate } from '../calendar/london.ts';
import type { EditionId } from '../editions/editionId.ts';
import type { BoardInsight, InsightFilter, MonthTimeliness, OnTimeCounts } from './boardInsight.ts';
import { insightDefinitions } from './figureDefinitions.ts';
import type { InsightRows } from './insightRows.ts';
import { isInPeriod, monthOf, monthsOf } from './insightPeriod.ts';
import { ladoOnTime, ladoTimelinessOf, measureLadoReferral, type MeasuredLadoReferral } from './referralTimeliness.ts';
import { levelMixOf } from './levelMix.ts';
import { parkedOf, unacknowledgedOf } from './operationsFigures.ts';
import { overridesOf } from './overrides.ts';
import { decidedInPeriod, measureReviewStep, type MeasuredStep } from './reviewSteps.ts';
import { countOnTime } from './timeliness.ts';

type StepFigure = MeasuredStep['figure'];

function onTimeOfSteps(steps: readonly MeasuredStep[], figure: StepFigure): OnTimeCounts {
  return countOnTime(steps.filter((step) => step.figure === figure).map((step) => step.status === 'onTime'));
}

function monthSeries(months: readonly string[], referrals: readonly MeasuredLadoReferral[], steps: readonly MeasuredStep[]): MonthTimeliness[] {
  return months.map((month) => {
    const stepsOfMonth = steps.filter((step) => monthOf(step.dueDate) === month);
    return {
      month,
      ladoReferrals: ladoOnTime(referrals.filter((referral) => monthOf(londonDate(referral.row.submittedAt)) === month)),
      seriousIncidentNotifications: onTimeOfSteps(stepsOfMonth, 'seriousIncidentNotifications'),
      reviewDecisions: onTimeOfSteps(stepsOfMonth, 'reviewDecisions'),
      rapidReviews: onTimeOfSteps(stepsOfMonth, 'rapidReviews'),
      publications: onTimeOfSteps(stepsOfMonth, 'publications'),
    };
  });
}

/** Open review steps (not the national notification) whose clock has ended, as of now, whatever the period. */
const REVIEW_MILESTONES: readonly StepFigure[] = ['reviewDecisions', 'rapidReviews', 'publications'];

/**
 * Every figure of the board's insight from plain rows. Agency-bearing records (LADO referrals and consultations,
 * threshold checks) follow the filter's agency type; serious incident cases are the local authority's and are not filtered.
 */
export function measureBoardInsight(board: Board, filter: InsightFilter, rows: InsightRows, now: Date): BoardInsight {
  const { period, agencyType } = filter;
  const ofAgency = <Row extends { agencyType: string }>(row: Row) => agencyType === undefined || row.agencyType === agencyType;
  const ladoReferrals = rows.ladoReferrals.filter((row) => ofAgency(row) && isInPeriod(row.submittedAt, period));
  const consultations = rows.ladoConsultations.filter((row) => ofAgency(row) && isInPeriod(row.submittedAt, period));
  const checks = rows.thresholdChecks.filter((row) => ofAgency(row) && isInPeriod(row.submittedAt, period));
  const measuredReferrals = ladoReferrals.map((row) => measureLadoReferral(row, board));
  const allSteps = rows.reviewSteps.flatMap((row) => measureReviewStep(row, board, now) ?? []);
  const steps = allSteps.filter((step) => decidedInPeriod(step, period));
  const levels = [...board.thresholds.levels].sort((a, b) => a.order - b.order).map((level) => level.id);
  const definitions = insightDefinitions(board.edition, board.clockSettings);
  const editions = [...new Set<EditionId>([...ladoReferrals.map((row) => row.edition), ...rows.reviewSteps.map((row) => row.edition)])].sort();
  const overdueMilestones = allSteps.filter((step) => step.status === 'overdue' && REVIEW_MILESTONES.includes(step.figure));

  return {
    board: { id: board.id, name: board.name },
    filter,
    editions: editions.length > 0 ? editions : [board.edition],
    generatedAt: now.toISOString(),
    headline: {
      ladoReferralsWithinOneWorkingDay: { ...definitions.ladoReferralsWithinOneWorkingDay, ...ladoTimelinessOf(measuredReferrals) },
      ladoContactMix: { ...definitions.ladoContactMix, consultations: consultations.length, referrals: ladoReferrals.length, lowLevelConcerns: 0 },
      seriousIncidentNotificationsOnTime: { ...definitions.seriousIncidentNotificationsOnTime, ...onTimeOfSteps(steps, 'seriousIncidentNotifications') },
      reviewDecisionsOnTime: { ...definitions.reviewDecisionsOnTime, ...onTimeOfSteps(steps, 'reviewDecisions') },
      rapidReviewsOnTime: { ...definitions.rapidReviewsOnTime, ...onTimeOfSteps(steps, 'rapidReviews') },
      reviewMilestonesOverdue: { ...definitions.reviewMilestonesOverdue, count: overdueMilestones.length },
      publicationsOnTime: { ...definitions.publicationsOnTime, ...onTimeOfSteps(steps, 'publications') },
      thresholdConsultations: { ...definitions.thresholdConsultations, count: checks.length },
    },
    timelinessByMonth: monthSeries(monthsOf(period), measuredReferrals, steps),
    levelMix: { ...definitions.levelMix, ...levelMixOf(levels, checks) },
    overrides: { ...definitions.overrides, ...overridesOf(levels, checks) },
    parkedDeliveries: { ...definitions.parkedDeliveries, ...parkedOf(rows.parkedDeliveries) },
    unacknowledgedAlerts: { ...definitions.unacknowledgedAlerts, ...unacknowledgedOf(rows.unacknowledgedItems, now) },
  };
}
