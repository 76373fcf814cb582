import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, TEAM } from '../slack/slackTestBot.ts';
import { SlackRequests } from '../slack/slackRequests.ts';
import { FakeConnector } from '../support/fakeConnector.ts';
import { FakeSlackApi } from '../support/fakeSlackApi.ts';
import { spawnBot, type BotProcess } from '../support/spawnBot.ts';
import { testBoardConfig, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';

const BODIES = 10_000;
const IN_FLIGHT = 16;
const HEALTH_EVERY = 500;
const SEED = 0x5afe_9a4d;
/** Start-up on a busy shared machine can take minutes. */
const START_TIMEOUT_MS = 240_000;

/** A small, seeded, deterministic generator (mulberry32): the same bodies on every run. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof randomSource>;

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u001b[31m',
  '\ud800',
  '\udfff',
  '\u202e',
  '__proto__',
  'constructor',
  '%00',
  '../../etc',
  '{{x}}',
  '<script>',
  '**b** [l](https://x.example)',
  'null',
  '-1',
  '1e309',
  '\r\n\t',
];

function randomString(random: Random): string {
  switch (random.int(5)) {
    case 0:
      return random.pick(NASTY_STRINGS);
    case 1:
      return String.fromCharCode(...Array.from({ length: random.int(40) }, () => random.int(0x10000)));
    case 2:
      return random.pick(['x', 'é', '\u0000', '😀', ' ']).repeat(random.pick([100, 2_000, 8_000]));
    default:
      return Array.from({ length: random.int(20) }, () => random.pick(['a', 'B', '1', ' ', '-', '.', ',', '\n'])).join('');
  }
}

/** Any JSON value: wrong types, nasty strings, objects with hostile keys, nesting up to `depth`. */
function randomJson(random: Random, depth = 3): unknown {
  switch (random.int(depth > 0 ? 8 : 5)) {
    case 0:
      return null;
    case 1:
      return random.pick([0, -1, 1.5, 1e308, -0, 2 ** 53, true, false]);
    case 2:
    case 3:
    case 4:
      return randomString(random);
    case 5:
      return Array.from({ length: random.int(4) }, () => randomJson(random, depth - 1));
    default:
      return Object.fromEntries(
        Array.from({ length: random.int(5) }, () => [random.pick([randomString(random), 'form', 'intent', 'verb', 'cardId', 'value', 'text', '__proto__']), randomJson(random, depth - 1)]),
      );
  }
}

function deeplyNested(random: Random): string {
  const depth = random.pick([100, 1_000, 5_000]);
  return random.next() < 0.5 ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

type Request = { route: string; contentType: string | undefined; body: string; signed?: boolean };

interface Target {
  connectorUrl: string;
  conversations: string[];
}

/** A well-formed activity, as Teams sends one, to start a body from. */
function activity(target: Target, random: Random, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: target.connectorUrl,
    from: { id: `29:fuzz-${random.int(4)}`, name: 'Fuzz', aadObjectId: randomUUID() },
    recipient: { id: 'bot-id', name: 'Safeguarding assistant' },
    conversation: { id: random.pick(target.conversations), conversationType: 'personal' },
    text: 'hello',
    ...fields,
  };
}

const ACTIVITY_FIELDS = ['type', 'id', 'channelId', 'serviceUrl', 'from', 'recipient', 'conversation', 'text', 'value', 'name', 'attachments', 'channelData', 'entities'];
const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'application/octet-stream',
  'multipart/form-data; boundary=fuzz',
  undefined,
];

function messagesBody(target: Target, random: Random): Request {
  const json = (body: unknown) => ({ route: '/api/messages', contentType: 'application/json', body: JSON.stringify(body) });
  switch (random.int(7)) {
    case 0: {
      const whole = JSON.stringify(activity(target, random));
      return { route: '/api/messages', contentType: 'application/json', body: whole.slice(0, random.int(whole.length)) };
    }
    case 1:
      return { route: '/api/messages', contentType: 'application/json', body: deeplyNested(random) };
    case 2:
      return json(activity(target, random, { [random.pick(ACTIVITY_FIELDS)]: randomJson(random) }));
    case 3:
      // A card submission: a valid envelope with garbage in `value`, sometimes shaped like our own buttons.
      return json(
        activity(target, random, {
          text: undefined,
          value: random.pick([
            randomJson(random),
            {
              form: randomString(random),
              instance: randomString(random),
              section: randomString(random),
              intent: random.pick(['next', 'back', 'edit', 'confirm', 'cancel']),
              [randomString(random)]: randomJson(random),
            },
            { verb: random.pick(['acknowledge', 'markDone', 'refreshAlert', randomString(random)]), reference: randomString(random), cardId: randomString(random) },
            { choice: randomJson(random) },
          ]),
        }),
      );
    case 4:
      return json(activity(target, random, { type: 'invoke', name: random.pick(['adaptiveCard/action', randomString(random)]), value: randomJson(random) }));
    case 5:
      return { route: '/api/messages', contentType: random.pick(WRONG_CONTENT_TYPES), body: random.next() < 0.5 ? JSON.stringify(activity(target, random)) : randomString(random) };
    default:
      return json(randomJson(random));
  }
}

function slackBody(random: Random, requests: SlackRequests): Request {
  const signed = random.next() < 0.75;
  switch (random.int(4)) {
    case 0: {
      const event = {
        type: random.pick(['message', 'app_mention', randomString(random)]),
        channel: random.pick(['D0FUZZ', 'C0FUZZ', randomString(random)]),
        user: 'U0FUZZ',
        text: randomJson(random),
        ts: randomJson(random),
        channel_type: 'im',
      };
      const body = random.next() < 0.5 ? requests.eventBody(event) : JSON.stringify(randomJson(random));
      return { route: '/api/slack/events', contentType: 'application/json', body: random.next() < 0.2 ? body.slice(0, random.int(body.length)) : body, signed };
    }
    case 1: {
      const payload = random.pick([
        randomJson(random),
        { type: 'block_actions', team: { id: TEAM }, user: { id: 'U0FUZZ' }, channel: { id: 'D0FUZZ' }, actions: [{ value: randomJson(random), action_id: 'a', action_ts: '1' }] },
        {
          type: 'view_submission',
          team: { id: TEAM },
          user: { id: 'U0FUZZ' },
          view: { callback_id: 'safeguarding-form', private_metadata: randomString(random), state: { values: randomJson(random) } },
        },
      ]);
      const encoded = random.next() < 0.8 ? new URLSearchParams({ payload: JSON.stringify(payload) }).toString() : randomString(random);
      return { route: '/api/slack/interactions', contentType: 'application/x-www-form-urlencoded', body: encoded, signed };
    }
    case 2: {
      const fields = { team_id: random.pick([TEAM, randomString(random)]), channel_id: 'D0FUZZ', user_id: 'U0FUZZ', command: '/safeguarding', text: randomString(random), trigger_id: 't' };
      return { route: '/api/slack/commands', contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams(fields).toString(), signed };
    }
    default:
      return {
        route: random.pick(['/api/slack/events', '/api/slack/interactions', '/api/slack/commands']),
        contentType: random.pick(WRONG_CONTENT_TYPES),
        body: random.next() < 0.3 ? deeplyNested(random) : randomString(random),
        signed,
      };
  }
}

describe('fuzzing every public route with generated bodies', () => {
  let connector: FakeConnector;
  let slack: FakeSlackApi;
  let boards: TestBoardDirectory;
  let dataDir: string;
  let bot: BotProcess;

  beforeAll(async () => {
    connector = new FakeConnector();
    await connector.start();
    slack = new FakeSlackApi([BOT_TOKEN]);
    await slack.start();
    boards = await writeTestBoards([
      testBoardConfig('fuzz-board', {
        edition: 'wt2013',
        extra: { channels: { slack: [{ teamId: TEAM, botTokenEnv: 'SLACK_BOT_TOKEN_TEST', signingSecretEnv: 'SLACK_SIGNING_SECRET_TEST' }] } },
      }),
    ]);
    dataDir = await mkdtemp(join(tmpdir(), 'fuzz-bot-'));
    bot = await spawnBot(
      {
        DATA_DIR: dataDir,
        BOARD_CONFIG_DIR: boards.directory,
        DEFAULT_BOARD_ID: 'fuzz-board',
        SLACK_API_URL: slack.url,
        SLACK_BOT_TOKEN_TEST: BOT_TOKEN,
        SLACK_SIGNING_SECRET_TEST: SIGNING_SECRET,
        // Local mode answers only its own bridge: the fake connector stands in for it.
        LOCAL_CONNECTOR_URL: connector.url,
      },
      undefined,
      START_TIMEOUT_MS,
    );
  }, START_TIMEOUT_MS + 30_000);
  afterAll(async () => {
    await bot?.stop();
    await connector?.stop();
    await slack?.stop();
    await boards?.remove();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it(`answers ${BODIES} generated bodies without a 5xx or a crash, healthy throughout`, { timeout: 420_000 }, async () => {
    const random = randomSource(SEED);
    const requests = new SlackRequests(bot.baseUrl, TEAM, SIGNING_SECRET);
    const target: Target = { connectorUrl: connector.url, conversations: Array.from({ length: 64 }, () => `fuzz-${randomUUID()}`) };
    const bodies = Array.from({ length: BODIES }, () => (random.next() < 0.6 ? messagesBody(target, random) : slackBody(random, requests)));

    const started = Date.now();
    const statuses = new Map<number, number>();
    const serverErrors: Array<{ request: Request; status: number }> = [];
    const healthChecks: number[] = [];
    let sent = 0;
    const send = async (request: Request): Promise<void> => {
      const response =
        request.route === '/api/messages'
          ? await fetch(`${bot.baseUrl}${request.route}`, { method: 'POST', headers: request.contentType === undefined ? {} : { 'content-type': request.contentType }, body: request.body })
          : await requests.send(request.route, request.body, request.contentType ?? '', { unsigned: request.signed !== true });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 500) serverErrors.push({ request: { ...request, body: request.body.slice(0, 300) }, status: response.status });
      sent += 1;
      if (sent % HEALTH_EVERY === 0) {
        healthChecks.push((await fetch(`${bot.baseUrl}/healthz`)).status);
        console.info(`fuzz: ${sent} sent, ${serverErrors.length} 5xx, ${Date.now() - started} ms`);
      }
    };
    let nextIndex = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (nextIndex < bodies.length) await send(bodies[nextIndex++]!);
      }),
    );
    const elapsedMs = Date.now() - started;

    expect(sent).toBe(BODIES);
    expect(serverErrors).toEqual([]);
    expect(bot.child.exitCode).toBeNull();
    expect(healthChecks).toEqual(Array.from({ length: BODIES / HEALTH_EVERY }, () => 200));
    // After it all, a person is still answered.
    const after = await fetch(`${bot.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity(target, random, { conversation: { id: `after-${randomUUID()}`, conversationType: 'personal' } })),
    });
    expect(after.status).toBe(200);
    console.info(`fuzz: ${BODIES} bodies in ${elapsedMs} ms; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  });
});
