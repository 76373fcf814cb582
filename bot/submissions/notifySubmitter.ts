import type { ConversationReference } from 'botbuilder';
import type { ProactiveMessenger } from '../messaging/proactiveMessenger.ts';
import type { NotifySubmitter } from '../delivery/deliveryPorts.ts';
import type { Queryable } from '../storage/database.ts';

/** Where the submitter of a record can be told things later: the conversation they submitted it from. */
export async function submitterConversationOf(db: Queryable, recordId: string): Promise<Partial<ConversationReference> | undefined> {
  const { rows } = await db.query<{ conversation: Partial<ConversationReference> }>('SELECT conversation FROM submitter_conversations WHERE record_id = $1', [recordId]);
  return rows[0]?.conversation;
}

/** Tells a submitter something about their record, proactively, in the conversation they submitted it from. */
export function createSubmitterNotifier(db: Queryable, messenger: ProactiveMessenger): NotifySubmitter {
  return async ({ recordId, text }) => {
    const conversation = await submitterConversationOf(db, recordId);
    if (!conversation?.conversation?.id) return;
    await messenger.send(conversation, { type: 'message', text });
  };
}
