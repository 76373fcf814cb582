import type { BoardClockSettings } from '../clocks/boardClockSetting.ts';
import { clockIdsOf, resolveClock } from '../clocks/resolveClock.ts';
import type { EditionId } from '../editions/editionId.ts';
import type { FigureDefinition } from './boardInsight.ts';

/** The clock each timeliness figure is measured against, first one the edition has (reviewClocks.ts names the same steps). */
export const FIGURE_CLOCKS = {
  ladoReferrals: ['LADO_REPORT'],
  seriousIncidentNotifications: ['SIN', 'SIN_2015', 'SIN_2013', 'SIN_2010'],
  reviewDecisions: ['SCR_DECISION', 'RAPID_REVIEW'],
  rapidReviews: ['RAPID_REVIEW'],
  publications: ['LCSPR_PUBLISH', 'SCR_COMPLETE'],
} as const;

export type TimedFigure = keyof typeof FIGURE_CLOCKS;

/** The edition's clock for a figure, or undefined when the edition has none of them (no rapid reviews before WT2018). */
export function figureClockId(edition: EditionId, figure: TimedFigure): string | undefined {
  const known = new Set(clockIdsOf(edition));
  return FIGURE_CLOCKS[figure].find((clockId) => known.has(clockId));
}

function timedDefinition(edition: EditionId, figure: TimedFigure, settings: BoardClockSettings, words: string): FigureDefinition {
  const clockId = figureClockId(edition, figure);
  if (clockId === undefined) return { definition: `${words} This edition sets no such clock.` };
  const clock = resolveClock(edition, clockId, settings);
  return { definition: words, citation: clock.citations[0] };
}

export type InsightDefinitions = ReturnType<typeof insightDefinitions>;

/** Each figure's definition as board staff and an annual report read it, with the clock's source where one applies. */
export function insightDefinitions(edition: EditionId, settings: BoardClockSettings = {}) {
  return {
    ladoReferralsWithinOneWorkingDay: timedDefinition(
      edition,
      'ladoReferrals',
      settings,
      'LADO referrals submitted by the end of the first working day after the allegation came to the employer’s attention (Europe/London, weekends and bank holidays excluded). Median and 90th percentile in working hours (09:00–17:00 on working days).',
    ),
    ladoContactMix: {
      definition:
        'Contacts with the LADO in the period: consultations (not sure the harm test is met) and referrals (the harm test is met). Low-level concerns are signposted to the employer’s own policy and not stored, so they count as 0.',
    },
    seriousIncidentNotificationsOnTime: timedDefinition(
      edition,
      'seriousIncidentNotifications',
      settings,
      'Serious incident notifications submitted within the edition’s clock from when the local authority became aware.',
    ),
    reviewDecisionsOnTime: timedDefinition(
      edition,
      'reviewDecisions',
      settings,
      'Review decisions recorded within the edition’s clock, among decisions whose clock ended in the period or that were recorded in it.',
    ),
    rapidReviewsOnTime: timedDefinition(edition, 'rapidReviews', settings, 'Rapid reviews sent to the national panel within 15 working days of the safeguarding partners becoming aware.'),
    reviewMilestonesOverdue: {
      definition: 'Review steps (decision, rapid review, publication) still open whose clock has ended, as of the time of the figures.',
    },
    publicationsOnTime: timedDefinition(edition, 'publications', settings, 'Review reports published within the edition’s clock from the decision to start the review.'),
    thresholdConsultations: {
      definition: 'Threshold checks practitioners completed and saved in the period.',
    },
    levelMix: {
      definition: 'Threshold checks by the level the practitioner chose, overall, by agency type and by the child’s age band.',
    },
    overrides: {
      definition:
        'Threshold checks where the practitioner chose a level other than the one the check suggested: up is a higher level in the board’s threshold document, down a lower one, other a level the document does not rank.',
    },
    parkedDeliveries: {
      definition: 'Records the bot stopped retrying to deliver to the board’s system after its retry limit, not yet delivered.',
    },
    unacknowledgedAlerts: {
      definition: 'Records alerted to board staff whose earliest clock has ended and that nobody has acknowledged yet.',
    },
  } satisfies Record<string, FigureDefinition>;
}
