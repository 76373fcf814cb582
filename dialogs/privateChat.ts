import type { Activity, TurnContext } from 'botbuilder';

/**
 * The one rule for shared conversations: case detail (a flow's questions and answers, a record) is only ever collected
 * or shown in a one-to-one chat. A request for it in a Teams channel or group chat or a Slack channel is moved to a
 * private chat with the person who asked, and the thread only gets a pointer. Every flow and `open <reference>` use this.
 */

export type PrivateChatOpening = { kind: 'opened' } | { kind: 'notInstalled' };

/** bot/ opens (or finds) the speaker's one-to-one chat and carries on there as if they had typed `text` in it. */
export interface PrivateChatPort {
  continueInPrivate(context: TurnContext, text: string): Promise<PrivateChatOpening>;
}

/** A channel or group chat, where everyone present would see what the bot says. */
export function isSharedConversation(context: TurnContext): boolean {
  const { conversationType, isGroup } = context.activity.conversation;
  return conversationType === 'channel' || conversationType === 'groupChat' || isGroup === true;
}

/**
 * A reply meant only for the person who spoke: Slack shows it to them alone (chat.postEphemeral); other channels,
 * which cannot, post it as usual, so it never carries case detail either.
 */
export function speakerOnly(text: string): Partial<Activity> {
  return { type: 'message', text, channelData: { speakerOnly: true } };
}

export function isSpeakerOnly(activity: Partial<Activity>): boolean {
  return (activity.channelData as { speakerOnly?: unknown } | undefined)?.speakerOnly === true;
}

const POINTER_TEXT = 'I’ve messaged you privately: case details stay in a one-to-one chat.';

function howToOpenPrivateChat(channelId: string, text: string): string {
  const where =
    channelId === 'slack'
      ? 'In Slack, open **Safeguarding assistant** under **Apps** and use its **Messages** tab'
      : 'In Teams, select **Apps**, find **Safeguarding assistant**, choose **Add** (or **Open**) and use its **Chat** tab';
  return (
    `I couldn’t open a private chat with you: the app isn’t added for you yet. ${where}, then type **${text}** there. ` +
    'Case details stay out of shared conversations. If a child is in immediate danger, call **999** now.'
  );
}

/**
 * When the conversation is shared, moves the request (`text`, as typed) to the speaker's private chat and says so in
 * the thread, or says how to open that chat when it cannot be opened. True when it did: the caller stops here.
 */
export async function movedToPrivateChat(context: TurnContext, privateChat: PrivateChatPort, text: string): Promise<boolean> {
  if (!isSharedConversation(context)) return false;
  const opening = await privateChat.continueInPrivate(context, text);
  await context.sendActivity(speakerOnly(opening.kind === 'opened' ? POINTER_TEXT : howToOpenPrivateChat(context.activity.channelId, text)));
  return true;
}
