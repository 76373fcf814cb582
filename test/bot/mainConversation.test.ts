import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { TestConversation } from '../support/conversation.ts';

describe('the main conversation through /api/messages', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('greets a person who opens a chat, says what it does and offers help', async () => {
    const chat = bot.conversation();
    const text = TestConversation.textOf(await chat.joins());
    // What to do in an emergency comes before anything else.
    expect(text.startsWith('If a child is in immediate danger, call **999** now.')).toBe(true);
    expect(text).toContain("I'm the safeguarding assistant for Sample Safeguarding Partnership");
    expect(text).toContain('I advise; you and your safeguarding lead decide');
    expect(text).toContain('Help');
  });

  it('greets on a first message when the channel sent no conversation update', async () => {
    const chat = bot.conversation();
    const text = TestConversation.textOf(await chat.says('hello'));
    expect(text).toContain("I'm the safeguarding assistant");
  });

  it('answers help with what it can do and the words that work at any time', async () => {
    const chat = bot.conversation();
    await chat.joins();
    const text = TestConversation.textOf(await chat.says('help'));
    expect(text).toContain('What I can do');
    expect(text).toContain('**cancel**');
    expect(text).toContain('999');
  });

  it('says there is nothing to cancel when nothing is in progress, and offers the menu again', async () => {
    const chat = bot.conversation();
    await chat.joins();
    const text = TestConversation.textOf(await chat.says('cancel'));
    expect(text).toContain('There is nothing to cancel.');
    expect(text).toContain('anything else');
  });

  it('starts over with the greeting', async () => {
    const chat = bot.conversation();
    await chat.says('hello');
    const text = TestConversation.textOf(await chat.says('start over'));
    expect(text).toContain("I'm the safeguarding assistant");
  });

  it('answers a redelivered activity once', async () => {
    const chat = bot.conversation();
    await chat.joins();
    const activity = chat.activity({ type: 'message', text: 'help' });
    const first = await chat.post(activity);
    const second = await chat.post(activity);
    expect(first.status).toBe(200);
    expect(first.replies.length).toBeGreaterThan(0);
    expect(second.status).toBe(200);
    expect(second.replies).toHaveLength(0);
  });

  it('answers two conversations independently when their turns arrive together', async () => {
    const chats = [bot.conversation(), bot.conversation()];
    const results = await Promise.all(chats.map((chat) => chat.says('help')));
    for (const replies of results) expect(TestConversation.textOf(replies)).toContain('What I can do');
  });

  it('rejects a malformed activity with 400 and a reason, and keeps serving', async () => {
    const chat = bot.conversation();
    const notJson = await chat.post('{"type": "message", ');
    expect(notJson.status).toBe(400);
    const missingFields = await chat.post({ type: 'message', text: 'hi' });
    expect(missingFields.status).toBe(400);
    expect(JSON.stringify(missingFields.body)).toMatch(/channelId|serviceUrl|conversation/);
    const healthy = await chat.says('help');
    expect(TestConversation.textOf(healthy)).toContain('What I can do');
  });

  it('reports health and readiness', async () => {
    const health = await fetch(`${bot.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${bot.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });
});
