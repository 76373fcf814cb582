import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { BotAdapter, TurnLogic } from '../adapter/botAdapter.ts';
import type { ChannelTokenCheck } from '../adapter/channelTokenCheck.ts';
import type { Logger } from '../logging/logger.ts';
import { loopbackOnly } from './loopbackOnly.ts';
import { describeErrorSafely } from '../turns/turnErrorHandler.ts';
import { INVOKE_DEADLINE_MS, STILL_WORKING, withinDeadline } from '../turns/invokeDeadline.ts';
import { newSupportReference } from '../turns/supportReference.ts';
import { describeActivityProblems, incomingActivitySchema } from './activitySchema.ts';
import { closeAfterRefusal, readBody, refusalBeforeReading, type BodyRules } from './requestBody.ts';
import type { ServiceUrlPolicy } from './serviceUrlPolicy.ts';

const ACTIVITY_BODY: BodyRules = { types: ['application/json'], maxBytes: 1024 * 1024 };

export interface MessagesRouteParts {
  adapter: BotAdapter;
  logic: TurnLogic;
  logger: Logger;
  /** Undefined in local mode (no authentication). */
  tokenCheck: ChannelTokenCheck | undefined;
  serviceUrls: ServiceUrlPolicy;
}

/** Adds POST /api/messages; in local mode (no authentication) it answers loopback requests from the chat page only. */
export function registerMessagesRoute(server: Server, parts: MessagesRouteParts & { localMode: boolean }): void {
  const messages = createMessagesHandler(parts);
  if (parts.localMode) server.post('/api/messages', loopbackOnly, messages);
  else server.post('/api/messages', messages);
}

/** The adapter throws botframework-connector's AuthenticationError (status 401/403) for a missing or invalid token. */
function isAuthenticationFailure(error: unknown): boolean {
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  return statusCode === 401 || statusCode === 403;
}

function unauthorized(res: Response): void {
  res.send(401, { error: 'unauthorized', message: 'A valid Bot Framework token is required.' });
}

/**
 * POST /api/messages: the Bot Framework activity endpoint (Teams, Web Chat, the local bridge). In order: the content
 * type (415), the token (401), the body read in memory up to its limit (413), the activity (400), where replies would
 * go (400), then the turn. Nothing is stored before the turn.
 */
function createMessagesHandler({ adapter, logic, logger, tokenCheck, serviceUrls }: MessagesRouteParts) {
  return async (req: Request, res: Response): Promise<void> => {
    const refusal = refusalBeforeReading(req, ACTIVITY_BODY);
    if (refusal) {
      closeAfterRefusal(res);
      logger.warn({ route: 'messages', status: refusal.status }, 'activity body refused');
      res.send(refusal.status, { error: refusal.status === 415 ? 'unsupported_media_type' : 'too_large', message: refusal.message });
      return;
    }
    if (tokenCheck) {
      const verdict = await tokenCheck.check(req.header('authorization') || undefined);
      if (!verdict.ok) {
        closeAfterRefusal(res);
        logger.warn({ route: 'messages', status: verdict.status, reason: verdict.reason }, 'Bot Framework token refused');
        if (verdict.status === 401) return unauthorized(res);
        res.header('retry-after', '60');
        res.send(503, { error: 'authentication_unavailable', message: 'The bot cannot check tokens just now. Try again shortly.' });
        return;
      }
    }
    const read = await readBody(req, ACTIVITY_BODY);
    if (!read.ok) {
      closeAfterRefusal(res);
      logger.warn({ route: 'messages', status: read.status }, 'activity body refused');
      res.send(read.status, { error: 'too_large', message: read.message });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(read.body.toString('utf8'));
    } catch {
      logger.warn({ route: 'messages' }, 'malformed activity rejected');
      res.send(400, { error: 'invalid_activity', message: 'The activity is not valid JSON.' });
      return;
    }
    const parsed = incomingActivitySchema.safeParse(body);
    if (!parsed.success) {
      logger.warn({ route: 'messages', problems: parsed.error.issues.length }, 'malformed activity rejected');
      res.send(400, { error: 'invalid_activity', message: `The activity is not valid: ${describeActivityProblems(parsed.error)}.` });
      return;
    }
    const serviceUrlProblem = serviceUrls.problemWith(parsed.data.serviceUrl);
    if (serviceUrlProblem) {
      logger.warn({ route: 'messages', channel: parsed.data.channelId }, 'activity refused: serviceUrl not allowed');
      res.send(400, { error: 'invalid_activity', message: `The activity is not valid: ${serviceUrlProblem}.` });
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
        return unauthorized(res);
      }
      const supportReference = newSupportReference();
      logger.error({ route: 'messages', supportReference, error: describeErrorSafely(error) }, 'activity processing failed');
      res.send(500, { error: 'internal', message: `The bot could not process this activity. Support reference ${supportReference}.` });
    }
  };
}
