import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from './slackChat.ts';
import { startSlackBot, type SlackBotUnderTest } from './slackTestBot.ts';

const CANARY = 'Canary allegation text that must never reach a log';

describe('Slack requests are verified before anything is read', () => {
  let harness: SlackBotUnderTest;
  beforeAll(async () => {
    harness = await startSlackBot();
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('answers the url_verification challenge of a correctly signed request', async () => {
    const answer = await harness.requests.postEvent(JSON.stringify({ token: 'x', challenge: 'challenge-accepted-42', type: 'url_verification' }));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ challenge: 'challenge-accepted-42' });
  });

  it('takes a correctly signed message as a turn and answers in the chat, with the menu as buttons', async () => {
    const chat = harness.newPractitioner();
    expect(textOf(await chat.says('hello'))).toContain('safeguarding assistant');
    expect(textOf(await chat.presses('Help'))).toContain('Words that work at any time');
  });

  const refusals: Array<[string, (body: string) => Parameters<SlackBotUnderTest['requests']['postEvent']>[1]]> = [
    ['signed with another secret', () => ({ secret: 'someone-elses-signing-secret' })],
    ['with a body changed after signing', (body) => ({ signedBody: body.replace('help', 'menu') })],
    ['signed more than five minutes ago', () => ({ timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })],
    ['without the signature headers', () => ({ unsigned: true })],
  ];

  it.each(refusals)('refuses a request %s with 401, runs nothing and logs no body', async (_name, signing) => {
    const chat = harness.newPractitioner();
    const body = harness.requests.eventBody(harness.requests.directMessage(chat.user, chat.channel, `help ${CANARY}`));
    const logsBefore = harness.bot.logs.length;
    const answer = await harness.requests.postEvent(body, signing(body));
    expect(answer.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(chat.messages).toEqual([]);
    const logged = harness.bot.logs.slice(logsBefore).join('');
    expect(logged).toContain('Slack request refused: signature not verified');
    expect(logged).not.toContain(CANARY);
  });

  it('refuses interactions and slash commands that are not signed', async () => {
    const chat = harness.newPractitioner();
    const command = await harness.requests.postCommand(chat.user, chat.channel, 'lado', { secret: 'wrong' });
    const press = await harness.requests.postInteraction({ type: 'block_actions' }, { unsigned: true });
    expect([command.status, press.status]).toEqual([401, 401]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chat.messages).toEqual([]);
  });

  it('refuses a workspace the board does not list, even with a valid signature', async () => {
    const body = harness.requests.eventBody(harness.requests.directMessage('U0OTHER', 'D0OTHER', 'hello')).replace(/T0SLACKTEST/g, 'T0ELSEWHERE');
    const answer = await harness.requests.postEvent(body);
    expect(answer.status).toBe(401);
  });

  it('processes a retried event once', async () => {
    const chat = harness.newPractitioner();
    const body = harness.requests.eventBody(harness.requests.directMessage(chat.user, chat.channel, 'help'), 'Ev0RETRIED01');
    const [first, retry] = await Promise.all([harness.requests.postEvent(body), harness.requests.postEvent(body, { retryNum: 1 })]);
    const again = await harness.requests.postEvent(body, { retryNum: 2 });
    expect([first.status, retry.status, again.status]).toEqual([200, 200, 200]);
    await harness.slack.waitFor(() => (chat.messages.length > 0 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 800));
    const helpAnswers = chat.messages.filter((message) => textOf([message]).includes('Words that work at any time'));
    expect(helpAnswers).toHaveLength(1);
  });
});
