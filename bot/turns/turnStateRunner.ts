import { ActivityEventNames, ActivityTypes, INVOKE_RESPONSE_KEY, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger.ts';
import type { Queryable } from '../storage/database.ts';
import { invokeResponseOf } from '../storage/processedActivities.ts';
import { loadTurnState, saveTurnState, type UserConversation } from '../storage/turnStateStatements.ts';
import { runInTurnScope, TurnStateScope } from '../storage/turnStateScope.ts';
import { STILL_WORKING } from './invokeDeadline.ts';

export interface TurnStateParts {
  db: Queryable;
  /** The conversation and user state keys of a turn (each BotState's own storage key). */
  stateKeysOf(context: TurnContext): string[];
  /** The board and normalised identity whose roles given in chat the turn will ask for; undefined when the board is unknown. */
  chatGrantsOf(activity: Activity): { boardId: string; identity: string } | undefined;
  /** The one-to-one chat to remember for the speaker (for reminders), saved with the turn; undefined elsewhere. */
  userConversationOf(context: TurnContext): UserConversation | undefined;
  logger: Logger;
}

/** Runs a turn's work (the bot's logic) with its state loaded before and saved after. */
export type TurnStateRunner = (context: TurnContext, work: () => Promise<void>) => Promise<void>;

/** How long a redelivery waits for the first delivery's answer before it is told the work is under way. */
const REDELIVERY_WAIT_MS = 2_000;
const REDELIVERY_POLL_MS = 100;

/** Turns the bot starts itself (alerts, reminders, a private chat it opens): nothing to redeliver. */
function isStartedByBot({ type, name }: Partial<Activity>): boolean {
  return type === ActivityTypes.Event && (name === ActivityEventNames.ContinueConversation || name === ActivityEventNames.CreateConversation);
}

/**
 * A turn's store work in two round trips: one statement before the turn claims the activity and reads the turn's
 * state and the speaker's chat roles; one after saves what the turn changed, with an invoke's answer and the chat to
 * remember. Run one turn at a time per conversation, so a turn reads what the one before it saved.
 *
 * Channels redeliver an activity when they do not hear back in time. The first delivery claims the activity id; a
 * redelivery finds the claim and is not run again. An invoke's redelivery gets the answer the first delivery got (kept
 * with the claim), or, while that is still being worked on, a "working on it" message: never 501.
 */
export function createTurnStateRunner({ db, stateKeysOf, chatGrantsOf, userConversationOf, logger }: TurnStateParts): TurnStateRunner {
  async function earlierResponse(key: string): Promise<InvokeResponse> {
    const deadline = Date.now() + REDELIVERY_WAIT_MS;
    for (;;) {
      const response = await invokeResponseOf(db, key);
      if (response !== undefined) return response;
      if (Date.now() >= deadline) return STILL_WORKING;
      await new Promise((resolve) => setTimeout(resolve, REDELIVERY_POLL_MS));
    }
  }

  return async (context, work) => {
    const { activity } = context;
    const { id, channelId, conversation, type } = activity;
    const activityKey = id && !isStartedByBot(activity) ? `${channelId}:${conversation.id}:${id}` : undefined;
    const grants = chatGrantsOf(activity);
    const loaded = await loadTurnState(db, {
      ...(activityKey && { claim: { activityKey, conversationId: conversation.id } }),
      stateKeys: stateKeysOf(context),
      ...(grants && { chatGrantsOf: grants }),
    });
    if (activityKey && loaded.claimed === false) {
      logger.info({ channel: channelId, activityType: type }, 'redelivered activity not run again');
      if (type === ActivityTypes.Invoke) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: await earlierResponse(activityKey) });
      return;
    }
    const scope = new TurnStateScope(loaded, grants);
    try {
      await runInTurnScope(scope, work);
    } catch (error) {
      // Closed whatever happens, so nothing that outlives the turn reads or writes through it; a failed turn saves nothing.
      scope.close();
      throw error;
    }
    const answered = (context.turnState.get(INVOKE_RESPONSE_KEY) as Partial<Activity> | undefined)?.value as InvokeResponse | undefined;
    const invokeAnswer = activityKey && type === ActivityTypes.Invoke && answered !== undefined ? { activityKey, response: answered } : undefined;
    const userConversation = userConversationOf(context);
    await saveTurnState(db, { changes: scope.close(), ...(invokeAnswer && { invokeAnswer }), ...(userConversation && { userConversation }) });
  };
}
