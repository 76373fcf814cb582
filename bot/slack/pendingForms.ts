import type { Storage } from 'botbuilder';
import type { SlackModalView } from '../../cards/slack/blockKit.ts';
import type { SlackTarget } from './slackConversation.ts';

/** As long as a draft is kept after its last change (the form walk's idle expiry). */
const FORM_VIEW_LIFETIME_MS = 7 * 24 * 60 * 60_000;

type StoredFormView = { view: SlackModalView; savedAt: string };

/**
 * The form step each person has open in each Slack conversation, as the modal "Open form" shows. A modal can only
 * be opened with the trigger of a click, after the card was posted, so the view is kept until then: in the bot's
 * state store, beside the drafts, holding no more than the draft does. One per person and conversation (a newer
 * step replaces it); dropped when the form moves past its questions, and after the drafts' idle expiry.
 */
export class PendingForms {
  readonly #storage: Storage;
  readonly #now: () => Date;

  constructor(storage: Storage, now: () => Date = () => new Date()) {
    this.#storage = storage;
    this.#now = now;
  }

  async save(target: SlackTarget, userId: string, view: SlackModalView): Promise<void> {
    const stored: StoredFormView = { view, savedAt: this.#now().toISOString() };
    await this.#storage.write({ [keyOf(target, userId)]: { ...stored, eTag: '*' } });
  }

  async load(target: SlackTarget, userId: string): Promise<SlackModalView | undefined> {
    const key = keyOf(target, userId);
    const stored = (await this.#storage.read([key]))[key] as StoredFormView | undefined;
    if (stored === undefined) return undefined;
    if (this.#now().getTime() - new Date(stored.savedAt).getTime() > FORM_VIEW_LIFETIME_MS) {
      await this.#storage.delete([key]);
      return undefined;
    }
    return stored.view;
  }

  async discard(target: SlackTarget, userId: string): Promise<void> {
    await this.#storage.delete([keyOf(target, userId)]);
  }
}

function keyOf(target: SlackTarget, userId: string): string {
  return `slack/forms/${target.teamId}/${target.channelId}/${userId}`;
}
