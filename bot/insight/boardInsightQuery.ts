import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { BoardInsight, InsightFilter, OnTimeCounts, OverrideCounts } from '../../knowledge/insight/boardInsight.ts';
import { insightDefinitions } from '../../knowledge/insight/figureDefinitions.ts';
import type { Queryable } from '../storage/database.ts';

const NONE_ON_TIME: OnTimeCounts = { total: 0, onTime: 0, share: null };
const NO_OVERRIDES: OverrideCounts = { total: 0, same: 0, up: 0, down: 0, other: 0 };

/** The board's insight for a period, as of now. First version of the contract: every figure is zero. */
export async function loadBoardInsight(_db: Queryable, board: Board, filter: InsightFilter, now: Date): Promise<BoardInsight> {
  const definitions = insightDefinitions(board.edition, board.clockSettings);
  const spread = { medianWorkingHours: null, p90WorkingHours: null };
  return {
    board: { id: board.id, name: board.name },
    filter,
    editions: [board.edition],
    generatedAt: now.toISOString(),
    headline: {
      ladoReferralsWithinOneWorkingDay: { ...definitions.ladoReferralsWithinOneWorkingDay, ...NONE_ON_TIME, ...spread, byAgency: [] },
      ladoContactMix: { ...definitions.ladoContactMix, consultations: 0, referrals: 0, lowLevelConcerns: 0 },
      seriousIncidentNotificationsOnTime: { ...definitions.seriousIncidentNotificationsOnTime, ...NONE_ON_TIME },
      reviewDecisionsOnTime: { ...definitions.reviewDecisionsOnTime, ...NONE_ON_TIME },
      rapidReviewsOnTime: { ...definitions.rapidReviewsOnTime, ...NONE_ON_TIME },
      reviewMilestonesOverdue: { ...definitions.reviewMilestonesOverdue, count: 0 },
      publicationsOnTime: { ...definitions.publicationsOnTime, ...NONE_ON_TIME },
      thresholdConsultations: { ...definitions.thresholdConsultations, count: 0 },
    },
    timelinessByMonth: [],
    levelMix: { ...definitions.levelMix, levels: [], byAgency: [], byAgeBand: [] },
    overrides: { ...definitions.overrides, ...NO_OVERRIDES, matrix: [], bySuggestedLevel: [], byAgency: [] },
    parkedDeliveries: { ...definitions.parkedDeliveries, count: 0, byDestination: [] },
    unacknowledgedAlerts: { ...definitions.unacknowledgedAlerts, count: 0, byLateness: [] },
  };
}
