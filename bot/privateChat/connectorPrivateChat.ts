import type { Activity, CloudAdapter, ConversationParameters } from 'botbuilder';
import { teamsTenantOf } from '../identity/userIdentity.ts';
import type { PrivateChatOpener } from './privateChats.ts';

/** The audience of the bot's token for the public cloud's Bot Connector (what proactive messages use too). */
const CONNECTOR_AUDIENCE = 'https://api.botframework.com';

/** The connector refuses to create the chat when the app is not installed for the person (403) or not found (404). */
function isNotInstalled(error: unknown): boolean {
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  return statusCode === 403 || statusCode === 404;
}

/**
 * Teams (and any Bot Framework channel that can): creates the personal conversation with the speaker through the
 * Bot Connector (POST /v3/conversations with the user's id and tenant and the bot's id); Teams answers with the
 * existing one-to-one chat when there is one.
 */
export function createConnectorPrivateChat(adapter: CloudAdapter, appId: string): PrivateChatOpener {
  return {
    async open(speaker: Activity, logic) {
      const tenantId = teamsTenantOf(speaker);
      const parameters = {
        isGroup: false,
        bot: speaker.recipient,
        members: [{ id: speaker.from.id, ...(speaker.from.name ? { name: speaker.from.name } : {}) }],
        ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
      } as ConversationParameters;
      try {
        await adapter.createConversationAsync(appId, speaker.channelId, speaker.serviceUrl, CONNECTOR_AUDIENCE, parameters, logic);
        return { kind: 'opened' };
      } catch (error) {
        if (isNotInstalled(error)) return { kind: 'notInstalled' };
        throw error;
      }
    },
  };
}
