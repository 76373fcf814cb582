import { ActivityEventNames, ActivityTypes, INVOKE_RESPONSE_KEY, type Activity, type InvokeResponse, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger.ts';
import { STILL_WORKING } from './invokeDeadline.ts';

export type ActivityClaim = (activityKey: string, conversationId: string) => Promise<boolean>;

/** The processed-activity claims, and the answers invokes got (so a redelivery gets the same answer). */
export interface ActivityClaims {
  claim: ActivityClaim;
  rememberResponse(activityKey: string, response: InvokeResponse): Promise<void>;
  responseTo(activityKey: string): Promise<InvokeResponse | undefined>;
}

/** How long a redelivery waits for the first delivery's answer before it is told the work is under way. */
const REDELIVERY_WAIT_MS = 2_000;
const REDELIVERY_POLL_MS = 100;

/** Turns the bot starts itself (alerts, reminders, a private chat it opens): nothing to redeliver. */
function isStartedByBot({ type, name }: Partial<Activity>): boolean {
  return type === ActivityTypes.Event && (name === ActivityEventNames.ContinueConversation || name === ActivityEventNames.CreateConversation);
}

/**
 * Channels redeliver an activity when they do not hear back in time. The first delivery claims the activity id in
 * the store; a redelivery finds the claim and is not run again. An invoke's redelivery gets the answer the first
 * delivery got (kept with the claim), or, while that is still being worked on, a "working on it" message: never 501.
 */
export function createDedupeMiddleware(claims: ActivityClaims, logger: Logger): Middleware {
  async function earlierResponse(key: string): Promise<InvokeResponse> {
    const deadline = Date.now() + REDELIVERY_WAIT_MS;
    for (;;) {
      const response = await claims.responseTo(key);
      if (response !== undefined) return response;
      if (Date.now() >= deadline) return STILL_WORKING;
      await new Promise((resolve) => setTimeout(resolve, REDELIVERY_POLL_MS));
    }
  }

  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { id, channelId, conversation, type } = context.activity;
      if (!id || isStartedByBot(context.activity)) return next();
      const key = `${channelId}:${conversation.id}:${id}`;
      if (await claims.claim(key, conversation.id)) {
        await next();
        const answered = (context.turnState.get(INVOKE_RESPONSE_KEY) as Partial<Activity> | undefined)?.value as InvokeResponse | undefined;
        if (type === ActivityTypes.Invoke && answered !== undefined) await claims.rememberResponse(key, answered);
        return;
      }
      logger.info({ channel: channelId, activityType: type }, 'redelivered activity not run again');
      if (type === ActivityTypes.Invoke) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: await earlierResponse(key) });
    },
  };
}
