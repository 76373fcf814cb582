import type { Activity, ResourceResponse } from 'botbuilder';
import type { SlackMessage, SlackModalView } from '../../cards/slack/blockKit.ts';
import { isSpeakerOnly } from '../../dialogs/privateChat.ts';
import { formModalFor } from './formViewMetadata.ts';
import type { PendingForms } from './pendingForms.ts';
import { conversationTypeOf, type SlackTarget } from './slackConversation.ts';
import { slackRenderingOf } from './slackMessages.ts';
import type { SlackApi } from './slackWebApi.ts';

const FORM_GONE_TEXT = 'That form is no longer open here: it was sent, stopped or has moved on. Type *help* to see where you are.';

/**
 * Everything the bot says in Slack goes through here: replies in a turn, proactive alerts and reminders, updates
 * in place, and forms opened in a modal. A reply with a form card also keeps the card's modal for its person
 * (see PendingForms), to open when they press "Open form".
 */
/** Slack's answer when the app may not post in a channel it is not a member of. */
function isNotInChannel(error: unknown): boolean {
  const code = (error as { data?: { error?: unknown } } | null)?.data?.error;
  return code === 'not_in_channel' || code === 'channel_not_found';
}

export class SlackSender {
  readonly #api: SlackApi;
  readonly #forms: PendingForms;

  constructor(api: SlackApi, forms: PendingForms) {
    this.#api = api;
    this.#forms = forms;
  }

  /** Posts each activity; its id is the ts of its first message. `userId`: whose turn it is (undefined when proactive). */
  async send(target: SlackTarget, activities: Array<Partial<Activity>>, userId: string | undefined): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const rendering = slackRenderingOf(activity);
      if (rendering === undefined) {
        responses.push({ id: '' });
        continue;
      }
      if (userId !== undefined && rendering.formCard !== undefined) {
        const modal = formModalFor(rendering.formCard, target);
        if (modal !== undefined) await this.#forms.save(target, userId, modal.view);
      } else if (userId !== undefined && rendering.leavesForm) {
        await this.#forms.discard(target, userId);
      }
      const privateTo = userId !== undefined && isSpeakerOnly(activity) && conversationTypeOf(target.channelId) !== 'personal' ? userId : undefined;
      let firstTs = '';
      for (const message of rendering.messages) {
        const ts = await this.#deliver(target, message, privateTo);
        firstTs ||= ts;
      }
      responses.push({ id: firstTs });
    }
    return responses;
  }

  /**
   * One message: to the person alone (ephemeral, or through a slash command's response_url), or to the conversation;
   * a slash command typed where the app is not a member is answered through its response_url. Returns the ts, '' when
   * the message is not one the bot can update.
   */
  async #deliver(target: SlackTarget, message: SlackMessage, privateTo: string | undefined): Promise<string> {
    const thread = target.threadTs === undefined ? {} : { thread_ts: target.threadTs };
    if (privateTo !== undefined) {
      if (target.responseUrl !== undefined) await this.#api.respond(target.responseUrl, message);
      else await this.#api.postEphemeral(target.teamId, { channel: target.channelId, user: privateTo, ...message, ...thread });
      return '';
    }
    try {
      return await this.#api.postMessage(target.teamId, { channel: target.channelId, ...message, ...thread });
    } catch (error) {
      if (target.responseUrl === undefined || !isNotInChannel(error)) throw error;
      await this.#api.respond(target.responseUrl, message);
      return '';
    }
  }

  /** Replaces a posted message (an alert card after an action) for everyone in the conversation. */
  async update(target: SlackTarget, ts: string, activity: Partial<Activity>): Promise<void> {
    const message = slackRenderingOf(activity)?.messages[0];
    if (message === undefined) throw new Error('Nothing to show in the updated Slack message');
    await this.#api.updateMessage(target.teamId, { channel: target.channelId, ts, ...message });
  }

  async delete(target: SlackTarget, ts: string): Promise<void> {
    await this.#api.deleteMessage(target.teamId, { channel: target.channelId, ts });
  }

  /** Keeps a step's modal as "Open form" should show it, e.g. with the problems the person is to fix. */
  async keepForm(target: SlackTarget, userId: string, view: SlackModalView): Promise<void> {
    await this.#forms.save(target, userId, view);
  }

  /** "Open form": the person's current step in a modal, or a note only they see when there is none. */
  async openForm(target: SlackTarget, userId: string, triggerId: string): Promise<void> {
    const view = await this.#forms.load(target, userId);
    if (view === undefined) {
      await this.#api.postEphemeral(target.teamId, {
        channel: target.channelId,
        user: userId,
        text: FORM_GONE_TEXT,
        ...(target.threadTs === undefined ? {} : { thread_ts: target.threadTs }),
      });
      return;
    }
    await this.#api.openView(target.teamId, triggerId, view);
  }
}
