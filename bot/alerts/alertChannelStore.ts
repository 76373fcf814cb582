import type { ConversationReference } from 'botbuilder';
import type { Database, Queryable } from '../storage/database.ts';
import { appendAuditEntry } from '../audit/auditLog.ts';

/** A conversation registered for a route's alerts. */
export interface AlertChannel {
  boardId: string;
  route: string;
  conversation: Partial<ConversationReference>;
}

export interface ChannelRegistration extends AlertChannel {
  registeredBy: string;
  at: Date;
}

/** The key "which alerts come here" looks a conversation up by. */
export function conversationKeyOf(conversation: Partial<ConversationReference>): string {
  return `${conversation.channelId ?? 'unknown'}:${conversation.conversation?.id ?? 'unknown'}`;
}

/**
 * Registers a conversation for a route, replacing the conversation registered before (if any), and audits it.
 * Returns whether another conversation had the route until now.
 */
export async function registerAlertChannel(db: Database, registration: ChannelRegistration): Promise<{ replacedAnother: boolean }> {
  const key = conversationKeyOf(registration.conversation);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ conversation_key: string }>('SELECT conversation_key FROM alert_channels WHERE board_id = $1 AND route = $2 FOR UPDATE', [
      registration.boardId,
      registration.route,
    ]);
    await tx.query(
      `INSERT INTO alert_channels (board_id, route, conversation_key, conversation, registered_by, registered_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6)
       ON CONFLICT (board_id, route) DO UPDATE SET conversation_key = EXCLUDED.conversation_key, conversation = EXCLUDED.conversation,
         registered_by = EXCLUDED.registered_by, registered_at = EXCLUDED.registered_at`,
      [registration.boardId, registration.route, key, JSON.stringify(registration.conversation), registration.registeredBy, registration.at],
    );
    await appendAuditEntry(tx, {
      actor: registration.registeredBy,
      action: 'alertChannel.registered',
      detail: { boardId: registration.boardId, route: registration.route, channel: registration.conversation.channelId ?? null },
    });
    const previous = rows[0]?.conversation_key;
    return { replacedAnother: previous !== undefined && previous !== key };
  });
}

/** Removes a conversation's registrations (all of them, or the given routes); returns the routes removed. */
export async function unregisterAlertChannel(db: Database, removal: { boardId: string; conversation: Partial<ConversationReference>; routes?: readonly string[]; actor: string }): Promise<string[]> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ route: string }>(
      `DELETE FROM alert_channels WHERE board_id = $1 AND conversation_key = $2 AND ($3::text[] IS NULL OR route = ANY($3::text[]))
       RETURNING route`,
      [removal.boardId, conversationKeyOf(removal.conversation), removal.routes ?? null],
    );
    const routes = rows.map((row) => row.route).sort();
    if (routes.length > 0) {
      await appendAuditEntry(tx, { actor: removal.actor, action: 'alertChannel.unregistered', detail: { boardId: removal.boardId, routes } });
    }
    return routes;
  });
}

/** The routes whose alerts come to a conversation. */
export async function routesRegisteredIn(db: Queryable, boardId: string, conversation: Partial<ConversationReference>): Promise<string[]> {
  const { rows } = await db.query<{ route: string }>('SELECT route FROM alert_channels WHERE board_id = $1 AND conversation_key = $2 ORDER BY route', [boardId, conversationKeyOf(conversation)]);
  return rows.map((row) => row.route);
}

/** The conversation registered for a route, if any. */
export async function alertChannelFor(db: Queryable, boardId: string, route: string): Promise<AlertChannel | undefined> {
  const { rows } = await db.query<{ conversation: Partial<ConversationReference> }>('SELECT conversation FROM alert_channels WHERE board_id = $1 AND route = $2', [boardId, route]);
  const row = rows[0];
  return row && { boardId, route, conversation: row.conversation };
}
