import { createHash, randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import { claimRows, updateAndRelease, type Lease, type LeasedTable } from '../jobs/leasedRows.ts';
import type { Database, Queryable } from '../storage/database.ts';
import { appendAuditEntry } from '../audit/auditLog.ts';

export type AlertCardKind = 'record' | 'operations';

/** An alert card as stored: where it should go, and where it went once posted. */
export interface StoredAlertCard {
  id: string;
  boardId: string;
  kind: AlertCardKind;
  recordId: string | null;
  reference: string;
  route: string;
  fallbackRoute: string | null;
  reason: string | null;
  postedRoute: string | null;
  conversation: Partial<ConversationReference> | null;
  activityId: string | null;
  attempts: number;
}

const ALERT_CARDS: LeasedTable = { name: 'alert_cards', key: 'id' };

interface CardRow {
  id: string;
  board_id: string;
  kind: AlertCardKind;
  record_id: string | null;
  reference: string;
  route: string;
  fallback_route: string | null;
  reason: string | null;
  posted_route: string | null;
  conversation: Partial<ConversationReference> | null;
  activity_id: string | null;
  attempts: number;
}

const CARD_COLUMNS = 'id, board_id, kind, record_id, reference, route, fallback_route, reason, posted_route, conversation, activity_id, attempts';

function cardOf(row: CardRow): StoredAlertCard {
  return {
    id: row.id,
    boardId: row.board_id,
    kind: row.kind,
    recordId: row.record_id,
    reference: row.reference,
    route: row.route,
    fallbackRoute: row.fallback_route,
    reason: row.reason,
    postedRoute: row.posted_route,
    conversation: row.conversation,
    activityId: row.activity_id,
    attempts: row.attempts,
  };
}

export interface QueuedCard {
  boardId: string;
  reference: string;
  route: string;
  /** The board's operations route, tried when `route` has no conversation; null for operations alerts themselves. */
  fallbackRoute: string | null;
  at: Date;
}

/** Queues a record's alert card (once per record); false when it was queued before. */
export async function queueRecordCard(tx: Queryable, card: QueuedCard & { recordId: string }): Promise<boolean> {
  return insertCard(tx, { ...card, kind: 'record', dedupeKey: `record:${card.recordId}`, recordId: card.recordId, reason: null });
}

/** Queues an operations alert (once per board, reference and reason); false when the same one was queued before. */
export async function queueOperationsCard(tx: Queryable, card: QueuedCard & { reason: string }): Promise<boolean> {
  const reasonHash = createHash('sha256').update(card.reason).digest('hex').slice(0, 16);
  return insertCard(tx, { ...card, kind: 'operations', dedupeKey: `operations:${card.boardId}:${card.reference}:${reasonHash}`, recordId: null });
}

async function insertCard(tx: Queryable, card: QueuedCard & { kind: AlertCardKind; dedupeKey: string; recordId: string | null; reason: string | null }): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO alert_cards (id, board_id, kind, dedupe_key, record_id, reference, route, fallback_route, reason, next_attempt_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [randomUUID(), card.boardId, card.kind, card.dedupeKey, card.recordId, card.reference, card.route, card.fallbackRoute, card.reason, card.at],
  );
  return rowCount === 1;
}

/**
 * Leases unposted cards that are due and whose route (or fallback route) now has a registered conversation.
 * FOR UPDATE SKIP LOCKED: two bot instances never take the same card.
 */
export async function claimPostableCards(db: Database, lease: Lease, limit: number, boardId?: string): Promise<StoredAlertCard[]> {
  const rows = await claimRows<CardRow>(db, ALERT_CARDS, lease, limit, {
    due: `posted_at IS NULL AND next_attempt_at <= $1 AND ($5::text IS NULL OR board_id = $5)
      AND EXISTS (SELECT 1 FROM alert_channels c WHERE c.board_id = alert_cards.board_id AND c.route IN (alert_cards.route, alert_cards.fallback_route))`,
    orderBy: 'created_at',
    returning: CARD_COLUMNS,
    params: [boardId ?? null],
  });
  return rows.map(cardOf);
}

/** The card is in a conversation: remember where, so actions can update it, and release it. */
export async function markCardPosted(
  db: Database,
  card: StoredAlertCard,
  lease: Lease,
  posted: { route: string; conversation: Partial<ConversationReference>; activityId: string | undefined },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await updateAndRelease(tx, ALERT_CARDS, card.id, lease, {
      set: 'posted_at = $3, posted_route = $4, conversation = $5::jsonb, activity_id = $6, attempts = attempts + 1',
      params: [lease.now, posted.route, JSON.stringify(posted.conversation), posted.activityId ?? null],
      where: 'posted_at IS NULL',
    });
    if (updated) {
      await appendAuditEntry(tx, {
        actor: 'system:alerts',
        action: card.kind === 'record' ? 'alert.posted' : 'alert.operationsPosted',
        ...(card.recordId ? { recordId: card.recordId } : {}),
        detail: { boardId: card.boardId, reference: card.reference, route: posted.route, fallback: posted.route !== card.route },
      });
    }
    return updated;
  });
}

/** Posting failed: try again from `retryAt`. */
export async function markCardPostFailed(db: Database, card: StoredAlertCard, lease: Lease, retryAt: Date): Promise<void> {
  await updateAndRelease(db, ALERT_CARDS, card.id, lease, { set: 'attempts = attempts + 1, next_attempt_at = $3', params: [retryAt] });
}

export async function alertCardById(db: Queryable, id: string): Promise<StoredAlertCard | undefined> {
  const { rows } = await db.query<CardRow>(`SELECT ${CARD_COLUMNS} FROM alert_cards WHERE id = $1`, [id]);
  return rows[0] && cardOf(rows[0]);
}
