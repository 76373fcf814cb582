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
    return this.calls
      .filter((call) => call.kind === 'send' && (!conversationId || call.conversationId === conversationId))
      .map((call) => call.activity ?? {});
  }

  clear(): void {
    this.calls.length = 0;
  }

  async #handle(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://connector').pathname);
    const match = /^\/v3\/conversations(?:\/([^/]+)\/activities(?:\/([^/]+))?)?\/?$/.exec(path);
    if (!match) return { status: 404, body: { error: { code: 'NotFound', message: 'unknown route' } } };
    const [, conversationId, activityId] = match;
    if (!conversationId && request.method === 'POST') {
      return { status: 200, body: { id: `conv-${randomUUID()}` } };
    }
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
