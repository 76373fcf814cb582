import type { Activity } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { BotAdapter, TurnLogic } from '../adapter/botAdapter.ts';
import type { Logger } from '../logging/logger.ts';
import { describeErrorSafely } from '../turns/turnErrorHandler.ts';
import { INVOKE_DEADLINE_MS, STILL_WORKING, withinDeadline } from '../turns/invokeDeadline.ts';
import { newSupportReference } from '../turns/supportReference.ts';
import { describeActivityProblems, incomingActivitySchema } from './activitySchema.ts';

/** The adapter throws botframework-connector's AuthenticationError (status 401/403) for a missing or invalid token. */
function isAuthenticationFailure(error: unknown): boolean {
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  return statusCode === 401 || statusCode === 403;
}

/** POST /api/messages: the Bot Framework activity endpoint (Teams, Web Chat, the local bridge). */
export function createMessagesHandler(adapter: BotAdapter, logic: TurnLogic, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      logger.warn({ route: 'messages', problems: parsed.error.issues.length }, 'malformed activity rejected');
      res.send(400, { error: 'invalid_activity', message: `The activity is not valid: ${describeActivityProblems(parsed.error)}.` });
      return;
    }
    try {
      const turn = adapter.runTurn(req.header('authorization') ?? '', parsed.data as unknown as Activity, logic);
      // An invoke (a card button in Teams) is answered in time even when the store is slow; its work carries on.
      const finished = parsed.data.type === 'invoke' ? await withinDeadline(turn, INVOKE_DEADLINE_MS) : { answer: await turn };
      if (finished === undefined) {
        res.send(STILL_WORKING.status, STILL_WORKING.body);
        turn.catch((error: unknown) => logger.error({ route: 'messages', error: describeErrorSafely(error) }, 'late invoke failed'));
        return;
      }
      const invokeResponse = finished.answer;
      res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      if (isAuthenticationFailure(error)) {
        logger.warn({ route: 'messages', channel: parsed.data.channelId }, 'request without a valid Bot Framework token rejected');
        res.send(401, { error: 'unauthorized', message: 'A valid Bot Framework token is required.' });
        return;
      }
      const supportReference = newSupportReference();
      logger.error({ route: 'messages', supportReference, error: describeErrorSafely(error) }, 'activity processing failed');
      res.send(500, { error: 'internal', message: `The bot could not process this activity. Support reference ${supportReference}.` });
    }
  };
}
