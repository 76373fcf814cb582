/**
 * What a receipt says about where the record went, in words that are true at the moment it is shown: "alerted" only
 * once the alert card was posted, "received by the board's system" only after its acknowledgement.
 */

/**
 * The record's alert when the receipt was made: posted to the team's conversation ('alerted'), posted to board
 * operations because the team's has not been set up ('forwarded'), waiting for a conversation ('pending', the
 * submitter is told when it is posted), or not raised in chat at all for this record ('none').
 */
export type AlertOutcome = 'alerted' | 'forwarded' | 'pending' | 'none';

export type DeliveryDestination = 'webhook' | 'boardInbox';

export interface ReceiptStatus {
  reference: string;
  alert: AlertOutcome;
  /** Who the alert is for, e.g. 'the LADO duty team'. */
  alertedTeam: string;
  /** What to do when it is urgent, e.g. 'call the LADO on 01632 960200'. */
  urgentAction: string;
  deliveredThrough: DeliveryDestination;
}

const OPERATIONS_TEAM = 'the board’s operations team';

const ALERTED_TEAMS: Partial<Record<string, string>> = {
  lado_referral: 'the LADO duty team',
  lado_consultation: 'the LADO duty team',
  serious_incident_notification: 'the board’s business team',
  scr_decision: 'the board’s business team',
  scr_milestone: 'the board’s business team',
  executive_summary: 'the board’s business team',
};

/** Who a record type's alert is for, in a sentence. */
export function alertedTeamOf(recordType: string): string {
  return ALERTED_TEAMS[recordType] ?? 'the board’s staff';
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function alertLine({ reference, alert, alertedTeam, urgentAction }: ReceiptStatus): string {
  switch (alert) {
    case 'alerted':
      return `${capitalised(alertedTeam)} has been alerted about ${reference}.`;
    case 'forwarded':
      return `Recorded as ${reference}. ${capitalised(alertedTeam)} has no alert channel yet, so ${OPERATIONS_TEAM} has been alerted to pass it on — if this is urgent, ${urgentAction}.`;
    case 'pending':
      return `Recorded as ${reference}; ${alertedTeam} has not been alerted yet — if this is urgent, ${urgentAction}. I will tell you here as soon as they have been alerted.`;
    case 'none':
      return `Recorded as ${reference}; this chat does not alert ${alertedTeam} — ${urgentAction} to make sure they know.`;
  }
}

/** The board's system hears of a record only when its acknowledgement comes back; the submitter is told then. */
export function deliveryLine(deliveredThrough: DeliveryDestination): string[] {
  return deliveredThrough === 'webhook' ? ['It is being sent to the board’s own system; I will tell you here when that system has received it.'] : [];
}

/** The receipt's first lines: whether the alert went, and whether the board's system has it yet. */
export function receiptStatusLines(status: ReceiptStatus): string[] {
  return [alertLine(status), ...deliveryLine(status.deliveredThrough)];
}

/** The follow-up to the submitter once an alert their receipt could not yet report was posted. */
export function alertFollowUpText(reference: string, recordType: string, outcome: Extract<AlertOutcome, 'alerted' | 'forwarded'>): string {
  const team = alertedTeamOf(recordType);
  return outcome === 'alerted'
    ? `Update on ${reference}: ${team} has now been alerted.`
    : `Update on ${reference}: ${OPERATIONS_TEAM} has been alerted and will pass it on to ${team}, whose alert channel is not set up yet.`;
}
