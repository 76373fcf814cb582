import type { Citation } from '../../knowledge/citation.ts';
import type { BoardInsight, OnTimeCounts } from '../../knowledge/insight/boardInsight.ts';
import type { AdaptiveCardJson, Fact } from '../adaptive/cardElements.ts';
import { renderMessageCard } from '../templates/messageCard.ts';
import { percentText, periodTitle } from './insightWords.ts';

function onTimeText(counts: OnTimeCounts): string {
  return counts.total === 0 ? 'none measured' : `${counts.onTime} of ${counts.total} (${percentText(counts.share)})`;
}

function hoursText(hours: number | null): string {
  return hours === null ? '' : `; median ${hours} working hours`;
}

/** Board staff's `board report`: last quarter's headline figures, their sources, and where to see the rest. */
export function renderBoardReportCard(insight: BoardInsight, insightPageUrl: string): AdaptiveCardJson {
  const { headline, overrides, parkedDeliveries, unacknowledgedAlerts } = insight;
  const lado = headline.ladoReferralsWithinOneWorkingDay;
  const facts: Fact[] = [
    { label: 'LADO referrals within one working day', value: `${onTimeText(lado)}${hoursText(lado.medianWorkingHours)}` },
    { label: 'LADO consultations and referrals', value: `${headline.ladoContactMix.consultations} consultations, ${headline.ladoContactMix.referrals} referrals` },
    { label: 'Serious incident notifications on time', value: onTimeText(headline.seriousIncidentNotificationsOnTime) },
    { label: 'Rapid reviews on time', value: onTimeText(headline.rapidReviewsOnTime) },
    { label: 'Review decisions on time', value: onTimeText(headline.reviewDecisionsOnTime) },
    { label: 'Publications on time', value: onTimeText(headline.publicationsOnTime) },
    { label: 'Review steps open past their clock (now)', value: String(headline.reviewMilestonesOverdue.count) },
    { label: 'Threshold checks', value: String(headline.thresholdConsultations.count) },
    { label: 'Level chosen other than suggested', value: `${overrides.up} higher, ${overrides.down} lower, of ${overrides.total} with a level chosen` },
    { label: 'Deliveries parked (now)', value: String(parkedDeliveries.count) },
    { label: 'Alerts unacknowledged past their due time (now)', value: String(unacknowledgedAlerts.count) },
  ];
  const citations = [lado, headline.seriousIncidentNotificationsOnTime, headline.rapidReviewsOnTime, headline.reviewDecisionsOnTime, headline.publicationsOnTime].flatMap((figure): Citation[] =>
    figure.citation ? [figure.citation] : [],
  );
  return renderMessageCard(
    `${insight.board.name}: board report, ${periodTitle(insight.filter.period)}`,
    [
      'Headline figures for the last quarter. Clocks are prompts, not compliance scores: a late step asks for a reason, not a verdict.',
      `By month, agency type and level, with definitions: [open the insight page](${insightPageUrl}).`,
    ],
    facts,
    citations,
  );
}
