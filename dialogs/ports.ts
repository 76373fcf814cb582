import type { ConversationReference } from 'botbuilder';
import type { AlertOutcome } from '../cards/templates/receiptStatus.ts';
import type { EditionId } from '../knowledge/editions/editionId.ts';

/**
 * What the dialogs need from the outside world. bot/ implements these and hands them in,
 * so a dialog never knows about storage, delivery, alerts or the real clock.
 */

/** A clock a submitted record starts, e.g. { clockId: 'SIN', startsAt: <when the LA became aware> }. */
export interface ClockStart {
  clockId: string;
  startsAt: Date;
}

export interface SubmissionRequest {
  /** A record type of knowledge/records, e.g. 'lado_referral'. */
  recordType: string;
  /** The whole record; the service validates it again with the record's zod schema. */
  record: unknown;
  /** The form instance: confirming the same form twice finds the same record. */
  formInstanceId: string;
  boardId: string;
  submitter: { identity: string; displayName?: string };
  /** Where to tell the submitter later (the board's acknowledgement, reminders). */
  conversation: Partial<ConversationReference>;
  /** Clocks the record starts; the service resolves them for the board's edition and stores their timers. */
  clocks: ClockStart[];
  /**
   * The receipt says whether the board's staff were alerted: the alert is posted before the receipt is made where
   * its route has a conversation; otherwise the submitter is told in this conversation once it is posted.
   */
  reportAlert?: boolean;
}

export interface SubmittedClock {
  clockId: string;
  /** Plain English, London time, e.g. "Due by the end of Tuesday 22 April 2025". */
  description: string;
  dueBy?: Date;
  /** Set when the clock has no value for this board (a U clock the board has not set). */
  notSetMessage?: string;
}

export interface SubmissionReceipt {
  recordId: string;
  /** Human reference, e.g. LADO-2026-000123. */
  reference: string;
  /** True when this form instance had already been submitted: the same record is returned. */
  duplicate: boolean;
  submittedAt: Date;
  clocks: SubmittedClock[];
  /** How the board receives it: its own system (webhook) or the built-in board inbox. */
  deliveredThrough: 'webhook' | 'boardInbox';
  /** The record's alert to board staff as it stands when the receipt is made. */
  alert: AlertOutcome;
}

export interface SubmissionPort {
  submit(request: SubmissionRequest): Promise<SubmissionReceipt>;
}

/** What became of a form: for a press on a card of a flow that has finished. */
export interface SavedForms {
  /** The reference of the record submitted from this form instance by this person, if there is one. */
  referenceSavedFrom(formInstanceId: string, submitterIdentity: string): Promise<string | undefined>;
}

/** The time, controllable in tests. Dialogs never call new Date() for anything a clock depends on. */
export interface TimeSource {
  now(): Date;
}

export interface DialogPorts {
  submissions: SubmissionPort;
  time: TimeSource;
}

/** A draft whose clock is running: its owner (and their manager, where the board names one) is reminded before the end. */
export interface DraftReminderRequest {
  /** One per user and form (see draftKeyOf): scheduling again replaces the reminders not yet sent. */
  draftKey: string;
  boardId: string;
  /** The drafter. */
  identity: string;
  /** The drafter's one-to-one chat where they last worked on the draft: reminders go there. */
  conversation: Partial<ConversationReference>;
  /** The clock the draft will start once submitted; the board's edition and calendar resolve it. */
  clock: ClockStart;
  edition: EditionId;
  /** The words of the reminder, free of case detail: 'LADO referral', 'Tell the LADO', 'resume my LADO referral'. */
  draftTitle: string;
  deadlineLabel: string;
  resumeCommand: string;
  /** The draft's idle expiry: no reminder is sent after it. */
  expiresAt: Date;
}

export interface DraftReminderPort {
  schedule(request: DraftReminderRequest): Promise<void>;
  /** Submitted, deleted or expired: no more reminders. */
  cancel(draftKey: string): Promise<void>;
}
