import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../logging/logger.ts';
import type { BotForwarder } from './botForwarder.ts';
import { sendError } from '../server/errorResponse.ts';
import { readValidBody } from './jsonExchange.ts';
import { BOT_ACCOUNT, type LocalConversation, type LocalConversations } from './localConversations.ts';
import { loopbackOnly } from '../server/loopbackOnly.ts';

/** Where the page points Web Chat: `createDirectLine({ domain: origin + DIRECT_LINE_PATH })`. */
export const DIRECT_LINE_PATH = '/local/directline';

/** What the bridge tells clients; tokens are not enforced to expire (a local tool), but Web Chat refreshes them as usual. */
const TOKEN_LIFETIME_SECONDS = 30 * 60;

const accountFields = { id: z.string().trim().min(1, 'must not be empty').max(64, 'is too long'), name: z.string().max(100, 'is too long').optional() };
const tokenRequestSchema = z.object({ user: z.object(accountFields).optional() }).optional();
/** botframework-directlinejs sends `{ user: { id }, locale }`, with id absent when the page set no user id. */
const startRequestSchema = z.looseObject({ user: z.looseObject({ id: z.string().min(1).max(64).optional() }).optional() }).optional();
const clientActivitySchema = z.looseObject({
  type: z.string().min(1, 'must not be empty'),
  from: z.looseObject(accountFields).optional(),
  text: z.string().max(28_000, 'is too long').optional(),
});

export interface DirectLineParts {
  conversations: LocalConversations;
  forwarder: BotForwarder;
  /** The serviceUrl the bot replies to. */
  connectorBaseUrl: string;
  logger: Logger;
}

function bearerToken(req: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1];
}

/**
 * The part of Direct Line 3.0 that Web Chat (botframework-directlinejs 0.15) uses when polling, without web sockets:
 * tokens, start a conversation, post an activity, get activities after a watermark.
 */
export function registerDirectLineRoutes(server: Server, { conversations, forwarder, connectorBaseUrl, logger }: DirectLineParts): void {
  /** The conversation in the URL, if the request's token is its own; otherwise answers 404 or 403 and returns undefined. */
  const conversationFor = (req: Request, res: Response): LocalConversation | undefined => {
    const lookup = conversations.findForClient(String(req.params.conversationId), bearerToken(req));
    if ('found' in lookup) return lookup.found;
    if (lookup.problem === 'unknown conversation') {
      // directlinejs treats 404 as "conversation ended"; the page offers a reload.
      sendError(res, 404, 'BadArgument', 'This conversation does not exist (the server may have restarted). Reload the page to start a new one.');
    } else {
      sendError(res, 403, 'TokenExpired', 'The token does not belong to this conversation.');
    }
    return undefined;
  };

  server.post(`${DIRECT_LINE_PATH}/tokens/generate`, loopbackOnly, async (req: Request, res: Response) => {
    const request = await readValidBody(req, res, tokenRequestSchema);
    if (!request) return;
    res.send(200, { token: conversations.issueToken(request.body?.user), expires_in: TOKEN_LIFETIME_SECONDS });
  });

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, loopbackOnly, async (req: Request, res: Response) => {
    const token = bearerToken(req);
    const conversation = token ? conversations.holderOf(token) : undefined;
    if (!conversation) {
      sendError(res, 403, 'TokenExpired', 'This token does not belong to a conversation.');
      return;
    }
    res.send(200, { conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_LIFETIME_SECONDS });
  });

  server.post(`${DIRECT_LINE_PATH}/conversations`, loopbackOnly, async (req: Request, res: Response) => {
    const request = await readValidBody(req, res, startRequestSchema);
    if (!request) return;
    const conversation = conversations.start(bearerToken(req) ?? '', request.body?.user?.id);
    if (!conversation) {
      sendError(res, 403, 'TokenExpired', 'Start a conversation with a token from tokens/generate; each token starts one conversation.');
      return;
    }
    logger.info({ conversationId: conversation.id }, 'local chat conversation started');
    res.send(201, { conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_LIFETIME_SECONDS });
    forwarder.forward(conversation, {
      type: 'conversationUpdate',
      id: `${conversation.id}-start`,
      timestamp: new Date().toISOString(),
      channelId: 'webchat',
      serviceUrl: connectorBaseUrl,
      conversation: { id: conversation.id, conversationType: 'personal' },
      from: conversation.user,
      recipient: BOT_ACCOUNT,
      membersAdded: [BOT_ACCOUNT, conversation.user],
    });
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, loopbackOnly, async (req: Request, res: Response) => {
    const conversation = conversationFor(req, res);
    if (!conversation) return;
    const watermark = Number.parseInt(new URL(req.url ?? '', 'http://localhost').searchParams.get('watermark') ?? '', 10);
    res.send(200, conversations.activitiesAfter(conversation, Number.isNaN(watermark) ? 0 : watermark));
  });

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, loopbackOnly, async (req: Request, res: Response) => {
    const conversation = conversationFor(req, res);
    if (!conversation) return;
    const request = await readValidBody(req, res, clientActivitySchema);
    if (!request) return;
    const activity = request.body;
    const stored = conversations.append(conversation, {
      ...activity,
      from: activity.from ?? conversation.user,
      channelId: 'webchat',
      serviceUrl: connectorBaseUrl,
      conversation: { id: conversation.id, conversationType: 'personal' },
      recipient: BOT_ACCOUNT,
    });
    res.send(200, { id: stored.id });
    forwarder.forward(conversation, stored);
  });
}
