import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../support/rawHttp.ts';
import { TEST_APP_REGISTRATION } from '../support/appRegistration.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789abcdef';

/** An address of this machine that is not loopback, to reach the bot as another machine would. */
function externalAddress(): string {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry?.family === 'IPv4' && !entry.internal)?.address;
  if (!address) throw new Error('this machine has no non-loopback IPv4 address to test from');
  return address;
}

describe('response headers in local mode', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('sends nosniff and no-store on API answers, refusals and unknown paths, and no HSTS over local http', async () => {
    const chat = bot.conversation();
    const answers = [
      await fetch(`${bot.baseUrl}/healthz`),
      await fetch(`${bot.baseUrl}/api/schema`),
      await fetch(`${bot.baseUrl}/no-such-page`),
      await fetch(`${bot.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }),
      await fetch(`${bot.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(chat.activity({ type: 'typing' })) }),
    ];
    for (const answer of answers) {
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('sends nosniff on the chat page too, which may be revalidated', async () => {
    const page = await fetch(`${bot.baseUrl}/`);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('keeps idle connections open for 65 seconds, longer than the load balancer in front', async () => {
    const answer = await fetch(`${bot.baseUrl}/healthz`);
    expect(answer.headers.get('keep-alive')).toBe('timeout=65');
  });
});

describe('response headers and /metrics with an app id', () => {
  let bot: BotUnderTest;
  let external: string;
  beforeAll(async () => {
    bot = await startBot({
      env: {
        ...TEST_APP_REGISTRATION,
        HOST: '0.0.0.0',
        METRICS_TOKEN,
      },
    });
    external = `http://${externalAddress()}:${new URL(bot.baseUrl).port}`;
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('sends Strict-Transport-Security on every answer', async () => {
    for (const path of ['/healthz', '/no-such-page']) {
      const answer = await fetch(`${external}${path}`);
      expect(answer.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves /metrics to this machine without a token', async () => {
    const answer = await rawRequest(`http://127.0.0.1:${new URL(bot.baseUrl).port}/metrics`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toBeTypeOf('object');
  });

  it('refuses /metrics from another address without the configured bearer token, and serves it with the token', async () => {
    expect((await rawRequest(`${external}/metrics`)).status).toBe(401);
    expect((await rawRequest(`${external}/metrics`, { headers: { authorization: 'Bearer not-the-token-but-long-enough-to-look-real' } })).status).toBe(401);
    const withToken = await rawRequest(`${external}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(withToken.status).toBe(200);
    expect(withToken.headers['cache-control']).toBe('no-store');
  });
});
