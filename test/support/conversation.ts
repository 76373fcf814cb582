import { randomUUID } from 'node:crypto';
import type { FakeConnector } from './fakeConnector.ts';

export interface ConversationOptions {
  channelId?: string;
  userId?: string;
  userName?: string;
  /** Teams users carry their Entra object id; roles in board configurations name it. */
  aadObjectId?: string;
  tenantId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  conversationId?: string;
  /** Teams sets it on channel and group chat conversations. */
  isGroup?: boolean;
  /** Teams' channelData beyond the tenant, e.g. { team: { id }, channel: { id } } in a channel. */
  channelData?: Record<string, unknown>;
  authorization?: string;
}

/** The bot as Teams names it in a mention. */
export const BOT_ACCOUNT = { id: 'bot-id', name: 'Safeguarding assistant' };

export type Reply = Record<string, unknown> & { text?: string; attachments?: Array<{ contentType: string; content: Record<string, unknown> }> };

export interface TurnOutcome {
  status: number;
  body: unknown;
  replies: Reply[];
}

/**
 * Drives one conversation through the real /api/messages endpoint the way a channel does, and reads what
 * the bot sent back through the fake connector, so tests read like the dialog: `await chat.says('help')`.
 */
export class TestConversation {
  readonly options: Required<Pick<ConversationOptions, 'channelId' | 'userId' | 'userName' | 'conversationType' | 'conversationId'>> & ConversationOptions;
  readonly #botUrl: string;
  readonly #connector: FakeConnector;
  readonly transcript: Reply[] = [];

  constructor(settings: ConversationOptions & { botUrl: string; connector: FakeConnector }) {
    const { botUrl, connector, ...options } = settings;
    this.#botUrl = botUrl;
    this.#connector = connector;
    this.options = {
      channelId: 'msteams',
      userId: 'demo-user',
      userName: 'Demo User',
      conversationType: 'personal',
      conversationId: `conversation-${randomUUID()}`,
      ...options,
    };
  }

  /** The activity a channel would send, with the user's details filled in. */
  activity(fields: Record<string, unknown>): Record<string, unknown> {
    const { channelId, userId, userName, aadObjectId, tenantId, conversationType, conversationId, isGroup, channelData } = this.options;
    const allChannelData = { ...(tenantId ? { tenant: { id: tenantId } } : {}), ...channelData };
    return {
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      channelId,
      serviceUrl: this.#connector.url,
      from: { id: userId, name: userName, ...(aadObjectId ? { aadObjectId } : {}) },
      recipient: BOT_ACCOUNT,
      conversation: { id: conversationId, conversationType, ...(isGroup === undefined ? {} : { isGroup }), ...(tenantId ? { tenantId } : {}) },
      ...(Object.keys(allChannelData).length > 0 ? { channelData: allChannelData } : {}),
      ...fields,
    };
  }

  /** A message that @mentions the bot first, as Teams sends one in a channel or group chat. */
  async mentionsBot(text: string): Promise<Reply[]> {
    const mention = `<at>${BOT_ACCOUNT.name}</at>`;
    const entities = [{ type: 'mention', mentioned: BOT_ACCOUNT, text: mention }];
    return (await this.expectOk(this.activity({ type: 'message', text: `${mention} ${text}`, textFormat: 'plain', entities }))).replies;
  }

  /** Posts a raw activity body and returns the HTTP answer and what the bot sent during the turn. */
  async post(body: unknown, headers: Record<string, string> = {}): Promise<TurnOutcome> {
    const before = this.#connector.calls.length;
    const response = await fetch(`${this.#botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.options.authorization ? { authorization: this.options.authorization } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const replies = this.#connector.calls
      .slice(before)
      .filter((call) => call.kind === 'send' && call.conversationId === this.options.conversationId)
      .map((call) => (call.activity ?? {}) as Reply);
    this.transcript.push(...replies);
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, replies };
  }

  async says(text: string): Promise<Reply[]> {
    return (await this.expectOk(this.activity({ type: 'message', text }))).replies;
  }

  /** A card's Action.Submit: a message whose value holds the inputs and the action's data. */
  async submits(value: Record<string, unknown>): Promise<Reply[]> {
    return (await this.expectOk(this.activity({ type: 'message', value }))).replies;
  }

  /** The user opens the chat (Teams installs the bot, Web Chat connects). */
  async joins(): Promise<Reply[]> {
    const member = { id: this.options.userId, name: this.options.userName };
    return (await this.expectOk(this.activity({ type: 'conversationUpdate', membersAdded: [member] }))).replies;
  }

  async expectOk(activity: Record<string, unknown>): Promise<TurnOutcome> {
    const outcome = await this.post(activity);
    if (outcome.status !== 200) throw new Error(`bot answered ${outcome.status}: ${JSON.stringify(outcome.body)}`);
    return outcome;
  }

  lastText(): string {
    return textOf(this.transcript.at(-1));
  }

  /** All the text of a turn's replies, cards included, for `toContain` checks. */
  static textOf(replies: Reply[]): string {
    return replies.map(textOf).join('\n');
  }
}

/** The visible text of a reply: its text, suggested actions and every text of its cards. */
export function textOf(reply: Reply | undefined): string {
  if (!reply) return '';
  const parts: string[] = [];
  if (reply.text) parts.push(reply.text);
  const suggested = (reply.suggestedActions as { actions?: Array<{ title?: string }> } | undefined)?.actions ?? [];
  parts.push(...suggested.map((action) => action.title ?? ''));
  for (const attachment of reply.attachments ?? []) collectText(attachment.content, parts);
  return parts.join('\n');
}

function collectText(node: unknown, parts: string[]): void {
  if (Array.isArray(node)) return node.forEach((child) => collectText(child, parts));
  if (!node || typeof node !== 'object') return;
  const element = node as Record<string, unknown>;
  for (const key of ['text', 'title', 'label', 'value', 'placeholder']) {
    if (typeof element[key] === 'string') parts.push(element[key]);
  }
  for (const value of Object.values(element)) if (typeof value === 'object') collectText(value, parts);
}
