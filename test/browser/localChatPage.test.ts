import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { ChatPage, CHROMIUM_MISSING_NOTE, chromiumPath, launchChromium } from './chatPage.ts';

if (!chromiumPath) console.warn(CHROMIUM_MISSING_NOTE);

/** The smoke test a newcomer's first minute depends on: the real bot, its local page, a real browser. */
describe.skipIf(!chromiumPath)('the local chat page with the real bot', () => {
  let bot: BotUnderTest;
  let browser: Browser;
  beforeAll(async () => {
    bot = await startBot();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  it('greets the person who opens the page and answers what they type', async () => {
    const chat = await ChatPage.open(browser, bot.baseUrl);
    await chat.waitForBotMessage('the safeguarding assistant for');

    await chat.sendText('help');
    await chat.waitForBotMessage('What I can do');
    expect(chat.errors).toEqual([]);
    await chat.close();
  });
});
