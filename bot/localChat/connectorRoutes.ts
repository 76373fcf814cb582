import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { sendError } from '../server/errorResponse.ts';
import { readValidBody } from './jsonExchange.ts';
import { BOT_ACCOUNT, type ActivityJson, type LocalConversation, type LocalConversations } from './localConversations.ts';
import { loopbackOnly } from '../server/loopbackOnly.ts';

const botActivitySchema = z.looseObject({ type: z.string().min(1, 'must not be empty') });

/** What the person sees in place of a message the bot deleted: Direct Line has no way to tell Web Chat of a deletion. */
function tombstoneOf(original: ActivityJson): ActivityJson {
  return { type: 'message', from: original.from, recipient: original.recipient, conversation: original.conversation, text: '(This message was removed.)' };
}

/**
 * The part of the Bot Connector API the bot calls back with, unauthenticated in local mode: send, reply, update,
 * delete, members. Only conversations the bridge started exist here; what the bot sends joins their transcripts.
 */
export function registerConnectorRoutes(server: Server, connectorBaseUrl: string, conversations: LocalConversations): void {
  const conversationPath = `${new URL(connectorBaseUrl).pathname.replace(/\/$/, '')}/v3/conversations/:conversationId`;

  const conversationFor = (req: Request, res: Response): LocalConversation | undefined => {
    const lookup = conversations.findForBot(String(req.params.conversationId));
    if ('found' in lookup) return lookup.found;
    sendError(res, 404, 'ConversationNotFound', 'The local chat has no such conversation.');
    return undefined;
  };

  const send = async (req: Request, res: Response) => {
    const conversation = conversationFor(req, res);
    if (!conversation) return;
    const request = await readValidBody(req, res, botActivitySchema);
    if (!request) return;
    const replyToId = req.params.activityId as string | undefined;
    const stored = conversations.append(conversation, {
      ...request.body,
      from: request.body.from ?? BOT_ACCOUNT,
      conversation: { id: conversation.id },
      ...(replyToId ? { replyToId } : {}),
    });
    res.send(200, { id: stored.id });
  };
  server.post(`${conversationPath}/activities`, loopbackOnly, send);
  server.post(`${conversationPath}/activities/:activityId`, loopbackOnly, send);

  server.put(`${conversationPath}/activities/:activityId`, loopbackOnly, async (req: Request, res: Response) => {
    const conversation = conversationFor(req, res);
    if (!conversation) return;
    const request = await readValidBody(req, res, botActivitySchema);
    if (!request) return;
    const activityId = String(req.params.activityId);
    const original = conversations.find(conversation, activityId);
    if (!original) {
      sendError(res, 404, 'ActivityNotFound', 'The conversation has no activity with this id.');
      return;
    }
    // An update replaces the whole activity (a card the bot swaps for a plain note loses its attachments).
    conversations.replace(conversation, activityId, {
      ...request.body,
      from: request.body.from ?? original.from,
      conversation: { id: conversation.id },
      ...(original.replyToId ? { replyToId: original.replyToId } : {}),
    });
    res.send(200, { id: activityId });
  });

  server.del(`${conversationPath}/activities/:activityId`, loopbackOnly, async (req: Request, res: Response) => {
    const conversation = conversationFor(req, res);
    if (!conversation) return;
    const activityId = String(req.params.activityId);
    const original = conversations.find(conversation, activityId);
    if (!original) {
      sendError(res, 404, 'ActivityNotFound', 'The conversation has no activity with this id.');
      return;
    }
    conversations.replace(conversation, activityId, tombstoneOf(original));
    res.send(200, {});
  });

  server.get(`${conversationPath}/members`, loopbackOnly, async (req: Request, res: Response) => {
    const conversation = conversationFor(req, res);
    if (!conversation) return;
    res.send(200, [conversation.user, BOT_ACCOUNT]);
  });
}
