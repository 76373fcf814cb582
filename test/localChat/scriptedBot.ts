import { createServer, type IncomingMessage, type Server } from 'node:http';
import { closeNow, listenOnFreePort, readBody } from '../support/localHttpServer.ts';

type Activity = Record<string, unknown> & { id?: string; type: string; text?: string; value?: unknown; serviceUrl: string; conversation: { id: string } };

const formCard = {
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'Input.Text', id: 'note', label: 'Note' },
      {
        type: 'Input.ChoiceSet',
        id: 'level',
        label: 'Level',
        style: 'expanded',
        choices: [
          { title: 'Level 2', value: '2' },
          { title: 'Level 3', value: '3' },
        ],
      },
      {
        type: 'Input.ChoiceSet',
        id: 'board',
        label: 'Board',
        style: 'compact',
        choices: [
          { title: 'North', value: 'north' },
          { title: 'South', value: 'south' },
        ],
      },
    ],
    actions: [{ type: 'Action.Submit', title: 'Send' }],
  },
};

async function readActivity(request: IncomingMessage): Promise<Activity> {
  return JSON.parse(await readBody(request)) as Activity;
}

/**
 * A stand-in for the bot, for the bridge's own tests: a real HTTP server that answers each activity by calling the
 * connector at the activity's serviceUrl, as a Bot Framework bot does. Its script:
 * joins → "Hello"; "card" → a form card; a card submission → the card replaced by "Received: <fields>"; "delete" → the last
 * card deleted; "slow …" → a reply after a pause; "fail" → HTTP 500; anything else → "You said: …".
 */
export class ScriptedBot {
  readonly received: Activity[] = [];
  readonly #server: Server;
  #lastCardId: string | undefined;
  url = '';

  constructor() {
    this.#server = createServer((request, response) => {
      void readActivity(request)
        .then((activity) => this.#answer(activity))
        .catch(() => 502)
        .then((status) => {
          response.writeHead(status);
          response.end();
        });
    });
  }

  async start(): Promise<string> {
    this.url = `${await listenOnFreePort(this.#server)}/api/messages`;
    return this.url;
  }

  stop(): Promise<void> {
    return closeNow(this.#server);
  }

  async #answer(activity: Activity): Promise<number> {
    this.received.push(activity);
    const text = activity.text ?? '';
    if (activity.type === 'conversationUpdate') await this.#reply(activity, { type: 'message', text: 'Hello' });
    else if (activity.value !== undefined && this.#lastCardId) {
      const fields = Object.entries(activity.value as Record<string, unknown>).map(([name, value]) => `${name}=${String(value)}`);
      await this.#connector(activity, 'PUT', `/activities/${this.#lastCardId}`, { type: 'message', text: `Received: ${fields.join(', ')}` });
    } else if (text === 'card') this.#lastCardId = await this.#reply(activity, { type: 'message', attachments: [formCard] });
    else if (text === 'delete' && this.#lastCardId) await this.#connector(activity, 'DELETE', `/activities/${this.#lastCardId}`);
    else if (text === 'fail') return 500;
    else {
      if (text.startsWith('slow')) await new Promise((resolve) => setTimeout(resolve, 300));
      await this.#reply(activity, { type: 'message', text: `You said: ${text}` });
    }
    return 200;
  }

  async #reply(to: Activity, reply: Record<string, unknown>): Promise<string> {
    const body = await this.#connector(to, 'POST', `/activities/${to.id}`, { ...reply, from: to.recipient, recipient: to.from, replyToId: to.id });
    return (body as { id: string }).id;
  }

  async #connector(to: Activity, method: string, path: string, body?: unknown): Promise<unknown> {
    const url = `${to.serviceUrl}/v3/conversations/${encodeURIComponent(to.conversation.id)}${path}`;
    const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (!response.ok) throw new Error(`connector answered ${response.status} to ${method} ${path}`);
    return response.json();
  }
}
