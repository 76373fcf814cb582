import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';

/** Messages the bot starts itself (alerts, reminders), in a conversation it was told about earlier. */
export interface ProactiveMessenger {
  /** Posts an activity; returns the id the channel gave it, to update it later. */
  send(conversation: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string | undefined>;
  /** Replaces an activity posted earlier (an alert card after an action), for everyone in the conversation. */
  update(conversation: Partial<ConversationReference>, activityId: string, activity: Partial<Activity>): Promise<void>;
}

/**
 * Proactive messages through the adapter, as the bot's app id ('' in local mode). A failure is thrown to the
 * caller rather than left to the adapter's turn error handler, which would post an apology into the conversation.
 */
export function createProactiveMessenger(adapter: CloudAdapter, appId: string): ProactiveMessenger {
  async function inConversation<T>(conversation: Partial<ConversationReference>, work: (context: TurnContext) => Promise<T>): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    await adapter.continueConversationAsync(appId, conversation, async (context) => {
      try {
        outcome = { ok: true, value: await work(context) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    if (!outcome) throw new Error('the proactive turn did not run');
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  return {
    send: (conversation, activity) => inConversation(conversation, async (context) => (await context.sendActivity(activity))?.id),
    update: (conversation, activityId, activity) =>
      inConversation(conversation, async (context) => {
        await context.updateActivity({ ...activity, id: activityId, conversation: context.activity.conversation });
      }),
  };
}
