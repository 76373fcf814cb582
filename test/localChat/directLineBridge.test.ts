import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from './bridgeHarness.ts';
import { DirectLineClient, exchange } from './directLineClient.ts';
import { ScriptedBot } from './scriptedBot.ts';

describe('the local Direct Line bridge, driven the way Web Chat drives it', () => {
  let bot: ScriptedBot;
  let bridge: RunningBridge;
  beforeAll(async () => {
    bot = new ScriptedBot();
    bridge = await startBridge({ botEndpoint: await bot.start() });
  });
  afterAll(async () => {
    await bridge?.stop();
    await bot?.stop();
  });

  const newClient = async (user?: { id: string; name: string }) => {
    const client = new DirectLineClient(bridge.directLineDomain, user);
    await client.start();
    return client;
  };
  const receivedBy = (conversationId: string) => bot.received.filter((activity) => activity.conversation.id === conversationId);

  it('starts a conversation for a generated token and tells the bot the user joined, so the bot greets', async () => {
    const client = await newClient();
    expect(client.conversationId).toMatch(/^local-/);

    const greeting = await client.waitForBot((activity) => activity.text === 'Hello');
    expect(greeting.from).toMatchObject({ id: 'bot', role: 'bot' });
    const [joined] = receivedBy(client.conversationId);
    expect(joined).toMatchObject({
      type: 'conversationUpdate',
      channelId: 'webchat',
      serviceUrl: bridge.connectorBaseUrl,
      membersAdded: expect.arrayContaining([expect.objectContaining({ id: 'demo-user', name: 'Demo user' }), expect.objectContaining({ id: 'bot' })]),
    });
  });

  it('answers a start with the fields directlinejs reads and no stream URL, since Web Chat polls', async () => {
    const generated = await exchange<{ token: string }>(`${bridge.directLineDomain}/tokens/generate`, { method: 'POST' });
    const started = await exchange<Record<string, unknown>>(`${bridge.directLineDomain}/conversations`, { method: 'POST', token: generated.body.token, body: { user: {} } });
    expect(started.status).toBe(201);
    expect(started.body).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: expect.any(Number) });
  });

  it('echoes the user message back to the page and forwards it to the bot with the identity the page sent', async () => {
    const client = await newClient({ id: 'practitioner', name: 'practitioner' });
    const id = await client.says('hello there');

    const reply = await client.waitForBot((activity) => activity.text === 'You said: hello there');
    const echo = client.seen.get(id);
    expect(echo).toMatchObject({ text: 'hello there', from: { id: 'practitioner', role: 'user' }, channelData: { clientActivityID: expect.any(String) } });
    expect(reply.replyToId).toBe(id);
    const forwarded = receivedBy(client.conversationId).find((activity) => activity.id === id);
    expect(forwarded).toMatchObject({
      type: 'message',
      text: 'hello there',
      channelId: 'webchat',
      serviceUrl: bridge.connectorBaseUrl,
      conversation: { id: client.conversationId },
      from: { id: 'practitioner' },
      recipient: { id: 'bot' },
    });
  });

  it('returns only activities after the watermark it was given', async () => {
    const client = await newClient();
    await client.waitForBot((activity) => activity.text === 'Hello');
    await client.says('first');
    await client.waitForBot((activity) => activity.text === 'You said: first');

    expect(await client.poll()).toEqual([]);
    await client.says('second');
    await client.waitForBot((activity) => activity.text === 'You said: second');
    const texts = [...client.seen.values()].map((activity) => activity.text);
    expect(texts).toEqual(['Hello', 'first', 'You said: first', 'second', 'You said: second']);
  });

  it('delivers messages to the bot in the order they were sent, even when the bot is slow', async () => {
    const client = await newClient();
    await client.says('slow one');
    await client.says('quick two');
    await client.waitForBot((activity) => activity.text === 'You said: quick two');
    expect(client.botTexts()).toEqual(['Hello', 'You said: slow one', 'You said: quick two']);
  });

  it('shows a card the bot updates as its new version, under the same id', async () => {
    const client = await newClient();
    await client.says('card');
    const card = await client.waitForBot((activity) => Array.isArray(activity.attachments));
    await client.says('', { value: { note: 'ok' } });

    const updated = await client.waitForBot((activity) => activity.text === 'Received: note=ok');
    expect(updated.id).toBe(card.id);
    expect(updated.timestamp).toBe(card.timestamp);
    expect(updated.attachments).toBeUndefined();
    const fresh = await exchange<{ activities: Array<{ id: string; text?: string }> }>(`${bridge.directLineDomain}/conversations/${client.conversationId}/activities`, { token: client.token });
    expect(fresh.body.activities.filter((activity) => activity.id === card.id)).toEqual([expect.objectContaining({ text: 'Received: note=ok' })]);
  });

  it('shows a card the bot deletes as removed', async () => {
    const client = await newClient();
    await client.says('card');
    const card = await client.waitForBot((activity) => Array.isArray(activity.attachments));
    await client.says('delete');
    const removed = await client.waitForBot((activity) => activity.id === card.id && activity.text === '(This message was removed.)');
    expect(removed.attachments).toBeUndefined();
  });

  it('tells the person when the bot refused their message', async () => {
    const client = await newClient();
    await client.says('fail');
    const note = await client.waitForBot((activity) => String(activity.text).includes('could not deliver'));
    expect(note.text).toContain('HTTP 500');
  });

  it('answers the members the bot asks for', async () => {
    const client = await newClient();
    const members = await exchange(`${bridge.connectorBaseUrl}/v3/conversations/${client.conversationId}/members`);
    expect(members.body).toEqual([expect.objectContaining({ id: 'demo-user' }), expect.objectContaining({ id: 'bot' })]);
  });

  it('refreshes the token of a started conversation', async () => {
    const client = await newClient();
    const refreshed = await exchange<{ token: string }>(`${bridge.directLineDomain}/tokens/refresh`, { method: 'POST', token: client.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.token).toBe(client.token);
  });

  it('never writes message text to the log', async () => {
    const client = await newClient();
    await client.says('a phrase that must stay out of logs');
    await client.waitForBot((activity) => String(activity.text).includes('a phrase'));
    expect(bridge.logs.join('\n')).not.toContain('a phrase');
  });
});
