import { randomUUID } from 'node:crypto';
import type { ConversationOptions, Reply } from '../support/conversation.ts';
import { textOf } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';

/** The Northfield partnership's Teams tenant (a demo board), and its manager. */
export const NORTHFIELD_TENANT = '00000000-0000-4000-8000-00000000b001';
export const NORTHFIELD_MANAGER_OBJECT_ID = '00000000-0000-4000-8000-00000000b101';

/** A person of the Northfield tenant: a practitioner of their own unless an object id is given. */
export function northfieldPerson(name: string, objectId = randomUUID()): ConversationOptions {
  return { channelId: 'msteams', tenantId: NORTHFIELD_TENANT, aadObjectId: objectId, userId: `29:${objectId}`, userName: name };
}

/** A thread of a team's channel, as Teams addresses it: conversation type, isGroup, and the team and channel in channelData. */
export function teamsChannelThread(channel = `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`): ConversationOptions {
  return {
    conversationType: 'channel',
    isGroup: true,
    conversationId: `${channel};messageid=${Date.now()}`,
    channelData: { team: { id: '19:team-general@thread.tacv2', name: 'Safeguarding team' }, channel: { id: channel, name: 'Duty' } },
  };
}

/** A group chat with the bot in it. */
export function teamsGroupChat(): ConversationOptions {
  return { conversationType: 'groupChat', isGroup: true, conversationId: `19:${randomUUID().replace(/-/g, '')}@thread.v2` };
}

/** What the bot said in the personal chat it opened with this user (through the connector), as text. */
export function privateChatText(bot: BotUnderTest, userId: string): string {
  const chat = bot.connector.personalChatOf(userId);
  return chat === undefined
    ? ''
    : bot.connector
        .sent(chat)
        .map((activity) => textOf(activity as Reply))
        .join('\n');
}
