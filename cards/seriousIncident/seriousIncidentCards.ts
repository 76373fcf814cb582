import type { BoardContacts } from '../../knowledge/boards/boardContacts.ts';
import { describeClockLength } from '../../knowledge/clocks/clockLength.ts';
import type { EffectiveClock } from '../../knowledge/clocks/clock.ts';
import type { CriterionOutcome, IncidentAssessment } from '../../knowledge/editions/assessIncident.ts';
import type { EditionPack } from '../../knowledge/editions/editionPack.ts';
import type { AdaptiveCardJson, Fact } from '../adaptive/cardElements.ts';
import { renderMessageCard } from '../templates/messageCard.ts';
import { renderReceiptCard } from '../templates/receiptCard.ts';
import { alertedTeamOf, receiptStatusLines, type AlertOutcome, type DeliveryDestination } from '../templates/receiptStatus.ts';
import { onlyManagersStatement, uniqueCitations } from '../../knowledge/seriousIncident/seriousIncidentGuidance.ts';

/** The serious incident flow's cards that are not form sections: the criteria's answer, the role gate, receipts. */

const HEADLINES: Record<IncidentAssessment['notification'], string> = {
  required: 'The board must be notified',
  advisable: 'Notifying the board is advisable',
  notNeeded: 'No serious incident notification is needed',
};

function reviewLine(assessment: IncidentAssessment): string {
  switch (assessment.scrOrReview) {
    case 'scrCriteriaMet':
      return `The serious case review criteria look met. Who decides: ${assessment.decisionBy}.`;
    case 'rapidReview':
      return `A rapid review follows. Who decides on a local child safeguarding practice review: ${assessment.decisionBy}.`;
    case 'none':
      return 'These criteria do not call for a serious case review or a rapid review; the board may still choose a learning review.';
  }
}

function criterionLine(criterion: CriterionOutcome): string {
  return `- ${criterion.text}`;
}

function list(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [[`**${title}**`, ...lines].join('\n')];
}

/** "Ofsted and the LSCB notified: 5 working days", per clock the notification would start. */
export function clockLines(clocks: readonly EffectiveClock[]): string[] {
  return clocks.map((clock) => `- ${clock.endEvent}: ${describeClockLength(clock)} (counted from: ${clock.startEvent})`);
}

/** The criteria's answer: which are met and not, what to notify, what review may follow, what else to offer. */
export function assessmentCard(assessment: IncidentAssessment, pack: EditionPack, clocks: readonly EffectiveClock[]): AdaptiveCardJson {
  return renderMessageCard(
    HEADLINES[assessment.notification],
    [
      ...(pack.supersededBanner === undefined ? [] : [pack.supersededBanner]),
      reviewLine(assessment),
      ...list('Criteria met', assessment.metCriteria.map(criterionLine)),
      ...list('Criteria not met', assessment.notMetCriteria.map(criterionLine)),
      ...list('Clocks', clockLines(clocks)),
      ...list(
        assessment.notification === 'notNeeded' ? 'What to do instead' : 'Also consider',
        assessment.alternatives.map((line) => `- ${line}`),
      ),
      'I advise; the people named in the guidance decide, with their reasons recorded. Type **why?** to see the rules in full.',
    ],
    [{ label: 'Guidance edition', value: pack.title }],
    uniqueCitations(assessment.metCriteria),
  );
}

function contactFacts(contacts: BoardContacts): Fact[] {
  const { businessTeam, frontDoor, emergencyDutyTeam, police } = contacts;
  return [
    { label: businessTeam.name, value: [businessTeam.phone, businessTeam.email].filter(Boolean).join(', ') },
    { label: frontDoor.name, value: `${frontDoor.phone} (${frontDoor.hours})` },
    { label: emergencyDutyTeam.name, value: `${emergencyDutyTeam.phone} (${emergencyDutyTeam.hours})` },
    { label: 'Police', value: `${police.emergency} in an emergency` },
  ];
}

/** Why someone who is not a manager cannot notify, what to do instead, and who to call. */
export function onlyManagersCard(boardName: string, contacts: BoardContacts): AdaptiveCardJson {
  const statement = onlyManagersStatement(boardName);
  return renderMessageCard(statement.title, statement.paragraphs, contactFacts(contacts), statement.citations);
}

export type NotificationReceipt = {
  reference: string;
  duplicate: boolean;
  alert: AlertOutcome;
  deliveredThrough: DeliveryDestination;
  /** One line per clock: what it waits for and when it ends. */
  clockLines: string[];
  /** Who tells whom outside the bot, from the edition's notification steps. */
  nationalSteps: string[];
  staffConductConcern: boolean;
};

function urgentContactOf({ businessTeam }: BoardContacts): string {
  return businessTeam.phone === undefined ? `email the ${businessTeam.name} at ${businessTeam.email}` : `call the ${businessTeam.name} on ${businessTeam.phone}`;
}

export function notificationReceiptCard(receipt: NotificationReceipt, contacts: BoardContacts): AdaptiveCardJson {
  return renderReceiptCard({
    reference: receipt.reference,
    title: receipt.duplicate ? 'This notification was already recorded' : 'Serious incident notification recorded',
    deadlineText: ['**Clocks**', ...receipt.clockLines].join('\n'),
    nextSteps: [
      ...receiptStatusLines({
        reference: receipt.reference,
        alert: receipt.alert,
        alertedTeam: alertedTeamOf('serious_incident_notification'),
        urgentAction: urgentContactOf(contacts),
        deliveredThrough: receipt.deliveredThrough,
      }),
      'The business team’s alert carries no names; they will acknowledge it. Keep your reference.',
      ...receipt.nationalSteps,
      'I do not submit to national systems. When a national notification is sent, the business team records its reference and time here, and its clock stops.',
      ...(receipt.staffConductConcern ? ['You said there is a concern about a member of staff: make a LADO referral too (type **lado**).'] : []),
    ],
    contacts: contactFacts(contacts).slice(0, 1),
  });
}
