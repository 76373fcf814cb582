import { clockIdsOf } from '../clocks/resolveClock.ts';
import type { LCSPR_OUTCOMES, SCR_OUTCOMES } from '../seriousIncident/scrDecision.ts';
import type { PLAIN_MILESTONES } from '../seriousIncident/scrMilestone.ts';
import type { EditionId } from './editionId.ts';
import { getEdition } from './editions.ts';
import type { NotificationStep } from './notificationSteps.ts';

/**
 * Which clocks each step of a serious incident case starts and stops (domain brief §3, §7.2–§7.3). A case is the
 * notification and what board staff record after it; every clock runs until the step that ends it is recorded.
 * Only clocks of the case's edition are named.
 */
export type ClockChange = { stops: string[]; starts: string[] };

type DecisionOutcome = (typeof SCR_OUTCOMES)[number] | (typeof LCSPR_OUTCOMES)[number];
type PlainMilestone = (typeof PLAIN_MILESTONES)[number];
export type MilestoneKind = PlainMilestone | 'published' | 'delayed' | 'publicationWithheld';

/** Clocks that end when a national body is told; recording the notification stops them. */
const NATIONAL_NOTIFICATION_CLOCKS = ['SIN_2010', 'SIN_2013', 'SIN_2015', 'SIN', 'LAC_DEATH_NOTIFY', 'PANEL_NO_SCR'];
/** Clocks that run from when the incident became known: the national notifications and, from WT2018, the rapid review. */
const FROM_AWARENESS_CLOCKS = [...NATIONAL_NOTIFICATION_CLOCKS, 'RAPID_REVIEW'];

const DECISION_STARTS: Record<DecisionOutcome, string[]> = {
  scr: ['SCR_COMPLETE'],
  otherLearningReview: ['PANEL_NO_SCR'],
  goodPracticeReview: ['PANEL_NO_SCR'],
  noReview: ['PANEL_NO_SCR'],
  lcspr: ['LCSPR_PUBLISH'],
  noLcspr: [],
  referToPanel: [],
};

const MILESTONE_CLOCKS: Record<MilestoneKind, ClockChange> = {
  reviewStarted: { stops: [], starts: [] },
  nationalPanelNotified: { stops: ['PANEL_NO_SCR'], starts: [] },
  rapidReviewSentToPanel: { stops: ['RAPID_REVIEW'], starts: [] },
  panelReplied: { stops: [], starts: [] },
  reportCompleted: { stops: ['SCR_COMPLETE'], starts: [] },
  /** The planned publication date starts the copy's clock, which counts back from it (domain brief §7.2). */
  publicationPlanned: { stops: [], starts: ['LCSPR_PREPUB'] },
  prePublicationCopySent: { stops: ['LCSPR_PREPUB'], starts: [] },
  published: { stops: ['SCR_COMPLETE', 'LCSPR_PUBLISH'], starts: ['SCR_ON_WEBSITE'] },
  removedFromWebsite: { stops: ['SCR_ON_WEBSITE'], starts: [] },
  delayed: { stops: [], starts: [] },
  publicationWithheld: { stops: ['LCSPR_PUBLISH'], starts: [] },
};

function inEdition(edition: EditionId, clockIds: readonly string[]): string[] {
  const known = new Set(clockIdsOf(edition));
  return [...new Set(clockIds)].filter((clockId) => known.has(clockId));
}

/**
 * The clocks a notification starts when the board receives it: those its criteria start (assessIncident's
 * clockIds), and the review decision, which follows every notified incident where the edition has that clock.
 * `fromAwareness` clocks run from when the local authority (one of the safeguarding partners) became aware: the
 * national notification, and the rapid review, due "within 15 working days of becoming aware" (domain brief §3);
 * `fromNotification` from the board's receipt.
 */
export function notificationClocks(
  edition: EditionId,
  assessedClockIds: readonly string[],
): {
  fromAwareness: string[];
  fromNotification: string[];
} {
  const clocks = inEdition(edition, [...assessedClockIds, 'SCR_DECISION']);
  return {
    fromAwareness: clocks.filter((clockId) => FROM_AWARENESS_CLOCKS.includes(clockId)),
    fromNotification: clocks.filter((clockId) => clockId === 'SCR_DECISION'),
  };
}

/** The edition's steps that tell a national body, which board staff record once made outside the bot. */
export function nationalNotificationSteps(edition: EditionId): NotificationStep[] {
  return getEdition(edition).notifications.filter((step) => step.clockIds.every((clockId) => NATIONAL_NOTIFICATION_CLOCKS.includes(clockId)));
}

/** Recording a national notification stops its clock (the rapid review already runs from awareness). */
export function nationalNotificationClocks(edition: EditionId, step: NotificationStep): ClockChange {
  return { stops: inEdition(edition, step.clockIds), starts: [] };
}

/** The decision ends the wait for it (and the rapid review, whose outcome it is) and starts what follows from it. */
export function decisionClocks(edition: EditionId, outcome: DecisionOutcome): ClockChange {
  return { stops: inEdition(edition, ['SCR_DECISION', 'RAPID_REVIEW']), starts: inEdition(edition, DECISION_STARTS[outcome]) };
}

/** A decision not to start a serious case review goes to the national panel, where the edition has one (PANEL_NO_SCR). */
export function decisionFlagsNationalPanel(edition: EditionId, outcome: DecisionOutcome): boolean {
  return inEdition(edition, DECISION_STARTS[outcome]).includes('PANEL_NO_SCR');
}

export function milestoneClocks(edition: EditionId, kind: MilestoneKind): ClockChange {
  const change = MILESTONE_CLOCKS[kind];
  return { stops: inEdition(edition, change.stops), starts: inEdition(edition, change.starts) };
}
