import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger.ts';

export type ActivityClaim = (activityKey: string, conversationId: string) => Promise<boolean>;

/**
 * Channels redeliver an activity when they do not hear back in time. The first delivery claims the
 * activity id in the store; a redelivery finds the claim and is acknowledged without running again.
 */
export function createDedupeMiddleware(claim: ActivityClaim, logger: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { id, channelId, conversation, type, name } = context.activity;
      // Proactive turns (alerts, reminders) are started by the bot itself: nothing to redeliver.
      if (!id || (type === 'event' && name === 'ContinueConversation')) return next();
      const first = await claim(`${channelId}:${conversation.id}:${id}`, conversation.id);
      if (!first) {
        logger.info({ channel: channelId, activityType: context.activity.type }, 'redelivered activity ignored');
        return;
      }
      return next();
    },
  };
}
