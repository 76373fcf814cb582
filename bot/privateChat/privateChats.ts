import type { Activity, TurnContext } from 'botbuilder';
import type { PrivateChatOpening, PrivateChatPort } from '../../dialogs/privateChat.ts';

/** Runs the bot in the private chat: the turn's activity is the person's request, as if typed there. */
export type StartInPrivate = (context: TurnContext) => Promise<void>;

/** Opens a channel's one-to-one chat with the speaker and runs `logic` in it; answers notInstalled when it cannot. */
export interface PrivateChatOpener {
  open(speaker: Activity, logic: (context: TurnContext) => Promise<void>): Promise<PrivateChatOpening>;
}

export interface PrivateChatParts {
  /** Teams and every other Bot Framework channel: through the connector. */
  connector: PrivateChatOpener;
  /** Channels that open a private chat their own way (Slack), by channel id. */
  byChannel: ReadonlyMap<string, PrivateChatOpener>;
  start: StartInPrivate;
}

/**
 * The bot side of dialogs/privateChat.ts: the private chat is opened by the speaker's channel, then the request runs
 * there as a message from the speaker (so they are found, with their board and roles, as in the thread).
 */
export function createPrivateChats({ connector, byChannel, start }: PrivateChatParts): PrivateChatPort {
  return {
    continueInPrivate(context, text) {
      const speaker = context.activity;
      const opener = byChannel.get(speaker.channelId) ?? connector;
      return opener.open(speaker, async (privateContext) => {
        asRequestFrom(privateContext.activity, speaker, text);
        await start(privateContext);
      });
    },
  };
}

/** The private turn's activity becomes the speaker's message in their one-to-one chat. */
function asRequestFrom(activity: Partial<Activity>, speaker: Activity, text: string): void {
  activity.type = 'message';
  activity.text = text;
  activity.from = speaker.from;
  activity.locale = speaker.locale ?? 'en-GB';
  activity.conversation = { ...activity.conversation, id: activity.conversation?.id ?? '', conversationType: 'personal', isGroup: false, name: '' };
  delete activity.value;
}
