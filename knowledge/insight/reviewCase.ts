import type { IsoDate } from '../calendar/isoDate.ts';
import { startOfLondonDay } from '../calendar/london.ts';
import type { EditionId } from '../editions/editionId.ts';
import type { MilestoneKind } from '../editions/reviewClocks.ts';
import { figureClockId } from './figureDefinitions.ts';
import type { ReviewStepRow } from './insightRows.ts';

/** A serious incident case as the insight reads it: when things happened, never who they happened to. */
export type ReviewCase = {
  edition: EditionId;
  /** The local authority became aware: starts the national notification and, from WT2018, the rapid review. */
  awareAt: Date;
  /** The board received the notification: starts the WT2010–WT2015 review decision. */
  notifiedAt: Date;
  /** Recorded as made outside the bot, on the notification itself or as a later milestone. */
  nationalNotificationsAt: Date[];
  decisions: Array<{ decidedOn: IsoDate; outcome: string }>;
  milestones: Array<{ kind: MilestoneKind; on: IsoDate }>;
};

/** Decisions that start a review whose report is then published (SCR_COMPLETE, LCSPR_PUBLISH). */
const REVIEW_STARTING_OUTCOMES = ['scr', 'lcspr'];

const earliest = (instants: readonly Date[]): Date | undefined => (instants.length === 0 ? undefined : new Date(Math.min(...instants.map((instant) => instant.getTime()))));

function milestoneOn(reviewCase: ReviewCase, kind: MilestoneKind): Date | undefined {
  return earliest(reviewCase.milestones.filter((milestone) => milestone.kind === kind).map((milestone) => startOfLondonDay(milestone.on)));
}

/** A date-only end event counts from 00:00 London that day, so it is on time exactly when the date is on or before the due date. */
function withStop(row: Omit<ReviewStepRow, 'stoppedAt'>, stoppedAt: Date | undefined): ReviewStepRow {
  return stoppedAt === undefined ? row : { ...row, stoppedAt };
}

/** The steps of a case the insight measures, each with its start and, once recorded, its end (reviewClocks.ts names the same ends). */
export function reviewStepsOf(reviewCase: ReviewCase): ReviewStepRow[] {
  const { edition, awareAt, notifiedAt } = reviewCase;
  const decision = [...reviewCase.decisions].sort((a, b) => a.decidedOn.localeCompare(b.decidedOn))[0];
  const decidedAt = decision && startOfLondonDay(decision.decidedOn);
  const decisionStartsAt = figureClockId(edition, 'reviewDecisions') === 'SCR_DECISION' ? notifiedAt : awareAt;
  const steps = [
    withStop({ figure: 'seriousIncidentNotifications', edition, startsAt: awareAt }, earliest(reviewCase.nationalNotificationsAt)),
    withStop({ figure: 'rapidReviews', edition, startsAt: awareAt }, milestoneOn(reviewCase, 'rapidReviewSentToPanel')),
    withStop({ figure: 'reviewDecisions', edition, startsAt: decisionStartsAt }, decidedAt),
  ];
  const withheld = milestoneOn(reviewCase, 'publicationWithheld') !== undefined;
  if (decision && decidedAt && REVIEW_STARTING_OUTCOMES.includes(decision.outcome) && !withheld) {
    steps.push(withStop({ figure: 'publications', edition, startsAt: decidedAt }, milestoneOn(reviewCase, 'published')));
  }
  return steps;
}
