import { randomUUID } from 'node:crypto';

export type ClientActivity = Record<string, unknown> & { id?: string; type: string; text?: string; from?: { id: string; role?: string } };

export interface HttpAnswer<T = unknown> {
  status: number;
  body: T;
}

/** One HTTP exchange with JSON in and out, the way botframework-directlinejs makes them. */
export async function exchange<T = unknown>(url: string, init: { method?: string; token?: string; body?: unknown; rawBody?: string } = {}): Promise<HttpAnswer<T>> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.rawBody !== undefined ? { body: init.rawBody } : init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** A Direct Line client doing what Web Chat does with webSocket: false: token, start, post, poll with a watermark. */
export class DirectLineClient {
  readonly domain: string;
  readonly user: { id: string; name: string };
  token = '';
  conversationId = '';
  watermark = '';
  /** Every activity seen so far, latest version per id, in arrival order. */
  readonly seen = new Map<string, ClientActivity>();

  constructor(domain: string, user = { id: 'demo-user', name: 'Demo user' }) {
    this.domain = domain;
    this.user = user;
  }

  async start(): Promise<void> {
    const generated = await exchange<{ token: string }>(`${this.domain}/tokens/generate`, { method: 'POST', body: { user: this.user } });
    const started = await exchange<{ conversationId: string; token: string }>(`${this.domain}/conversations`, {
      method: 'POST',
      token: generated.body.token,
      body: { user: { id: this.user.id } },
    });
    if (started.status !== 201) throw new Error(`start answered ${started.status}`);
    this.token = started.body.token;
    this.conversationId = started.body.conversationId;
  }

  /** Sends a message as Web Chat does (role and clientActivityID included); returns the id the bridge gave it. */
  async says(text: string, fields: Record<string, unknown> = {}): Promise<string> {
    const answer = await this.post({ type: 'message', text, ...fields });
    if (answer.status !== 200) throw new Error(`post answered ${answer.status}`);
    return answer.body.id;
  }

  post(activity: Record<string, unknown>): Promise<HttpAnswer<{ id: string }>> {
    return exchange(`${this.domain}/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      token: this.token,
      body: { from: { ...this.user, role: 'user' }, channelData: { clientActivityID: randomUUID() }, ...activity },
    });
  }

  /** One poll from the current watermark; moves the watermark on. */
  async poll(): Promise<ClientActivity[]> {
    const answer = await exchange<{ activities: ClientActivity[]; watermark: string }>(`${this.domain}/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, {
      token: this.token,
    });
    if (answer.status !== 200) throw new Error(`poll answered ${answer.status}`);
    if (answer.body.watermark) this.watermark = answer.body.watermark;
    for (const activity of answer.body.activities) this.seen.set(String(activity.id), activity);
    return answer.body.activities;
  }

  /** Polls until an activity from someone other than the user satisfies the check. */
  async waitForBot(check: (activity: ClientActivity) => boolean, timeoutMs = 5_000): Promise<ClientActivity> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.poll();
      const match = [...this.seen.values()].find((activity) => activity.from?.role !== 'user' && check(activity));
      if (match) return match;
      if (Date.now() > deadline) throw new Error('no matching bot activity arrived');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  botTexts(): string[] {
    return [...this.seen.values()].filter((activity) => activity.from?.role !== 'user' && activity.text).map((activity) => String(activity.text));
  }
}
