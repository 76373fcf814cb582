import { ConversationState, type TurnContext } from 'botbuilder';
import { isSharedConversation } from '../../dialogs/privateChat.ts';

/**
 * Conversation state kept per person where several people talk to the bot in one conversation (a channel thread, a
 * group chat): one person's menu or command never answers another's messages or cards. One-to-one chats keep the
 * conversation's own key, so nothing moves for them.
 */
export class PerPersonConversationState extends ConversationState {
  override getStorageKey(context: TurnContext): string | undefined {
    const key = super.getStorageKey(context);
    if (key === undefined || !isSharedConversation(context)) return key;
    return `${key}/users/${context.activity.from.id}`;
  }
}
