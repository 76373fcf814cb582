import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/** What the bot did through the connector, in order. */
export interface ConnectorCall {
  kind: 'send' | 'update' | 'delete';
  conversationId: string;
  activityId: string;
  replyToId?: string;
  activity?: Record<string, unknown>;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
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
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.#url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this.#url;
  }

  get url(): string {
    return this.#url;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
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
