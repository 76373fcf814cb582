import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import { NO_LEVEL, type BoardInsight, type FigureDefinition, type OnTimeCounts } from '../../knowledge/insight/boardInsight.ts';
import { suppressSmallCounts, type ExportedValue, type ReportValue } from '../../knowledge/insight/suppressSmallCounts.ts';
import { ageBandTitle, agencyTitle, citationTitle, levelTitle, periodTitle } from './insightWords.ts';

/** The figures a board's annual report needs, as lines of section, measure and value, small counts suppressed. */
export type AnnualReport = {
  title: string;
  boardName: string;
  period: string;
  editions: string[];
  lines: Array<{ section: string; measure: string; value: ExportedValue; unit: 'count' | 'percent' | 'working hours' }>;
  definitions: Array<{ figure: string; definition: string; source?: string }>;
  suppressionNote: string;
};

type Line = { section: string; measure: string; value: ReportValue; unit: AnnualReport['lines'][number]['unit'] };

const count = (section: string, measure: string, value: number): Line => ({ section, measure, value: { kind: 'count', count: value }, unit: 'count' });

function timeliness(section: string, measure: string, counts: OnTimeCounts): Line[] {
  return [
    count(section, `${measure}: measured`, counts.total),
    count(section, `${measure}: on time`, counts.onTime),
    { section, measure: `${measure}: share on time`, value: { kind: 'share', part: counts.onTime, total: counts.total }, unit: 'percent' },
  ];
}

function ladoLines(insight: BoardInsight): Line[] {
  const section = 'LADO';
  const lado = insight.headline.ladoReferralsWithinOneWorkingDay;
  const mix = insight.headline.ladoContactMix;
  const hours = (measure: string, value: number | null, over: number): Line => ({ section, measure, value: { kind: 'hours', hours: value, over }, unit: 'working hours' });
  return [
    ...timeliness(section, 'Referrals within one working day', lado),
    hours('Referrals: median time to refer', lado.medianWorkingHours, lado.total),
    hours('Referrals: 90th percentile time to refer', lado.p90WorkingHours, lado.total),
    ...lado.byAgency.flatMap((agency) => timeliness(section, `Referrals within one working day, ${agencyTitle(agency.agencyType)}`, agency)),
    count(section, 'Consultations', mix.consultations),
    count(section, 'Referrals', mix.referrals),
    count(section, 'Low-level concerns recorded', mix.lowLevelConcerns),
  ];
}

function reviewLines(insight: BoardInsight): Line[] {
  const section = 'Serious incidents and reviews';
  const { headline } = insight;
  return [
    ...timeliness(section, 'Serious incident notifications', headline.seriousIncidentNotificationsOnTime),
    ...timeliness(section, 'Rapid reviews', headline.rapidReviewsOnTime),
    ...timeliness(section, 'Review decisions', headline.reviewDecisionsOnTime),
    ...timeliness(section, 'Publications', headline.publicationsOnTime),
    count(section, 'Review steps open past their clock', headline.reviewMilestonesOverdue.count),
  ];
}

function thresholdLines(board: Board, insight: BoardInsight): Line[] {
  const section = 'Threshold consultations';
  const { levelMix, overrides } = insight;
  return [
    count(section, 'Threshold checks', insight.headline.thresholdConsultations.count),
    ...levelMix.levels.map((level) => count(section, level.level === NO_LEVEL ? 'Checks with no level chosen' : `Checks at ${levelTitle(board, level.level)}`, level.count)),
    ...levelMix.byAgency.map((group) =>
      count(
        section,
        `Checks by ${agencyTitle(group.agencyType)}`,
        group.levels.reduce((sum, level) => sum + level.count, 0),
      ),
    ),
    ...levelMix.byAgeBand.map((group) =>
      count(
        section,
        `Checks for age ${ageBandTitle(group.ageBand)}`,
        group.levels.reduce((sum, level) => sum + level.count, 0),
      ),
    ),
    count(section, 'Level chosen: same as suggested', overrides.same),
    count(section, 'Level chosen: higher than suggested', overrides.up),
    count(section, 'Level chosen: lower than suggested', overrides.down),
    ...overrides.bySuggestedLevel.flatMap((level) => [
      count(section, `Suggested ${levelTitle(board, level.level)}: chosen higher`, level.up),
      count(section, `Suggested ${levelTitle(board, level.level)}: chosen lower`, level.down),
    ]),
    ...overrides.byAgency.flatMap((agency) => [
      count(section, `${agencyTitle(agency.agencyType)}: chosen higher`, agency.up),
      count(section, `${agencyTitle(agency.agencyType)}: chosen lower`, agency.down),
    ]),
  ];
}

function operationsLines(insight: BoardInsight): Line[] {
  const section = 'Operations (at the time of the report)';
  return [count(section, 'Deliveries parked', insight.parkedDeliveries.count), count(section, 'Alerts unacknowledged past their due time', insight.unacknowledgedAlerts.count)];
}

function definitionsOf(insight: BoardInsight): AnnualReport['definitions'] {
  const figures: Array<[string, FigureDefinition]> = [
    ['Referrals within one working day', insight.headline.ladoReferralsWithinOneWorkingDay],
    ['Consultations and referrals', insight.headline.ladoContactMix],
    ['Serious incident notifications', insight.headline.seriousIncidentNotificationsOnTime],
    ['Rapid reviews', insight.headline.rapidReviewsOnTime],
    ['Review decisions', insight.headline.reviewDecisionsOnTime],
    ['Publications', insight.headline.publicationsOnTime],
    ['Review steps open past their clock', insight.headline.reviewMilestonesOverdue],
    ['Threshold checks', insight.headline.thresholdConsultations],
    ['Levels chosen', insight.levelMix],
    ['Level chosen against suggested', insight.overrides],
    ['Deliveries parked', insight.parkedDeliveries],
    ['Alerts unacknowledged', insight.unacknowledgedAlerts],
  ];
  return figures.map(([figure, { definition, citation }]) => ({ figure, definition, ...(citation ? { source: citationTitle(citation) } : {}) }));
}

export function annualReportOf(board: Board, insight: BoardInsight): AnnualReport {
  return {
    title: `${board.name}: safeguarding figures for the annual report`,
    boardName: board.name,
    period: periodTitle(insight.filter.period),
    editions: insight.editions.map((edition) => getEdition(edition).title),
    lines: suppressSmallCounts([...ladoLines(insight), ...reviewLines(insight), ...thresholdLines(board, insight), ...operationsLines(insight)]),
    definitions: definitionsOf(insight),
    suppressionNote: 'Counts from 1 to 4 are shown as "fewer than 5", and shares and times built on them are not shown, so no child or adult can be singled out.',
  };
}
