import type { TurnContext } from 'botbuilder';

/** A channel or group chat, where everyone present would see case detail: such detail is only shown one to one. */
export function isSharedConversation(context: TurnContext): boolean {
  const { conversationType, isGroup } = context.activity.conversation;
  return conversationType === 'channel' || conversationType === 'groupChat' || isGroup === true;
}
