import type { Activity } from 'botbuilder';

/**
 * A channel-neutral identity for the person behind an activity, as the board configuration's roles name them:
 * Teams users by Entra object id, Slack users by workspace and user id, local web-chat users by their local name.
 */
export function identityOf(activity: Pick<Activity, 'channelId' | 'from' | 'conversation'>): string {
  const from = activity.from;
  if (activity.channelId === 'msteams') {
    return from.aadObjectId ? `aad:${from.aadObjectId}` : `teams:${from.id}`;
  }
  if (activity.channelId === 'slack') {
    const teamId = (activity.conversation as { tenantId?: string }).tenantId ?? 'unknown';
    return `slack:${teamId}:${from.id}`;
  }
  return `local:${from.id}`;
}

/** The Teams tenant an activity came from, when there is one. */
export function teamsTenantOf(activity: Pick<Activity, 'channelId' | 'conversation' | 'channelData'>): string | undefined {
  if (activity.channelId !== 'msteams') return undefined;
  const fromChannelData = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return activity.conversation.tenantId ?? fromChannelData;
}
