import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { closeNow, listenOnFreePort, readBody } from './localHttpServer.ts';

/** What the bot did through the connector, in order. */
export interface ConnectorCall {
  kind: 'send' | 'update' | 'delete';
  conversationId: string;
  activityId: string;
  replyToId?: string;
  activity?: Record<string, unknown>;
}

/** A conversation the bot created (POST /v3/conversations), e.g. a personal chat with a user. */
export interface CreatedConversation {
  id: string;
  parameters: Record<string, unknown>;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const body = await readBody(request);
  return body === '' ? undefined : (JSON.parse(body) as Record<string, unknown>);
}

/**
 * A stand-in for the Bot Connector service: a real HTTP server that answers the calls a bot makes
 * (send, reply, update, delete, create conversation) the way the connector does, and records them.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  readonly created: CreatedConversation[] = [];
  /** User ids for whom the app is not installed: creating a conversation with them is refused with 403, as Teams does. */
  readonly notInstalledFor = new Set<string>();
  /** The personal chat of each user, as Teams keeps one per user and bot. */
  readonly #personalChats = new Map<string, string>();
  readonly #server: Server;
  #url = '';

  constructor() {
    this.#server = createServer((request, response) => {
      void this.#handle(request).then(
        ({ status, body }) => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body));
        },
        () => {
          response.writeHead(400, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: { code: 'BadArgument', message: 'unreadable body' } }));
        },
      );
    });
  }

  async start(): Promise<string> {
    this.#url = `${await listenOnFreePort(this.#server)}`;
    return this.#url;
  }

  get url(): string {
    return this.#url;
  }

  stop(): Promise<void> {
    return closeNow(this.#server);
  }

  /** Activities the bot sent (not updates), optionally for one conversation. */
  sent(conversationId?: string): Record<string, unknown>[] {
    return this.calls.filter((call) => call.kind === 'send' && (!conversationId || call.conversationId === conversationId)).map((call) => call.activity ?? {});
  }

  clear(): void {
    this.calls.length = 0;
  }

  /** The personal chat created (or found) for a user id, if there is one. */
  personalChatOf(userId: string): string | undefined {
    return this.#personalChats.get(userId);
  }

  /** POST /v3/conversations: a one-to-one chat is the same conversation each time for the same user. */
  #createConversation(parameters: Record<string, unknown> | undefined): { status: number; body: unknown } {
    const members = (parameters?.members as Array<{ id?: unknown }> | undefined) ?? [];
    const userId = typeof members[0]?.id === 'string' ? members[0].id : undefined;
    if (parameters === undefined || userId === undefined || (parameters.bot as { id?: unknown } | undefined)?.id === undefined) {
      return { status: 400, body: { error: { code: 'BadArgument', message: 'members and bot are required' } } };
    }
    if (this.notInstalledFor.has(userId)) {
      return { status: 403, body: { error: { code: 'Forbidden', message: 'The bot is not installed for this user.' } } };
    }
    const oneToOne = parameters.isGroup !== true && members.length === 1;
    const id = (oneToOne ? this.#personalChats.get(userId) : undefined) ?? `a:personal-${randomUUID()}`;
    if (oneToOne) this.#personalChats.set(userId, id);
    this.created.push({ id, parameters });
    return { status: 201, body: { id } };
  }

  async #handle(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://connector').pathname);
    const match = /^\/v3\/conversations(?:\/([^/]+)\/activities(?:\/([^/]+))?)?\/?$/.exec(path);
    if (!match) return { status: 404, body: { error: { code: 'NotFound', message: 'unknown route' } } };
    const [, conversationId, activityId] = match;
    if (!conversationId && request.method === 'POST') return this.#createConversation(await readJson(request));
    if (!conversationId) return { status: 405, body: {} };
    if (request.method === 'POST') {
      const activity = await readJson(request);
      const id = randomUUID();
      this.calls.push({ kind: 'send', conversationId, activityId: id, ...(activityId ? { replyToId: activityId } : {}), ...(activity ? { activity } : {}) });
      return { status: 200, body: { id } };
    }
    if (request.method === 'PUT' && activityId) {
      const activity = await readJson(request);
      this.calls.push({ kind: 'update', conversationId, activityId, ...(activity ? { activity } : {}) });
      return { status: 200, body: { id: activityId } };
    }
    if (request.method === 'DELETE' && activityId) {
      this.calls.push({ kind: 'delete', conversationId, activityId });
      return { status: 200, body: {} };
    }
    return { status: 405, body: {} };
  }
}
