import { createServer, type IncomingMessage, type Server } from 'node:http';
import { messageLimitProblems, viewLimitProblems } from '../slack/blockKitLimits.ts';
import { closeNow, listenOnFreePort, readBody } from './localHttpServer.ts';

/** A Web API call the bot made, with its arguments decoded (blocks and views as objects). */
export interface SlackApiCall {
  method: string;
  /** The bot token it was made with: which workspace. */
  token: string | undefined;
  args: Record<string, unknown>;
  /** What the fake answered: ok, or Slack's error code. */
  answer: { ok: boolean; error?: string; ts?: string };
}

/** A message as it stands in the fake workspace: posted, then perhaps updated. */
export interface SlackPostedMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: Array<Record<string, unknown>>;
  threadTs?: string;
  updates: number;
}

/** Arguments Slack sends JSON-encoded inside a form-encoded call. */
const JSON_ARGUMENTS = new Set(['blocks', 'attachments', 'view']);

/** An answer posted to a slash command's response_url. */
export interface SlackResponseUrlPost {
  path: string;
  body: Record<string, unknown>;
}

/**
 * A stand-in for Slack's Web API: a real HTTP server answering chat.postMessage, chat.update, chat.delete,
 * chat.postEphemeral, conversations.open and views.open as Slack does, and any other path as a slash command's
 * response_url (form-encoded or JSON calls, Bearer tokens, `ok` and `error` in
 * the answer, invalid_auth for an unknown token, invalid_blocks for blocks beyond Slack's limits), recording every
 * call and keeping the messages as they stand.
 */
export class FakeSlackApi {
  readonly calls: SlackApiCall[] = [];
  readonly messages: SlackPostedMessage[] = [];
  readonly responseUrlPosts: SlackResponseUrlPost[] = [];
  /** Channels the app is not a member of: posting there fails with not_in_channel, as Slack answers. */
  readonly channelsWithoutApp = new Set<string>();
  /** People the app may not message (e.g. the app is not allowed for them): conversations.open fails. */
  readonly unreachableUsers = new Set<string>();
  readonly #tokens: Set<string>;
  readonly #server: Server;
  #sequence = 0;
  #url = '';

  constructor(tokens: readonly string[]) {
    this.#tokens = new Set(tokens);
    this.#server = createServer((request, response) => {
      void this.#handle(request).then(
        (body) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body));
        },
        () => {
          response.writeHead(400);
          response.end();
        },
      );
    });
  }

  /** Starts on a free port; returns the API base URL (for SLACK_API_URL). */
  async start(): Promise<string> {
    this.#url = `${await listenOnFreePort(this.#server)}/api/`;
    return this.#url;
  }

  get url(): string {
    return this.#url;
  }

  stop(): Promise<void> {
    return closeNow(this.#server);
  }

  /** Messages in a channel, oldest first. */
  messagesIn(channel: string): SlackPostedMessage[] {
    return this.messages.filter((message) => message.channel === channel);
  }

  callsTo(method: string): SlackApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Waits until `check` gives a value (the bot answers Slack first and works after). */
  async waitFor<T>(check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error('fake Slack: the expected call did not come in time');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** The base of response_url addresses this fake answers (give one per slash command). */
  get responseUrlBase(): string {
    return this.#url.replace(/\/api\/$/, '/commands/');
  }

  /** Ephemeral messages (chat.postEphemeral) the bot sent to a person in a channel. */
  ephemeralsTo(user: string, channel: string): Array<Record<string, unknown>> {
    return this.callsTo('chat.postEphemeral')
      .filter((call) => call.args.user === user && call.args.channel === channel)
      .map((call) => call.args);
  }

  async #handle(request: IncomingMessage): Promise<Record<string, unknown>> {
    const path = new URL(request.url ?? '/', 'http://slack').pathname;
    if (!path.startsWith('/api/')) {
      this.responseUrlPosts.push({ path, body: JSON.parse(await readBody(request)) as Record<string, unknown> });
      return { ok: true };
    }
    const method = path.replace(/^\/api\//, '');
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const args = await readArguments(request);
    const answer = token !== undefined && this.#tokens.has(token) ? this.#answer(method, args) : { ok: false, error: 'invalid_auth' };
    this.calls.push({ method, token, args, answer: { ok: answer.ok === true, ...pick(answer, 'error', 'ts') } });
    return answer;
  }

  #answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'chat.postMessage':
        return this.#post(args);
      case 'chat.update':
        return this.#update(args);
      case 'chat.delete': {
        const index = this.messages.findIndex((message) => message.channel === args.channel && message.ts === args.ts);
        if (index === -1) return { ok: false, error: 'message_not_found' };
        this.messages.splice(index, 1);
        return { ok: true, channel: args.channel, ts: args.ts };
      }
      case 'chat.postEphemeral':
        if (typeof args.user !== 'string' || typeof args.channel !== 'string') return { ok: false, error: 'invalid_arguments' };
        return this.channelsWithoutApp.has(args.channel) ? { ok: false, error: 'not_in_channel' } : { ok: true, message_ts: this.#nextTs() };
      case 'conversations.open': {
        const users = typeof args.users === 'string' ? args.users.split(',') : [];
        if (users.length !== 1 || users[0] === undefined) return { ok: false, error: 'invalid_arguments' };
        if (this.unreachableUsers.has(users[0])) return { ok: false, error: 'cannot_dm_bot' };
        return { ok: true, channel: { id: `D${users[0].slice(1)}` } };
      }
      case 'views.open': {
        const view = args.view as Record<string, unknown> | undefined;
        if (typeof args.trigger_id !== 'string' || view === undefined) return { ok: false, error: 'invalid_arguments' };
        if (viewLimitProblems(view).length > 0) return { ok: false, error: 'invalid_arguments', response_metadata: { messages: viewLimitProblems(view) } };
        return { ok: true, view: { ...view, id: `V${++this.#sequence}`, hash: `hash-${this.#sequence}`, state: { values: {} } } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  #post(args: Record<string, unknown>): Record<string, unknown> {
    if (typeof args.channel !== 'string') return { ok: false, error: 'channel_not_found' };
    if (this.channelsWithoutApp.has(args.channel)) return { ok: false, error: 'not_in_channel' };
    if (typeof args.text !== 'string' && args.blocks === undefined) return { ok: false, error: 'no_text' };
    if (messageLimitProblems(args).length > 0) return { ok: false, error: 'invalid_blocks' };
    const message: SlackPostedMessage = {
      channel: args.channel,
      ts: this.#nextTs(),
      text: typeof args.text === 'string' ? args.text : '',
      blocks: (args.blocks as Array<Record<string, unknown>> | undefined) ?? [],
      ...(typeof args.thread_ts === 'string' ? { threadTs: args.thread_ts } : {}),
      updates: 0,
    };
    this.messages.push(message);
    return { ok: true, channel: message.channel, ts: message.ts, message: { text: message.text, blocks: message.blocks, ts: message.ts } };
  }

  #update(args: Record<string, unknown>): Record<string, unknown> {
    const message = this.messages.find((candidate) => candidate.channel === args.channel && candidate.ts === args.ts);
    if (message === undefined) return { ok: false, error: 'message_not_found' };
    if (messageLimitProblems(args).length > 0) return { ok: false, error: 'invalid_blocks' };
    message.text = typeof args.text === 'string' ? args.text : message.text;
    message.blocks = (args.blocks as Array<Record<string, unknown>> | undefined) ?? message.blocks;
    message.updates += 1;
    return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
  }

  #nextTs(): string {
    return `${Math.floor(Date.now() / 1000)}.${String(++this.#sequence).padStart(6, '0')}`;
  }
}

async function readArguments(request: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readBody(request);
  if (body === '') return {};
  if ((request.headers['content-type'] ?? '').includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) args[key] = JSON_ARGUMENTS.has(key) ? JSON.parse(value) : value;
  return args;
}

function pick(object: Record<string, unknown>, ...keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((key) => typeof object[key] === 'string').map((key) => [key, object[key] as string]));
}
