import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger.ts';
import { newSupportReference } from './supportReference.ts';

/** Error messages can quote values (database details, parser input), so only the type, code and stack frames are logged. */
export function describeErrorSafely(error: unknown): { type: string; code?: string; frames?: string } {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = error.stack
    ?.split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .join('\n');
  return { type: error.name, ...(typeof code === 'string' ? { code } : {}), ...(frames ? { frames } : {}) };
}

export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const supportReference = newSupportReference();
    logger.error({ supportReference, channel: context.activity.channelId, activityType: context.activity.type, error: describeErrorSafely(error) }, 'turn failed');
    try {
      await context.sendActivity(
        'Sorry, something went wrong on our side and I could not finish that. Please try again in a moment. ' +
          `If it keeps happening, tell your administrator and quote support reference ${supportReference}.`,
      );
    } catch (sendError) {
      logger.error({ supportReference, error: describeErrorSafely(sendError) }, 'could not send the apology');
    }
  };
}
