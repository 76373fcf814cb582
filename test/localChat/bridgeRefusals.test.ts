import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from './bridgeHarness.ts';
import { DirectLineClient, exchange } from './directLineClient.ts';
import { ScriptedBot } from './scriptedBot.ts';

/** A GET with a Host header fetch() would not let us set. */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('what the local bridge refuses, and how it says so', () => {
  let bot: ScriptedBot;
  let bridge: RunningBridge;
  let client: DirectLineClient;
  beforeAll(async () => {
    bot = new ScriptedBot();
    bridge = await startBridge({ botEndpoint: await bot.start() });
    client = new DirectLineClient(bridge.directLineDomain);
    await client.start();
  });
  afterAll(async () => {
    await bridge?.stop();
    await bot?.stop();
  });

  const activitiesUrl = () => `${bridge.directLineDomain}/conversations/${client.conversationId}/activities`;

  it('starts no conversation without a token it issued, and lets each token start only one', async () => {
    expect((await exchange(`${bridge.directLineDomain}/conversations`, { method: 'POST', body: {} })).status).toBe(403);
    expect((await exchange(`${bridge.directLineDomain}/conversations`, { method: 'POST', token: 'made-up', body: {} })).status).toBe(403);
    const { body } = await exchange<{ token: string }>(`${bridge.directLineDomain}/tokens/generate`, { method: 'POST' });
    expect((await exchange(`${bridge.directLineDomain}/conversations`, { method: 'POST', token: body.token })).status).toBe(201);
    expect((await exchange(`${bridge.directLineDomain}/conversations`, { method: 'POST', token: body.token })).status).toBe(403);
  });

  it("keeps one conversation's activities from another conversation's token", async () => {
    const other = new DirectLineClient(bridge.directLineDomain);
    await other.start();
    expect((await exchange(activitiesUrl(), { token: other.token })).status).toBe(403);
    expect((await exchange(activitiesUrl(), { method: 'POST', token: other.token, body: { type: 'message', text: 'x' } })).status).toBe(403);
  });

  it('answers 404 for a conversation it does not have, which Web Chat reads as the conversation ended', async () => {
    const answer = await exchange<{ error: { message: string } }>(`${bridge.directLineDomain}/conversations/local-unknown/activities`, { token: client.token });
    expect(answer.status).toBe(404);
    expect(answer.body.error.message).toContain('Reload the page');
  });

  it('takes nothing from the bot for a conversation it did not start', async () => {
    const answer = await exchange(`${bridge.connectorBaseUrl}/v3/conversations/local-unknown/activities`, { method: 'POST', body: { type: 'message', text: 'x' } });
    expect(answer.status).toBe(404);
  });

  it('answers 404 when the bot updates or deletes an activity the conversation does not have', async () => {
    const url = `${bridge.connectorBaseUrl}/v3/conversations/${client.conversationId}/activities/no-such-activity`;
    expect((await exchange(url, { method: 'PUT', body: { type: 'message', text: 'x' } })).status).toBe(404);
    expect((await exchange(url, { method: 'DELETE' })).status).toBe(404);
  });

  it('answers malformed JSON with 400 and a reason, and keeps serving', async () => {
    const answer = await exchange<{ error: { code: string; message: string } }>(activitiesUrl(), { method: 'POST', token: client.token, rawBody: '{"type": "message", ' });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toEqual({ code: 'BadArgument', message: 'The body is not valid JSON.' });
    expect((await client.post({ type: 'message', text: 'still here' })).status).toBe(200);
  });

  it('answers an activity without a type with 400 naming the field', async () => {
    const answer = await exchange<{ error: { message: string } }>(activitiesUrl(), { method: 'POST', token: client.token, body: { text: 'no type' } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain('type');
  });

  it('refuses a body over 256 KB with 413', async () => {
    const answer = await exchange(activitiesUrl(), { method: 'POST', token: client.token, body: { type: 'message', text: 'x'.repeat(300 * 1024) } });
    expect(answer.status).toBe(413);
  });

  it('refuses requests addressed to another host name', async () => {
    expect(await getWithHost(activitiesUrl(), 'attacker.example:3978')).toBe(403);
    expect(await getWithHost(`${bridge.baseUrl}/`, 'attacker.example')).toBe(403);
    expect(await getWithHost(`${bridge.baseUrl}/`, 'localhost:3978')).toBe(200);
  });
});

describe('the local bridge in other surroundings', () => {
  it('works when the server parses every body before the routes run', async () => {
    const bot = new ScriptedBot();
    const bridge = await startBridge({ botEndpoint: await bot.start(), serverWideBodyParser: true });
    try {
      const client = new DirectLineClient(bridge.directLineDomain);
      await client.start();
      await client.says('parsed elsewhere');
      await client.waitForBot((activity) => activity.text === 'You said: parsed elsewhere');
    } finally {
      await bridge.stop();
      await bot.stop();
    }
  });

  it('tells the person when the bot cannot be reached at all', async () => {
    const bridge = await startBridge({ botEndpoint: 'http://127.0.0.1:9/api/messages' });
    try {
      const client = new DirectLineClient(bridge.directLineDomain);
      await client.start();
      const note = await client.waitForBot((activity) => String(activity.text).includes('could not be reached'));
      expect(note.from).toMatchObject({ name: 'Local chat bridge' });
    } finally {
      await bridge.stop();
    }
  });
});
