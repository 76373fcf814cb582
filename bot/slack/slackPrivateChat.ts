import type { Activity } from 'botbuilder';
import type { PrivateChatOpener } from '../privateChat/privateChats.ts';
import type { SlackAdapter } from './slackAdapter.ts';
import { SLACK_CHANNEL_ID, slackConversationId, slackTargetOf } from './slackConversation.ts';
import type { SlackApi } from './slackWebApi.ts';

/**
 * Slack: opens the bot's one-to-one chat with the speaker (conversations.open), then runs the turn there through the
 * Slack adapter. Slack refuses (an error such as cannot_dm_bot or missing_scope) when the app cannot message them.
 */
export function createSlackPrivateChat(api: SlackApi, adapter: SlackAdapter): PrivateChatOpener {
  return {
    async open(speaker: Activity, logic) {
      const { teamId } = slackTargetOf(speaker);
      let channelId: string;
      try {
        channelId = await api.openDirectMessage(teamId, speaker.from.id);
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code === 'slack_webapi_platform_error') return { kind: 'notInstalled' };
        throw error;
      }
      await adapter.continueConversation(
        {
          channelId: SLACK_CHANNEL_ID,
          serviceUrl: speaker.serviceUrl,
          bot: speaker.recipient,
          user: speaker.from,
          conversation: { id: slackConversationId(teamId, channelId), tenantId: teamId, conversationType: 'personal', isGroup: false, name: '' },
        },
        logic,
      );
      return { kind: 'opened' };
    },
  };
}
