import type { Citation } from '../../../knowledge/citation.ts';
import type { BoardInsight, CountFigure, FigureDefinition, OnTimeCounts, WorkingHoursSpread } from '../../../knowledge/insight/boardInsight.ts';
import { escapeHtml } from './html.ts';

/** 'chapter 4 of Working Together to Safeguard Children 2023': the document as people know it, never the basis. */
function citationText({ source, locator }: Citation): string {
  return locator ? `${source}, ${locator}` : source;
}

export function percentOf({ share }: OnTimeCounts): string {
  return share === null ? 'none due' : `${Math.round(share * 100)}%`;
}

function onTimeValue(counts: OnTimeCounts): string {
  return counts.total === 0 ? 'None due in the period' : `${percentOf(counts)} (${counts.onTime} of ${counts.total})`;
}

function figure(id: string, name: string, value: string, { definition, citation }: FigureDefinition, detail?: string): string {
  const source = citation ? `<p class="source">Clock from: ${escapeHtml(citationText(citation))}</p>` : '';
  const more = detail ? `<p class="detail">${escapeHtml(detail)}</p>` : '';
  return `<div class="figure" data-figure="${id}">
<dt>${escapeHtml(name)}</dt>
<dd><span class="value">${escapeHtml(value)}</span>${more}<p class="definition">${escapeHtml(definition)}</p>${source}</dd>
</div>`;
}

/** 'Median 3.5 working hours, 90th percentile 9' or nothing when there were no referrals. */
function spreadText({ medianWorkingHours, p90WorkingHours }: WorkingHoursSpread): string | undefined {
  if (medianWorkingHours === null || p90WorkingHours === null) return undefined;
  return `Median ${medianWorkingHours} working hours, 90th percentile ${p90WorkingHours}.`;
}

const count = (figureCounts: CountFigure) => String(figureCounts.count);

/** The headline figures, each with its definition and, for clocks, the document the clock comes from. */
export function renderHeadlineFigures({ headline, parkedDeliveries, unacknowledgedAlerts }: BoardInsight): string {
  const mix = headline.ladoContactMix;
  const lado = headline.ladoReferralsWithinOneWorkingDay;
  return `<dl class="figures">
${[
  figure('ladoReferralsWithinOneWorkingDay', 'LADO referrals within one working day', onTimeValue(lado), lado, spreadText(lado)),
  figure('ladoContactMix', 'LADO contacts', `${mix.consultations} consultations, ${mix.referrals} referrals, ${mix.lowLevelConcerns} low-level concerns`, mix),
  figure('seriousIncidentNotificationsOnTime', 'Serious incident notifications on time', onTimeValue(headline.seriousIncidentNotificationsOnTime), headline.seriousIncidentNotificationsOnTime),
  figure('reviewDecisionsOnTime', 'Review decisions on time', onTimeValue(headline.reviewDecisionsOnTime), headline.reviewDecisionsOnTime),
  figure('rapidReviewsOnTime', 'Rapid reviews on time', onTimeValue(headline.rapidReviewsOnTime), headline.rapidReviewsOnTime),
  figure('publicationsOnTime', 'Review reports published on time', onTimeValue(headline.publicationsOnTime), headline.publicationsOnTime),
  figure('reviewMilestonesOverdue', 'Review steps overdue now', count(headline.reviewMilestonesOverdue), headline.reviewMilestonesOverdue),
  figure('thresholdConsultations', 'Threshold checks', count(headline.thresholdConsultations), headline.thresholdConsultations),
  figure('parkedDeliveries', 'Records not delivered to the board’s system', count(parkedDeliveries), parkedDeliveries),
  figure('unacknowledgedAlerts', 'Alerts nobody has acknowledged', count(unacknowledgedAlerts), unacknowledgedAlerts),
].join('\n')}
</dl>`;
}
