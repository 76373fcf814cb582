import { ActivityTypes, type Activity } from 'botbuilder';
import type { ButtonPress } from '../../cards/slack/buttonValue.ts';
import { conversationTypeOf, SLACK_CHANNEL_ID, slackConversationId, type SlackChannelData, type SlackTarget } from './slackConversation.ts';

/** Who and where a Slack request came from, as every turn needs it. */
export interface SlackOrigin {
  target: SlackTarget;
  userId: string;
  userName?: string;
  /** Slack's kind of channel when the request says (events do): im, mpim, channel, group. */
  channelType?: string;
  appId?: string;
}

/**
 * A message activity of channel 'slack' that runs through the same turn pipeline and dialogs as Teams:
 * conversation '<team>:<channel>' with the team as tenant (the board is found by it), from the Slack user.
 */
export function slackMessageActivity(origin: SlackOrigin, id: string | undefined, content: { text?: string; value?: Record<string, unknown>; mentions?: SlackMention[] }): Partial<Activity> {
  const { target } = origin;
  const conversationType = conversationTypeOf(target.channelId, origin.channelType);
  const channelData: SlackChannelData = { slack: target };
  return {
    type: ActivityTypes.Message,
    ...(id === undefined ? {} : { id }),
    channelId: SLACK_CHANNEL_ID,
    // Conversation references need a service URL; the Slack adapter posts through the Web API, never to it.
    serviceUrl: 'https://slack.com/',
    timestamp: new Date(),
    locale: 'en-GB',
    from: { id: origin.userId, name: origin.userName ?? '', role: 'user' },
    recipient: { id: origin.appId ?? 'safeguarding-assistant', name: 'Safeguarding assistant', role: 'bot' },
    conversation: {
      id: slackConversationId(target.teamId, target.channelId),
      tenantId: target.teamId,
      conversationType,
      isGroup: conversationType !== 'personal',
      name: '',
    },
    channelData,
    ...(content.text === undefined ? {} : { text: content.text }),
    ...(content.value === undefined ? {} : { value: content.value }),
    ...(content.mentions?.length ? { entities: content.mentions } : {}),
  };
}

/** A button press: its data as the message's value (as an Action.Submit sends it), or its text as if typed. */
export function buttonPressActivity(origin: SlackOrigin, id: string, press: Exclude<ButtonPress, { kind: 'openForm' }>): Partial<Activity> {
  return press.kind === 'text' ? slackMessageActivity(origin, id, { text: press.text }) : slackMessageActivity(origin, id, { value: press.data });
}

const MENTION = /<@([A-Z0-9]+)(?:\|([^>]*))?>/g;

/** A Slack member mentioned in a message, as a Bot Framework mention entity: the member id, and the name when Slack gave one. */
export interface SlackMention {
  type: 'mention';
  mentioned: { id: string; name?: string };
  text: string;
}

/** The people a message mentions other than the bot (none when the bot's own member id is not known). */
export function mentionsIn(slackText: string, botUserId: string | undefined): SlackMention[] {
  if (botUserId === undefined) return [];
  return [...slackText.matchAll(MENTION)].filter(([, id]) => id !== botUserId).map(([text, id = '', name]) => ({ type: 'mention', mentioned: { id, ...(name ? { name } : {}) }, text }));
}

/**
 * The words of a Slack message as a person typed them: mentions of the bot removed (every mention, when the bot's
 * member id is not known) and others shown as @name, links shown as their text, and Slack's escaping of &, < and > undone.
 */
export function typedText(slackText: string, botUserId?: string): string {
  return slackText
    .replace(MENTION, (_mention, id: string, name: string | undefined) => (botUserId === undefined || id === botUserId ? ' ' : `@${name ?? id}`))
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
