import type { TurnUser } from '../turnUser.ts';

/** A stored record of a serious incident case, as board staff see it in a one-to-one chat. */
export interface CaseRecord {
  reference: string;
  recordType: string;
  /** The record as stored (validated when it was submitted): case detail, never logged. */
  record: unknown;
  submittedAt: Date;
}

export type CaseOpening = { kind: 'opened'; records: CaseRecord[] } | { kind: 'notFound' } | { kind: 'notAllowed' };

/** A serious incident case: the notification and every record linked to it by its reference. bot/ checks roles and audits. */
export interface ReviewCasePort {
  /** The case of a notification reference, oldest record first; the notification comes first. */
  openCase(user: TurnUser, notificationReference: string): Promise<CaseOpening>;
  /**
   * Stops the case's running clocks of these ids: their remaining reminders and escalations are not sent.
   * `stoppedBy` is the reference of the record that ended them, for the audit trail.
   */
  stopClocks(user: TurnUser, notificationReference: string, clockIds: readonly string[], stoppedBy: string): Promise<void>;
}
