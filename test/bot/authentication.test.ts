import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_APP_REGISTRATION } from '../support/appRegistration.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';

describe('with a Microsoft app id configured', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot({
      env: {
        ...TEST_APP_REGISTRATION,
        HOST: '127.0.0.1',
      },
    });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('rejects a request without a token with 401 and does not process it', async () => {
    const chat = bot.conversation();
    const outcome = await chat.post(chat.activity({ type: 'message', text: 'help' }));
    expect(outcome.status).toBe(401);
    expect(outcome.replies).toHaveLength(0);
  });

  it('rejects a forged token with 401 and does not process it', async () => {
    const chat = bot.conversation({ authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl' });
    const outcome = await chat.post(chat.activity({ type: 'message', text: 'help' }));
    expect(outcome.status).toBe(401);
    expect(outcome.replies).toHaveLength(0);
    expect(bot.connector.calls).toHaveLength(0);
  });

  it('does not serve the unauthenticated local chat page', async () => {
    const response = await fetch(`${bot.baseUrl}/`);
    expect(response.status).toBe(404);
  });
});
