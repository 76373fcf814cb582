import { randomBytes, randomUUID } from 'node:crypto';

/** An activity as JSON; the bridge only stamps routing fields and passes the rest through untouched. */
export type ActivityJson = Record<string, unknown>;

export interface ChatAccount {
  id: string;
  name?: string;
  role?: 'user' | 'bot';
}

export const BOT_ACCOUNT: ChatAccount = { id: 'bot', name: 'Safeguarding assistant', role: 'bot' };

export interface LocalConversation {
  readonly id: string;
  readonly token: string;
  readonly user: ChatAccount;
  /** Activities in delivery order; `position` is what a Direct Line watermark counts. */
  readonly transcript: Array<{ position: number; activity: ActivityJson }>;
  lastPosition: number;
  lastUsedAt: number;
}

export interface ConversationLimits {
  /** Activities kept per conversation; older ones are dropped. */
  maxTranscript: number;
  /** Conversations kept at once; the least recently used is dropped first. */
  maxConversations: number;
  /** A conversation (or unused token) nobody has touched for this long is dropped. */
  idleMs: number;
}

export const DEFAULT_LIMITS: ConversationLimits = { maxTranscript: 500, maxConversations: 200, idleMs: 4 * 60 * 60 * 1000 };

export type Lookup = { found: LocalConversation } | { problem: 'unknown conversation' | 'wrong token' };

/**
 * The bridge's memory: tokens handed to the page, the conversations started with them and their transcripts.
 * A local developer tool, so it lives in memory and stays bounded (transcript length, conversation count, idle time).
 */
export class LocalConversations {
  readonly #limits: ConversationLimits;
  readonly #now: () => number;
  readonly #unusedTokens = new Map<string, { user: ChatAccount | undefined; issuedAt: number }>();
  readonly #conversations = new Map<string, LocalConversation>();

  constructor(limits: Partial<ConversationLimits> = {}, now: () => number = Date.now) {
    this.#limits = { ...DEFAULT_LIMITS, ...limits };
    this.#now = now;
  }

  get size(): number {
    return this.#conversations.size;
  }

  /** A token the page can start one conversation with (Direct Line's tokens/generate). */
  issueToken(user?: ChatAccount): string {
    this.#forgetIdle();
    const token = randomBytes(24).toString('base64url');
    this.#unusedTokens.set(token, { user, issuedAt: this.#now() });
    dropOldest(this.#unusedTokens, this.#limits.maxConversations);
    return token;
  }

  /**
   * Starts a conversation with an issued token; undefined when the token was never issued or is already used.
   * The user is the one named when the token was issued, unless the client asks for another id.
   */
  start(token: string, requestedUserId?: string): LocalConversation | undefined {
    this.#forgetIdle();
    const issued = this.#unusedTokens.get(token);
    if (!issued) return undefined;
    this.#unusedTokens.delete(token);
    const named = requestedUserId && requestedUserId !== issued.user?.id ? { id: requestedUserId } : issued.user;
    const user: ChatAccount = { ...(named ?? { id: `user-${randomUUID()}` }), role: 'user' };
    const conversation: LocalConversation = { id: `local-${randomUUID()}`, token, user, transcript: [], lastPosition: 0, lastUsedAt: this.#now() };
    this.#conversations.set(conversation.id, conversation);
    dropOldest(this.#conversations, this.#limits.maxConversations);
    return conversation;
  }

  /** The conversation started with this token (Direct Line's tokens/refresh). */
  holderOf(token: string): LocalConversation | undefined {
    this.#forgetIdle();
    return [...this.#conversations.values()].find((conversation) => conversation.token === token);
  }

  /** The conversation a Direct Line client may use with this token. */
  findForClient(conversationId: string, token: string | undefined): Lookup {
    const lookup = this.findForBot(conversationId);
    if ('found' in lookup && lookup.found.token !== token) return { problem: 'wrong token' };
    return lookup;
  }

  /** The conversation the bot replies to; only conversations this bridge started exist. */
  findForBot(conversationId: string): Lookup {
    this.#forgetIdle();
    const conversation = this.#conversations.get(conversationId);
    if (!conversation) return { problem: 'unknown conversation' };
    this.#touch(conversation);
    return { found: conversation };
  }

  /** Appends an activity, giving it an id and timestamp; returns the stored activity. */
  append(conversation: LocalConversation, activity: ActivityJson): ActivityJson {
    const stored = { ...activity, id: randomUUID(), timestamp: new Date(this.#now()).toISOString() };
    this.#deliver(conversation, stored);
    return stored;
  }

  /** The latest version of an activity still in the transcript. */
  find(conversation: LocalConversation, activityId: string): ActivityJson | undefined {
    return conversation.transcript.find((entry) => entry.activity.id === activityId)?.activity;
  }

  /**
   * Replaces an activity the client may already have seen. The new version is delivered again under the
   * same id and original timestamp: Web Chat replaces an activity whose id it already shows, in place.
   */
  replace(conversation: LocalConversation, activityId: string, activity: ActivityJson): void {
    const index = conversation.transcript.findIndex((entry) => entry.activity.id === activityId);
    const original = conversation.transcript[index];
    if (!original) return;
    conversation.transcript.splice(index, 1);
    this.#deliver(conversation, { ...activity, id: activityId, timestamp: original.activity.timestamp });
  }

  /** Activities after a watermark, and the watermark to ask from next time (Direct Line polling). */
  activitiesAfter(conversation: LocalConversation, watermark: number): { activities: ActivityJson[]; watermark: string } {
    return {
      activities: conversation.transcript.filter((entry) => entry.position > watermark).map((entry) => entry.activity),
      watermark: String(conversation.lastPosition),
    };
  }

  #deliver(conversation: LocalConversation, activity: ActivityJson): void {
    conversation.lastPosition += 1;
    conversation.transcript.push({ position: conversation.lastPosition, activity });
    if (conversation.transcript.length > this.#limits.maxTranscript) conversation.transcript.shift();
    this.#touch(conversation);
  }

  /** Keeps the map in least-recently-used order, so dropping the oldest entry drops the most idle conversation. */
  #touch(conversation: LocalConversation): void {
    conversation.lastUsedAt = this.#now();
    if (this.#conversations.delete(conversation.id)) this.#conversations.set(conversation.id, conversation);
  }

  #forgetIdle(): void {
    const cutoff = this.#now() - this.#limits.idleMs;
    for (const [id, conversation] of this.#conversations) {
      if (conversation.lastUsedAt > cutoff) break;
      this.#conversations.delete(id);
    }
    for (const [token, issued] of this.#unusedTokens) {
      if (issued.issuedAt > cutoff) break;
      this.#unusedTokens.delete(token);
    }
  }
}

function dropOldest<K, V>(map: Map<K, V>, keep: number): void {
  for (const key of map.keys()) {
    if (map.size <= keep) return;
    map.delete(key);
  }
}
