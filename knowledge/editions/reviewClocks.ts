import { clockIdsOf } from '../clocks/resolveClock.ts';
import type { LCSPR_OUTCOMES, SCR_OUTCOMES } from '../records/scrDecision.ts';
import type { PLAIN_MILESTONES } from '../records/scrMilestone.ts';
import type { SeriousIncidentNotification } from '../records/seriousIncidentNotification.ts';
import { assessIncident } from './assessIncident.ts';
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
/** The rapid review starts when the notification reaches the Panel (domain brief §3 RAPID_REVIEW). */
const STARTS_WHEN_SENT_TO_PANEL = 'RAPID_REVIEW';
const STARTED_BY_SIN_SENT = 'SIN';

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
 * `fromAwareness` clocks run from when the local authority became aware; `fromNotification` from the board's receipt.
 * The rapid review waits for the notification to reach the Panel (`afterNationalNotification`).
 */
export function notificationClocks(edition: EditionId, assessedClockIds: readonly string[]): {
  fromAwareness: string[];
  fromNotification: string[];
  afterNationalNotification: string[];
} {
  const clocks = inEdition(edition, [...assessedClockIds, 'SCR_DECISION']);
  return {
    fromAwareness: clocks.filter((clockId) => NATIONAL_NOTIFICATION_CLOCKS.includes(clockId)),
    fromNotification: clocks.filter((clockId) => clockId === 'SCR_DECISION'),
    afterNationalNotification: clocks.filter((clockId) => clockId === STARTS_WHEN_SENT_TO_PANEL),
  };
}

/** The edition's steps that tell a national body, which board staff record once made outside the bot. */
export function nationalNotificationSteps(edition: EditionId): NotificationStep[] {
  return getEdition(edition).notifications.filter((step) => step.clockIds.every((clockId) => NATIONAL_NOTIFICATION_CLOCKS.includes(clockId)));
}

/**
 * Whether the notified incident needs a rapid review, by the edition's own criteria applied to what the
 * notification records (only a partial picture: the answers it does not hold are taken as "no").
 */
export function rapidReviewDue(notification: Pick<SeriousIncidentNotification, 'edition' | 'nature' | 'abuseOrNeglect' | 'incident'>): boolean {
  const { nature } = notification;
  const assessment = assessIncident(notification.edition, {
    outcome: nature === 'seriousHarm' ? 'seriouslyHarmed' : 'died',
    abuseOrNeglect: notification.abuseOrNeglect.status,
    concernAboutWorkingTogether: false,
    lookedAfter: nature === 'lookedAfterChildDeath',
    ...(nature === 'careLeaverDeath' ? { careLeaverAge: 18 } : {}),
    diedInCustody: false,
    diedInRegulatedSetting: nature === 'deathInRegulatedSetting',
    incidentInArea: notification.incident.area === 'inArea',
    normallyResidentInArea: true,
  });
  return assessment.clockIds.includes(STARTS_WHEN_SENT_TO_PANEL);
}

/** Recording a national notification stops its clock; the notification to the Panel starts the rapid review if the case needs one. */
export function nationalNotificationClocks(edition: EditionId, step: NotificationStep, rapidReviewDue: boolean): ClockChange {
  const startsRapidReview = rapidReviewDue && step.clockIds.includes(STARTED_BY_SIN_SENT);
  return { stops: inEdition(edition, step.clockIds), starts: inEdition(edition, startsRapidReview ? [STARTS_WHEN_SENT_TO_PANEL] : []) };
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
