import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../support/rawHttp.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';

/**
 * Local mode has no authentication: what keeps a web page elsewhere from driving the bot is that /api/messages,
 * like the chat page, answers only requests addressed to loopback, from no page or the chat page itself, as JSON.
 */
describe('local mode: /api/messages takes requests from this machine only', () => {
  let bot: BotUnderTest;
  let host: string;
  beforeAll(async () => {
    bot = await startBot();
    host = new URL(bot.baseUrl).host;
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const post = (headers: Record<string, string>, body: string) =>
    rawRequest(`${bot.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-length': String(Buffer.byteLength(body)), ...headers }, body });

  it('refuses an activity addressed to another host name (DNS rebinding) with 403, and the bot does not reply', async () => {
    const chat = bot.conversation();
    const answer = await post({ host: 'attacker.example:3978', 'content-type': 'application/json' }, JSON.stringify(chat.activity({ type: 'message', text: 'help' })));
    expect(answer.status).toBe(403);
    expect(bot.connector.sent(chat.options.conversationId)).toEqual([]);
  });

  it("refuses an activity a browser sends from another site's page with 403", async () => {
    const chat = bot.conversation();
    const activity = JSON.stringify(chat.activity({ type: 'message', text: 'help' }));
    for (const origin of ['https://attacker.example', 'null', `http://localhost:${new URL(bot.baseUrl).port}0`]) {
      expect((await post({ host, origin, 'content-type': 'application/json' }, activity)).status).toBe(403);
    }
    expect(bot.connector.sent(chat.options.conversationId)).toEqual([]);
  });

  it('refuses the form-encoded post a cross-site HTML form can make with 415', async () => {
    const answer = await post({ host, 'content-type': 'application/x-www-form-urlencoded' }, 'type=message&text=help');
    expect(answer.status).toBe(415);
  });

  it("takes a JSON activity from the chat page's own origin", async () => {
    const chat = bot.conversation();
    const answer = await post({ host, origin: `http://${host}`, 'content-type': 'application/json' }, JSON.stringify(chat.activity({ type: 'message', text: 'help' })));
    expect(answer.status).toBe(200);
    expect(bot.connector.sent(chat.options.conversationId).length).toBeGreaterThan(0);
  });
});
