import type { Activity, ConversationReference } from 'botbuilder';

export const SLACK_CHANNEL_ID = 'slack';

/** Where a Slack message goes: a workspace's channel (or one-to-one chat), and a thread when the turn came from one. */
export interface SlackTarget {
  teamId: string;
  channelId: string;
  threadTs?: string;
  /** A slash command's response_url: answers reach the person there when the app is not in the channel. */
  responseUrl?: string;
}

/** What a Slack turn's activity carries in channelData, for the adapter to answer in the right place. */
export interface SlackChannelData {
  slack: SlackTarget;
}

/** A conversation's id on the Bot Framework side: '<team id>:<channel id>', unique across workspaces. */
export function slackConversationId(teamId: string, channelId: string): string {
  return `${teamId}:${channelId}`;
}

/**
 * Slack's channel id says what kind of conversation it is: D… a one-to-one chat with the bot; anything else has, or
 * may have, several people in it, so it is treated as a channel (case details are never shown there).
 */
export function conversationTypeOf(channelId: string, slackChannelType?: string): 'personal' | 'channel' | 'groupChat' {
  if (slackChannelType === 'im' || channelId.startsWith('D')) return 'personal';
  if (slackChannelType === 'mpim') return 'groupChat';
  return 'channel';
}

/** The Slack place of a turn's activity, or of a stored conversation reference (alerts, reminders). */
export function slackTargetOf(source: Pick<Partial<Activity>, 'conversation' | 'channelData'> | Partial<ConversationReference>): SlackTarget {
  const conversation = source.conversation;
  const id = conversation?.id ?? '';
  const separator = id.indexOf(':');
  const teamId = conversation?.tenantId ?? (separator > 0 ? id.slice(0, separator) : '');
  const channelId = separator > 0 ? id.slice(separator + 1) : '';
  if (teamId === '' || channelId === '') throw new Error('Not a Slack conversation: its id is not "<team>:<channel>"');
  const slack = 'channelData' in source ? (source.channelData as Partial<SlackChannelData> | undefined)?.slack : undefined;
  return {
    teamId,
    channelId,
    ...(slack?.threadTs === undefined ? {} : { threadTs: slack.threadTs }),
    ...(slack?.responseUrl === undefined ? {} : { responseUrl: slack.responseUrl }),
  };
}
