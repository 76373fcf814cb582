import { createHmac } from 'node:crypto';

/** What the bot answered Slack, and how long it took. */
export interface SlackAnswer {
  status: number;
  body: unknown;
  elapsedMs: number;
}

export interface SigningOptions {
  /** Sign with this secret instead of the workspace's. */
  secret?: string;
  /** Unix seconds; now unless given. */
  timestamp?: number;
  /** Leave the signature headers out. */
  unsigned?: boolean;
  /** Sign this body but send the request's own (a body changed on the way). */
  signedBody?: string;
  retryNum?: number;
}

/**
 * Requests as Slack sends them to an app (https://api.slack.com/apis/events-api, …/interactivity/handling,
 * …/interactivity/slash-commands), signed with v0 signatures as Slack signs them.
 */
export class SlackRequests {
  readonly #botUrl: string;
  readonly #signingSecret: string;
  readonly teamId: string;
  readonly appId = 'A0SAFEGUARD';
  /** Where slash commands' response_url points: Slack's hooks unless a test server answers them. */
  responseUrlBase = 'https://hooks.slack.com/commands/';
  #eventSequence = 0;

  constructor(botUrl: string, teamId: string, signingSecret: string) {
    this.#botUrl = botUrl;
    this.teamId = teamId;
    this.#signingSecret = signingSecret;
  }

  /** An Events API callback wrapping `event`. */
  eventBody(event: Record<string, unknown>, eventId = `Ev${Date.now()}${++this.#eventSequence}`): string {
    return JSON.stringify({
      token: 'verification-token-not-used',
      team_id: this.teamId,
      api_app_id: this.appId,
      event: { ...event, event_ts: event.ts },
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: this.teamId, user_id: 'U0BOT', is_bot: true }],
    });
  }

  /** A one-to-one message to the bot (message.im). */
  directMessage(user: string, channel: string, text: string): Record<string, unknown> {
    return { type: 'message', channel, user, text, ts: slackTs(), channel_type: 'im' };
  }

  /** A mention of the bot in a channel (app_mention). */
  mention(user: string, channel: string, text: string): Record<string, unknown> {
    return { type: 'app_mention', channel, user, text: `<@U0BOT> ${text}`, ts: slackTs() };
  }

  postEvent(body: string, options: SigningOptions = {}): Promise<SlackAnswer> {
    return this.post('/api/slack/events', body, 'application/json', options);
  }

  /** An interactivity payload, form-encoded as `payload`. */
  postInteraction(payload: Record<string, unknown>, options: SigningOptions = {}): Promise<SlackAnswer> {
    return this.post('/api/slack/interactions', new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);
  }

  postCommand(user: string, channel: string, text: string, options: SigningOptions = {}): Promise<SlackAnswer> {
    const fields = {
      token: 'verification-token-not-used',
      team_id: this.teamId,
      team_domain: 'test-workspace',
      channel_id: channel,
      channel_name: channel.startsWith('D') ? 'directmessage' : 'lado-duty',
      user_id: user,
      user_name: `name-of-${user.toLowerCase()}`,
      command: '/safeguarding',
      text,
      api_app_id: this.appId,
      response_url: `${this.responseUrlBase}${this.teamId}/${this.#eventSequence}/x`,
      trigger_id: `${Date.now()}.trigger.${++this.#eventSequence}`,
    };
    return this.post('/api/slack/commands', new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
  }

  async post(path: string, body: string, contentType: string, options: SigningOptions = {}): Promise<SlackAnswer> {
    const started = Date.now();
    const response = await this.send(path, body, contentType, options);
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown), elapsedMs: Date.now() - started };
  }

  /** Any body, signed as Slack signs (unless unsigned), and the bot's raw answer, whatever it is. */
  send(path: string, body: string, contentType: string, options: SigningOptions = {}): Promise<Response> {
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
    const signature = `v0=${createHmac('sha256', options.secret ?? this.#signingSecret)
      .update(`v0:${timestamp}:${options.signedBody ?? body}`)
      .digest('hex')}`;
    const headers: Record<string, string> = { 'content-type': contentType };
    if (!options.unsigned) Object.assign(headers, { 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature });
    if (options.retryNum !== undefined) Object.assign(headers, { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' });
    return fetch(`${this.#botUrl}${path}`, { method: 'POST', headers, body });
  }
}

let tsSequence = 0;
function slackTs(): string {
  return `${Math.floor(Date.now() / 1000)}.${String(++tsSequence).padStart(6, '0')}`;
}
