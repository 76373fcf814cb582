import { errorTypeOf } from '../logging/errorType.ts';
import type { Logger } from '../logging/logger.ts';
import type { ActivityJson, LocalConversation, LocalConversations } from './localConversations.ts';

const BRIDGE_ACCOUNT = { id: 'local-chat-bridge', name: 'Local chat bridge', role: 'bot' };
const BOT_TURN_TIMEOUT_MS = 60_000;

/**
 * Posts the page's activities to the bot's /api/messages, as a channel would (no token: local mode).
 * Activities of one conversation go one after another, in the order the person sent them. When the bot does not
 * take one, the person sees a short note from the bridge instead of silence.
 */
export class BotForwarder {
  readonly #botEndpoint: string;
  readonly #conversations: LocalConversations;
  readonly #logger: Logger;
  readonly #pending = new Map<string, Promise<void>>();

  constructor(botEndpoint: string, conversations: LocalConversations, logger: Logger) {
    this.#botEndpoint = botEndpoint;
    this.#conversations = conversations;
    this.#logger = logger;
  }

  forward(conversation: LocalConversation, activity: ActivityJson): void {
    const previous = this.#pending.get(conversation.id) ?? Promise.resolve();
    const delivery = previous.then(() => this.#post(conversation, activity));
    this.#pending.set(conversation.id, delivery);
    void delivery.then(() => {
      if (this.#pending.get(conversation.id) === delivery) this.#pending.delete(conversation.id);
    });
  }

  /** Never rejects, so one failed delivery does not stop the ones queued behind it. */
  async #post(conversation: LocalConversation, activity: ActivityJson): Promise<void> {
    let problem: string;
    try {
      const response = await fetch(this.#botEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(BOT_TURN_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      if (response.ok) return;
      problem = `the bot answered HTTP ${response.status}`;
      this.#logger.warn({ conversationId: conversation.id, activityType: activity.type, status: response.status }, 'local chat: the bot refused an activity');
    } catch (error) {
      problem = 'the bot could not be reached';
      this.#logger.warn({ conversationId: conversation.id, activityType: activity.type, errorType: errorTypeOf(error) }, 'local chat: the bot could not be reached');
    }
    this.#conversations.append(conversation, {
      type: 'message',
      from: BRIDGE_ACCOUNT,
      recipient: conversation.user,
      conversation: { id: conversation.id },
      text: `The local chat bridge could not deliver that to the bot: ${problem}. The server's log has the details.`,
    });
  }
}
