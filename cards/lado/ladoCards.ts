import type { BoardContacts } from '../../knowledge/boards/boardContacts.ts';
import type { AdaptiveCardJson, Fact } from '../adaptive/cardElements.ts';
import { guidanceCard } from '../templates/guidanceCard.ts';
import { renderMessageCard } from '../templates/messageCard.ts';
import { renderReceiptCard } from '../templates/receiptCard.ts';
import { alertedTeamOf, receiptStatusLines, type AlertOutcome, type DeliveryDestination } from '../templates/receiptStatus.ts';
import { CHILD_NOT_SAFE, IMMEDIATE_DANGER } from '../../knowledge/lado/ladoGuidance.ts';

/** The LADO flow's cards that are not form sections: guidance with its sources, emergencies, receipts. */

function contactLine(phone: string, hours?: string): string {
  return hours === undefined ? phone : `${phone} (${hours})`;
}

export function emergencyCard(contacts: BoardContacts): AdaptiveCardJson {
  return guidanceCard(IMMEDIATE_DANGER, [
    { label: 'Police', value: contacts.police.emergency },
    { label: contacts.frontDoor.name, value: contactLine(contacts.frontDoor.phone, contacts.frontDoor.hours) },
    { label: contacts.emergencyDutyTeam.name, value: contactLine(contacts.emergencyDutyTeam.phone, contacts.emergencyDutyTeam.hours) },
  ]);
}

/** The child is not known to be safe: 999, the LADO and the emergency duty team, from the board's configuration. */
export function childNotSafeCard(contacts: BoardContacts): AdaptiveCardJson {
  const { lado, emergencyDutyTeam } = contacts;
  return guidanceCard(CHILD_NOT_SAFE, [
    { label: 'Police, immediate danger', value: contacts.police.emergency },
    { label: lado.name, value: contactLine(lado.phone, lado.dutyHours) },
    { label: emergencyDutyTeam.name, value: contactLine(emergencyDutyTeam.phone, emergencyDutyTeam.hours) },
  ]);
}

export function childReferralCard(contacts: BoardContacts): AdaptiveCardJson {
  const { frontDoor, emergencyDutyTeam } = contacts;
  return renderMessageCard(
    'Refer the child as well',
    [
      'A LADO referral is about the adult. Make a separate referral about the child to children’s social care: the front door in working hours, the emergency duty team out of hours.',
      'You can also use the threshold guidance from the main menu.',
    ],
    [
      { label: frontDoor.name, value: contactLine(frontDoor.phone, frontDoor.hours) },
      ...(frontDoor.onlineFormUrl === undefined ? [] : [{ label: 'Online form', value: frontDoor.onlineFormUrl }]),
      { label: emergencyDutyTeam.name, value: contactLine(emergencyDutyTeam.phone, emergencyDutyTeam.hours) },
    ],
    IMMEDIATE_DANGER.citations,
  );
}

function ladoContacts(contacts: BoardContacts): Fact[] {
  const { lado } = contacts;
  return [
    { label: lado.name, value: contactLine(lado.phone, lado.dutyHours) },
    { label: 'Email', value: lado.email },
  ];
}

export type LadoReceipt = { reference: string; deadlineText?: string; duplicate: boolean; alert: AlertOutcome; deliveredThrough: DeliveryDestination };

function statusLines(receipt: LadoReceipt, recordType: string, contacts: BoardContacts): string[] {
  return receiptStatusLines({
    reference: receipt.reference,
    alert: receipt.alert,
    alertedTeam: alertedTeamOf(recordType),
    urgentAction: `call the ${contacts.lado.name} on ${contacts.lado.phone}`,
    deliveredThrough: receipt.deliveredThrough,
  });
}

export function referralReceiptCard(receipt: LadoReceipt, contacts: BoardContacts): AdaptiveCardJson {
  return renderReceiptCard({
    reference: receipt.reference,
    title: receipt.duplicate ? 'This referral was already recorded' : 'LADO referral recorded',
    ...(receipt.deadlineText !== undefined && { deadlineText: `Deadline for telling the LADO: ${receipt.deadlineText}` }),
    nextSteps: [
      ...statusLines(receipt, 'lado_referral', contacts),
      'The LADO will contact you to advise on next steps. Keep your reference.',
      'Until the LADO advises you: do not investigate, and do not tell the adult concerned.',
      'Keep any evidence safe. Tell the police about any indecent images; never forward them.',
      'If you learn something new, or nobody has contacted you by the deadline, call the LADO and quote your reference.',
    ],
    contacts: ladoContacts(contacts),
  });
}

export function consultationReceiptCard(receipt: LadoReceipt, contacts: BoardContacts): AdaptiveCardJson {
  return renderReceiptCard({
    reference: receipt.reference,
    title: receipt.duplicate ? 'This question was already recorded' : 'Consultation request recorded',
    nextSteps: [
      ...statusLines(receipt, 'lado_consultation', contacts),
      'The LADO duty officer will contact you. The advice will be "no further action, with advice" or "please make a referral".',
      'If the LADO asks you to refer, start a LADO referral from the menu: it must reach the LADO within the deadline.',
    ],
    contacts: ladoContacts(contacts),
  });
}
