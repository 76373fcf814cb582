import type { Citation } from '../citation.ts';
import type { EditionId } from '../editions/editionId.ts';
import type { IsoDate } from '../calendar/isoDate.ts';
import type { AGENCY_TYPES } from '../records/fields.ts';
import type { AGE_BANDS } from '../records/thresholdConsultation.ts';

/**
 * What the board's insight shows: counts and timeliness over a period, never a child's or adult's identifier.
 * Every figure carries a short definition; figures measured against a clock carry the clock's citation too.
 */

/** Europe/London calendar dates, both days included. */
export type InsightPeriod = { from: IsoDate; to: IsoDate };

export type InsightFilter = {
  boardId: string;
  period: InsightPeriod;
  /** Only records whose practitioner, referrer or notifier works for this kind of agency. */
  agencyType?: AgencyType;
};

export type AgencyType = (typeof AGENCY_TYPES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];

/** What a figure means, in words for board staff, and where its clock comes from. */
export type FigureDefinition = {
  definition: string;
  citation?: Citation;
};

export type CountFigure = FigureDefinition & { count: number };

/** How many of the measured items met their clock. share is onTime / total, null when total is 0. */
export type OnTimeCounts = { total: number; onTime: number; share: number | null };

export type TimelinessFigure = FigureDefinition & OnTimeCounts;

/** Working hours from the start event to the end event: Europe/London, Monday–Friday, bank holidays excluded. */
export type WorkingHoursSpread = { medianWorkingHours: number | null; p90WorkingHours: number | null };

export type AgencyTimeliness = OnTimeCounts & WorkingHoursSpread & { agencyType: AgencyType };

/** LADO referrals made within one working day of the allegation coming to the employer's attention. */
export type LadoTimeliness = TimelinessFigure & WorkingHoursSpread & { byAgency: AgencyTimeliness[] };

/** LADO consultations vs referrals vs low-level concerns (low-level concerns count only where the board stores them). */
export type LadoContactMix = FigureDefinition & {
  consultations: number;
  referrals: number;
  lowLevelConcerns: number;
};

export type HeadlineFigures = {
  ladoReferralsWithinOneWorkingDay: LadoTimeliness;
  ladoContactMix: LadoContactMix;
  seriousIncidentNotificationsOnTime: TimelinessFigure;
  reviewDecisionsOnTime: TimelinessFigure;
  rapidReviewsOnTime: TimelinessFigure;
  /** Open review milestones (decision, rapid review, publication) whose clock ended before now. */
  reviewMilestonesOverdue: CountFigure;
  publicationsOnTime: TimelinessFigure;
  thresholdConsultations: CountFigure;
};

/** One calendar month (Europe/London) of the period; a month cut by the period counts only its days inside it. */
export type MonthTimeliness = {
  month: string;
  ladoReferrals: OnTimeCounts;
  seriousIncidentNotifications: OnTimeCounts;
  reviewDecisions: OnTimeCounts;
  rapidReviews: OnTimeCounts;
  publications: OnTimeCounts;
};

/** No level: the check matched nothing, or the practitioner took it to their safeguarding lead without choosing. */
export const NO_LEVEL = 'none';

export type LevelCount = { level: string; count: number };

/** Threshold consultations by the level the practitioner chose, overall and by agency and by age band. */
export type LevelMix = FigureDefinition & {
  /** The threshold document's levels in its own order (lowest first), then NO_LEVEL. */
  levels: LevelCount[];
  byAgency: Array<{ agencyType: AgencyType; levels: LevelCount[] }>;
  byAgeBand: Array<{ ageBand: AgeBand; levels: LevelCount[] }>;
};

/** Chosen against suggested: "up" is a higher level in the threshold document's order than suggested. */
export type OverrideCounts = { total: number; same: number; up: number; down: number; other: number };

export type OverrideCell = { agencyType: AgencyType; suggestedLevel: string; chosenLevel: string; count: number };

/** How often practitioners choose a level other than the one the check suggested: the board's signal to revisit its document or training. */
export type OverrideFigures = FigureDefinition &
  OverrideCounts & {
    /** Suggested level × chosen level, by agency; only non-zero cells. */
    matrix: OverrideCell[];
    bySuggestedLevel: Array<OverrideCounts & { level: string }>;
    byAgency: Array<OverrideCounts & { agencyType: AgencyType }>;
  };

export type ParkedDeliveries = CountFigure & {
  /** Parked after the retry limit, by where they were going. */
  byDestination: Array<{ destination: 'webhook' | 'boardInbox'; count: number }>;
};

export type UnacknowledgedAlerts = CountFigure & {
  /** Still unacknowledged, by how long past the due time: up to 1 working day, up to 5, more. */
  byLateness: Array<{ band: 'upTo1WorkingDay' | 'upTo5WorkingDays' | 'moreThan5WorkingDays'; count: number }>;
};

export type BoardInsight = {
  board: { id: string; name: string };
  filter: InsightFilter;
  /** The guidance editions the period's records were made under (the board's current edition when there are none). */
  editions: EditionId[];
  /** ISO instant the figures were computed at; "overdue" and "unacknowledged" are as of this time. */
  generatedAt: string;
  headline: HeadlineFigures;
  timelinessByMonth: MonthTimeliness[];
  levelMix: LevelMix;
  overrides: OverrideFigures;
  parkedDeliveries: ParkedDeliveries;
  unacknowledgedAlerts: UnacknowledgedAlerts;
};
