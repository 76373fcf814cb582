import { notificationReceiptCard } from '../../cards/seriousIncident/seriousIncidentCards.ts';
import { SERIOUS_INCIDENT_FORMS, SERIOUS_INCIDENT_SECTIONS, type NotificationFormKind } from '../../cards/seriousIncident/seriousIncidentForm.ts';
import { awareAtOf, buildSeriousIncidentNotification, type SeriousIncidentFacts } from '../../cards/records/seriousIncidentRecord.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { formatLondonIso } from '../../knowledge/calendar/london.ts';
import { resolveClock } from '../../knowledge/clocks/resolveClock.ts';
import { nationalNotificationSteps } from '../../knowledge/editions/reviewClocks.ts';
import type { SinIncident } from '../../knowledge/seriousIncident/seriousIncidentNotification.ts';
import type { SubmissionReceipt } from '../ports.ts';
import { cardMessage } from '../forms/cardMessage.ts';
import type { FormDraft } from '../forms/formDraft.ts';
import { FormWalkDialog } from '../forms/formWalkDialog.ts';
import { statementMessage } from '../forms/guidance.ts';
import { boardOrThrow } from '../boards.ts';
import { allNotificationClockIds, clocksStatement, notificationBanner, notificationClockStarts } from './notificationClocks.ts';
import { CHILD_DEATH_REVIEW, resumeHint } from './seriousIncidentMessages.ts';
import type { SeriousIncidentFlowPorts } from './seriousIncidentPorts.ts';

export const NOTIFICATION_WALKS: Record<NotificationFormKind, string> = {
  death: 'seriousIncident.deathWalk',
  harm: 'seriousIncident.harmWalk',
};

/** What the criteria and the board already say, filled in so it is asked once: now as the time of awareness, the board's area. */
export function prefilledNotification(board: Board, now: Date, incidentArea: SinIncident['area'] | undefined): FormDraft['values'] {
  return {
    [SERIOUS_INCIDENT_SECTIONS.awareness]: { awareAt: formatLondonIso(now) },
    [SERIOUS_INCIDENT_SECTIONS.notifier]: { localAuthority: board.areas[0] },
    ...(incidentArea === undefined ? {} : { [SERIOUS_INCIDENT_SECTIONS.incident]: { area: incidentArea } }),
  };
}

/** Each clock on the receipt: what it waits for and when it ends. */
function receiptClockLines(receipt: SubmissionReceipt, endEventOf: (clockId: string) => string): string[] {
  return receipt.clocks.map((clock) => `- ${endEventOf(clock.clockId)}: ${clock.notSetMessage ?? clock.description}`);
}

/** The notification form, section by section, with the national notification's deadline on every card. */
export function createNotificationWalk(ports: SeriousIncidentFlowPorts, kind: NotificationFormKind): FormWalkDialog<SeriousIncidentFacts> {
  const boardOf = (draft: FormDraft) => boardOrThrow(ports.boards, draft.boardId);
  return new FormWalkDialog<SeriousIncidentFacts>({
    dialogId: NOTIFICATION_WALKS[kind],
    form: SERIOUS_INCIDENT_FORMS[kind],
    drafts: ports.drafts,
    time: ports.time,
    submissions: ports.submissions,
    reportAlert: true,
    repeatable: {
      [SERIOUS_INCIDENT_SECTIONS.child]: {
        itemTitle: (position) => `Child ${position}`,
        countOf: (count) => (count === 1 ? '1 child' : `${count} children`),
        addAnotherLabel: 'Add another child',
      },
      [SERIOUS_INCIDENT_SECTIONS.partner]: {
        itemTitle: (position) => `Partner ${position}`,
        countOf: (count) => (count === 1 ? '1 partner' : `${count} partners`),
        addAnotherLabel: 'Add another partner',
      },
    },
    stepBanner: (draft, now) => notificationBanner(boardOf(draft), draft.facts, awareAtOf(draft.values), now),
    explain: (draft) => {
      const facts = draft.facts;
      const statement =
        draft.sectionId === SERIOUS_INCIDENT_SECTIONS.childDeath ? CHILD_DEATH_REVIEW : clocksStatement(boardOf(draft), facts.edition, allNotificationClockIds(facts.edition, facts.assessedClockIds));
      return statementMessage(statement, facts.edition);
    },
    buildRecord: (draft, now) => {
      const facts = draft.facts;
      const built = buildSeriousIncidentNotification(facts, draft.values, now);
      if (!built.ok) return built;
      const clocks = notificationClockStarts(facts, new Date(built.record.awareAt), now);
      return { ok: true, recordType: SERIOUS_INCIDENT_FORMS[kind].recordType, record: built.record, clocks };
    },
    receipt: (receipt, draft) => {
      const facts = draft.facts;
      const board = boardOf(draft);
      const started = new Set(receipt.clocks.map((clock) => clock.clockId));
      const nationalSteps = nationalNotificationSteps(facts.edition)
        .filter((step) => step.clockIds.some((clockId) => started.has(clockId)))
        .map((step) => `${step.step}: ${step.from} tells ${step.to}.`);
      const staffConductConcern = (draft.values[SERIOUS_INCIDENT_SECTIONS.nextSteps] as { staffConductConcern?: boolean } | undefined)?.staffConductConcern === true;
      const card = notificationReceiptCard(
        {
          reference: receipt.reference,
          duplicate: receipt.duplicate,
          alert: receipt.alert,
          deliveredThrough: receipt.deliveredThrough,
          clockLines: receiptClockLines(receipt, (clockId) => resolveClock(facts.edition, clockId, board.clockSettings).endEvent),
          nationalSteps,
          staffConductConcern,
        },
        board.contacts,
      );
      return [cardMessage(card, `Serious incident notification recorded. Your reference is ${receipt.reference}.`)];
    },
    resumeHint,
  });
}
