import { TurnContext, type ConversationReference } from 'botbuilder';
import { identityOf } from '../identity/userIdentity.ts';
import { normaliseIdentity } from '../../knowledge/boards/identity.ts';
import type { Queryable } from '../storage/database.ts';

/** A chat with the bot and nobody else: the only place a reminder to one person may go. */
function isOneToOne(context: TurnContext): boolean {
  const { conversationType, isGroup } = context.activity.conversation;
  return isGroup !== true && (conversationType === undefined || conversationType === 'personal');
}

/** Remembers the one-to-one chat a person last spoke to the bot in (group chats and channels are ignored). */
export async function rememberUserConversation(db: Queryable, context: TurnContext, now: Date): Promise<void> {
  if (context.activity.type !== 'message' || !isOneToOne(context)) return;
  await db.query(
    `INSERT INTO user_conversations (identity, conversation, updated_at) VALUES ($1, $2, $3)
     ON CONFLICT (identity) DO UPDATE SET conversation = EXCLUDED.conversation, updated_at = EXCLUDED.updated_at`,
    [normaliseIdentity(identityOf(context.activity)), JSON.stringify(TurnContext.getConversationReference(context.activity)), now],
  );
}

export async function userConversationOf(db: Queryable, identity: string): Promise<Partial<ConversationReference> | undefined> {
  const { rows } = await db.query<{ conversation: Partial<ConversationReference> }>('SELECT conversation FROM user_conversations WHERE identity = $1', [normaliseIdentity(identity)]);
  return rows[0]?.conversation;
}
