import type { Request, Response } from 'restify';
import { eventCallbackSchema, messageEventOf, urlVerificationSchema, type SlackMessageEvent } from './slackPayloads.ts';
import { mentionsIn, slackMessageActivity, typedText } from './slackActivities.ts';
import { badRequest, continueAfterAcknowledgement, signedWorkspace, verifiedRequest, type SlackRouteParts } from './slackRequests.ts';

export const SLACK_EVENTS_PATH = '/api/slack/events';
const ROUTE = 'slack-events';

/**
 * POST /api/slack/events (Events API): the url_verification challenge, and messages to the bot (message.im in its
 * one-to-one chats, app_mention in channels) as message turns. Slack is answered at once and the turn runs after;
 * a retried event (X-Slack-Retry-Num) carries the same event id, which the turn pipeline's claim lets through once.
 */
export function createSlackEventsHandler(parts: SlackRouteParts) {
  return async (req: Request, res: Response): Promise<void> => {
    const request = await verifiedRequest(req, res, parts, ROUTE, 'application/json');
    if (request === undefined) return;
    let body: unknown;
    try {
      body = JSON.parse(request.rawBody.toString('utf8'));
    } catch {
      badRequest(parts, res, ROUTE, 'body is not JSON');
      return;
    }
    const challenge = urlVerificationSchema.safeParse(body);
    if (challenge.success) {
      res.send(200, { challenge: challenge.data.challenge });
      return;
    }
    const callback = eventCallbackSchema.safeParse(body);
    if (!callback.success) {
      // Other envelope types (app_rate_limited…) need only an acknowledgement.
      res.send(200);
      return;
    }
    if (signedWorkspace(parts, res, request, callback.data.team_id, ROUTE) === undefined) return;
    const retry = req.header('x-slack-retry-num');
    if (retry) parts.logger.info({ route: ROUTE, retry, reason: req.header('x-slack-retry-reason') }, 'Slack event redelivered');
    res.send(200);

    const event = messageEventOf(callback.data);
    if (event === undefined || !isTurnFor(event)) return;
    const botUserId = callback.data.authorizations?.find((authorization) => authorization.is_bot)?.user_id;
    const activity = slackMessageActivity(
      {
        target: { teamId: callback.data.team_id, channelId: event.channel, ...(event.thread_ts === undefined ? {} : { threadTs: event.thread_ts }) },
        userId: event.user,
        ...(event.channel_type === undefined ? {} : { channelType: event.channel_type }),
        ...(callback.data.api_app_id === undefined ? {} : { appId: callback.data.api_app_id }),
      },
      callback.data.event_id,
      { text: typedText(event.text ?? '', botUserId), mentions: mentionsIn(event.text ?? '', botUserId) },
    );
    continueAfterAcknowledgement(parts, activity, ROUTE);
  };
}

/**
 * A person's new message: in the bot's one-to-one chat (message.im), or mentioning it elsewhere (app_mention; a
 * mention in the one-to-one chat also arrives as message.im, so it is taken once). Bots' own messages, edits and
 * other subtypes are not turns.
 */
function isTurnFor(event: SlackMessageEvent): event is SlackMessageEvent & { user: string } {
  if (event.user === undefined || event.bot_id !== undefined || event.subtype !== undefined) return false;
  if (event.type === 'message') return event.channel_type === 'im';
  return !event.channel.startsWith('D');
}
