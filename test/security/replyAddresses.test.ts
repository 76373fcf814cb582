import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_FRAMEWORK_ISSUER, OpenIdProvider } from '../support/openIdProvider.ts';
import { TEST_APP_ID as APP_ID, TEST_APP_REGISTRATION } from '../support/appRegistration.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';

async function storedClaims(bot: BotUnderTest, activityId: string): Promise<number> {
  const { rows } = await bot.app.db.query<{ count: number }>('SELECT count(*)::int AS count FROM processed_activities WHERE activity_key LIKE $1', [`%:${activityId}`]);
  return rows[0]?.count ?? 0;
}

/** The serviceUrl of an activity is where the bot posts its replies, records included: it is checked before any turn. */
describe('local mode: replies go only to the local connectors', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it.each(['https://attacker.example/', 'http://127.0.0.1:9/', `http://user:pass@127.0.0.1:1/`])(
    'refuses an activity whose serviceUrl is %s with 400 and a reason, storing nothing',
    async (serviceUrl) => {
      const chat = bot.conversation();
      const activity = chat.activity({ type: 'message', text: 'lado', serviceUrl });
      const outcome = await chat.post(activity);
      expect(outcome.status).toBe(400);
      expect((outcome.body as { message: string }).message).toMatch(/serviceUrl/);
      expect(await storedClaims(bot, String(activity.id))).toBe(0);
      expect(bot.connector.calls.filter((call) => call.conversationId === chat.options.conversationId)).toEqual([]);
    },
  );

  it("answers an activity whose serviceUrl is the local chat bridge's own", async () => {
    const chat = bot.conversation();
    const activity = chat.activity({ type: 'typing', serviceUrl: `${bot.baseUrl}/local/connector` });
    expect((await chat.post(activity)).status).toBe(200);
    expect(await storedClaims(bot, String(activity.id))).toBe(1);
  });
});

describe('with an app id: replies go over https only', () => {
  const provider = new OpenIdProvider();
  let bot: BotUnderTest;
  beforeAll(async () => {
    await provider.start();
    bot = await startBot({
      env: {
        ...TEST_APP_REGISTRATION,
        HOST: '127.0.0.1',
        BotOpenIdMetadata: provider.metadataUrl,
      },
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await provider.stop();
  });

  it('refuses a validly signed activity whose serviceUrl is plain http with 400, before any turn', async () => {
    const serviceUrl = 'http://smba.trafficmanager.net/uk/';
    const now = Math.floor(Date.now() / 1000);
    const token = provider.sign({ iss: BOT_FRAMEWORK_ISSUER, aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600 });
    const activityId = `activity-${randomUUID()}`;
    const response = await fetch(`${bot.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        type: 'message',
        id: activityId,
        text: 'help',
        channelId: 'msteams',
        serviceUrl,
        from: { id: 'user-1' },
        recipient: { id: `28:${APP_ID}` },
        conversation: { id: `conversation-${randomUUID()}` },
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_activity', message: 'The activity is not valid: serviceUrl must use https.' });
    expect(await storedClaims(bot, activityId)).toBe(0);
  });
});
