import { TurnContext, type ConversationReference } from 'botbuilder';
import { identityOf } from '../identity/userIdentity.ts';
import { normaliseIdentity } from '../../knowledge/boards/identity.ts';
import type { Queryable } from '../storage/database.ts';
import type { UserConversation } from '../storage/turnStateStatements.ts';

/** A chat with the bot and nobody else: the only place a reminder to one person may go. */
function isOneToOne(context: TurnContext): boolean {
  const { conversationType, isGroup } = context.activity.conversation;
  return isGroup !== true && (conversationType === undefined || conversationType === 'personal');
}

/** The one-to-one chat a person spoke to the bot in, remembered with the turn's state (group chats and channels are not). */
export function userConversationOfTurn(context: TurnContext, now: Date): UserConversation | undefined {
  if (context.activity.type !== 'message' || !isOneToOne(context)) return undefined;
  return { identity: normaliseIdentity(identityOf(context.activity)), reference: TurnContext.getConversationReference(context.activity), at: now };
}

export async function userConversationOf(db: Queryable, identity: string): Promise<Partial<ConversationReference> | undefined> {
  const { rows } = await db.query<{ conversation: Partial<ConversationReference> }>('SELECT conversation FROM user_conversations WHERE identity = $1', [normaliseIdentity(identity)]);
  return rows[0]?.conversation;
}
