import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import type { DraftReminderRequest } from '../../dialogs/ports.ts';
import { editionIdSchema, type EditionId } from '../../knowledge/editions/editionId.ts';
import { claimRows, DRAFT_REMINDERS, dueToFire, markFiredWhileHeld, releaseUntil, type Lease } from '../jobs/leasedRows.ts';
import type { Database, Queryable } from '../storage/database.ts';

export type ReminderRecipient = 'drafter' | 'manager';

/** One reminder to send: to whom and when. */
export interface PlannedDraftReminder {
  recipient: ReminderRecipient;
  fireAt: Date;
}

/** A reminder this instance holds the lease of. */
export interface ClaimedDraftReminder {
  id: string;
  recipient: ReminderRecipient;
  fireAt: Date;
  boardId: string;
  drafterIdentity: string;
  conversation: Partial<ConversationReference>;
  clockId: string;
  edition: EditionId;
  clockStartsAt: Date;
  draftTitle: string;
  deadlineLabel: string;
  resumeCommand: string;
  expiresAt: Date;
}

interface ClaimedRow {
  id: string;
  recipient: ReminderRecipient;
  fire_at: Date;
  board_id: string;
  drafter_identity: string;
  conversation: Partial<ConversationReference>;
  clock_id: string;
  edition: string;
  clock_starts_at: Date;
  draft_title: string;
  deadline_label: string;
  resume_command: string;
  expires_at: Date;
}

/**
 * Replaces the draft's reminders not yet sent (nor being sent by a live instance) with `planned`. A reminder
 * already sent for the same recipient and time is not planned again.
 */
export async function replaceDraftReminders(db: Database, request: DraftReminderRequest, planned: readonly PlannedDraftReminder[], now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM draft_reminders WHERE draft_key = $1 AND fired_at IS NULL AND (locked_by IS NULL OR locked_until <= $2)', [request.draftKey, now]);
    for (const reminder of planned) {
      await tx.query(
        `INSERT INTO draft_reminders (id, draft_key, recipient, fire_at, board_id, drafter_identity, conversation, clock_id, edition,
           clock_starts_at, draft_title, deadline_label, resume_command, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (draft_key, recipient, fire_at) DO NOTHING`,
        [
          randomUUID(),
          request.draftKey,
          reminder.recipient,
          reminder.fireAt,
          request.boardId,
          request.identity,
          JSON.stringify(request.conversation),
          request.clock.clockId,
          request.edition,
          request.clock.startsAt,
          request.draftTitle,
          request.deadlineLabel,
          request.resumeCommand,
          request.expiresAt,
        ],
      );
    }
  });
}

export async function deleteDraftReminders(db: Queryable, draftKey: string): Promise<void> {
  await db.query('DELETE FROM draft_reminders WHERE draft_key = $1', [draftKey]);
}

/** Leases up to `limit` reminders that are due, not sent and not leased by a live instance. */
export async function claimDueDraftReminders(db: Database, lease: Lease, limit: number): Promise<ClaimedDraftReminder[]> {
  const rows = await claimRows<ClaimedRow>(
    db,
    DRAFT_REMINDERS,
    lease,
    limit,
    dueToFire({
      returning: `id, recipient, fire_at, board_id, drafter_identity, conversation, clock_id, edition, clock_starts_at,
        draft_title, deadline_label, resume_command, expires_at`,
    }),
  );
  return rows.map((row) => ({
    id: row.id,
    recipient: row.recipient,
    fireAt: row.fire_at,
    boardId: row.board_id,
    drafterIdentity: row.drafter_identity,
    conversation: row.conversation,
    clockId: row.clock_id,
    edition: editionIdSchema.parse(row.edition),
    clockStartsAt: row.clock_starts_at,
    draftTitle: row.draft_title,
    deadlineLabel: row.deadline_label,
    resumeCommand: row.resume_command,
    expiresAt: row.expires_at,
  }));
}

/** Sent, or not needed any more: either way it never fires again. False when another instance took it over. */
export function markDraftReminderDone(db: Queryable, reminder: ClaimedDraftReminder, lease: Lease): Promise<boolean> {
  return markFiredWhileHeld(db, DRAFT_REMINDERS, reminder.id, lease);
}

export function retryDraftReminder(db: Queryable, reminder: ClaimedDraftReminder, lease: Lease, retryAt: Date): Promise<void> {
  return releaseUntil(db, DRAFT_REMINDERS, reminder.id, lease, retryAt);
}
