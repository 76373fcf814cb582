import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BOT_FRAMEWORK_ISSUER, OpenIdProvider } from '../support/openIdProvider.ts';
import { TEST_APP_ID as APP_ID, TEST_APP_REGISTRATION } from '../support/appRegistration.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';

const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';

function appIdEnvironment(metadataUrl: string): Record<string, string> {
  return {
    ...TEST_APP_REGISTRATION,
    HOST: '127.0.0.1',
    BotOpenIdMetadata: metadataUrl,
  };
}

/** The claims Bot Framework puts in a channel token, valid for the next hour. */
function channelClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: BOT_FRAMEWORK_ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, iat: now - 60, exp: now + 3600, ...overrides };
}

/** A typing indicator, as Teams sends it: the bot answers nothing, so a turn needs no outgoing token. */
function typingActivity(): Record<string, unknown> {
  return {
    type: 'typing',
    id: `activity-${randomUUID()}`,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: 'user-1', name: 'Practitioner' },
    recipient: { id: `28:${APP_ID}`, name: 'Safeguarding assistant' },
    conversation: { id: `conversation-${randomUUID()}`, conversationType: 'personal' },
  };
}

async function postWithToken(bot: BotUnderTest, token: string, activity = typingActivity()) {
  const response = await fetch(`${bot.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(activity),
  });
  await response.arrayBuffer();
  return { status: response.status, activity };
}

async function claimedActivities(bot: BotUnderTest, activity: Record<string, unknown>): Promise<number> {
  const { rows } = await bot.app.db.query<{ count: number }>('SELECT count(*)::int AS count FROM processed_activities WHERE activity_key LIKE $1', [`%:${String(activity.id)}`]);
  return rows[0]?.count ?? 0;
}

const refusals = (bot: BotUnderTest) => bot.logs.filter((line) => line.includes('"msg":"Bot Framework token refused"'));

describe('Bot Framework tokens, checked against a local OpenID provider', () => {
  const provider = new OpenIdProvider();
  let bot: BotUnderTest;
  const stderr = vi.spyOn(process.stderr, 'write');
  const consoleError = vi.spyOn(console, 'error');

  beforeAll(async () => {
    await provider.start();
    bot = await startBot({ env: appIdEnvironment(provider.metadataUrl) });
  });
  afterAll(async () => {
    await bot?.stop();
    await provider.stop();
  });
  afterEach(() => {
    stderr.mockClear();
    consoleError.mockClear();
  });

  it('accepts a token signed with the published key and runs the turn', async () => {
    const { status, activity } = await postWithToken(bot, provider.sign(channelClaims()));
    expect(status).toBe(200);
    expect(await claimedActivities(bot, activity)).toBe(1);
  });

  const forgeries: Array<[string, () => string, string]> = [
    ['a bad signature (signed with another key)', () => provider.sign(channelClaims(), { privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey }), 'bad signature'],
    ['alg none', () => provider.sign(channelClaims(), { algorithm: 'none' }), 'signing algorithm not allowed'],
    ['HS256 keyed with the public key', () => provider.sign(channelClaims(), { algorithm: 'HS256' }), 'signing algorithm not allowed'],
    ['a not-before an hour ahead', () => provider.sign(channelClaims({ nbf: Math.floor(Date.now() / 1000) + 3600 })), 'not valid yet'],
    ['another bot as audience', () => provider.sign(channelClaims({ aud: '99999999-2222-3333-4444-555555555555' })), 'wrong audience'],
    ['an expiry an hour ago', () => provider.sign(channelClaims({ exp: Math.floor(Date.now() / 1000) - 3600 })), 'expired'],
    ['another issuer', () => provider.sign(channelClaims({ iss: 'https://sts.example.org/' })), 'wrong issuer'],
    ['a key id the provider does not publish', () => provider.sign(channelClaims(), { header: { kid: 'someone-elses-key' } }), 'unknown signing key'],
  ];

  it.each(forgeries)('refuses %s with 401, one log line, nothing on stderr and nothing stored', async (_name, forge, reason) => {
    const before = refusals(bot).length;
    const { status, activity } = await postWithToken(bot, forge());
    expect(status).toBe(401);
    expect(await claimedActivities(bot, activity)).toBe(0);
    const logged = refusals(bot).slice(before);
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!)).toMatchObject({ level: 40, route: 'messages', status: 401, reason });
    expect(logged[0]).not.toMatch(/BEGIN|eyJ|\bat\s/);
    expect(stderr).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('a failing OpenID metadata endpoint', () => {
  const provider = new OpenIdProvider();
  let bot: BotUnderTest;

  beforeAll(async () => {
    await provider.start();
    provider.failingStatus = 500;
    bot = await startBot({ env: appIdEnvironment(provider.metadataUrl) });
  });
  afterAll(async () => {
    await bot?.stop();
    await provider.stop();
  });

  it('is asked once per back-off interval, not once per request, and each request is answered 503 without a turn', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => postWithToken(bot, provider.sign(channelClaims()))));
    for (let request = 0; request < 15; request += 1) answers.push(await postWithToken(bot, provider.sign(channelClaims())));
    expect(answers.map(({ status }) => status)).toEqual(Array(20).fill(503));
    expect(provider.metadataRequests).toBe(1);
    const fetchFailures = bot.logs.filter((line) => line.includes('signing keys could not be fetched'));
    expect(fetchFailures).toHaveLength(1);
    expect(JSON.parse(fetchFailures[0]!)).toMatchObject({ status: 500, retryInSeconds: 60 });
    for (const { activity } of answers) expect(await claimedActivities(bot, activity)).toBe(0);
  });
});
