import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { ChatPage, launchChromium } from './chatPage.ts';

/**
 * Inside a describe: starts the real bot and Chromium before its tests and stops them after.
 * `open()` gives the local chat page as a person sees it; `bot` the running bot (its store, submissions, workers).
 */
export function realBotInBrowser(): { open(options?: { user?: string }): Promise<ChatPage>; readonly bot: BotUnderTest } {
  let bot: BotUnderTest;
  let browser: Browser;
  beforeAll(async () => {
    bot = await startBot();
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });
  return {
    open: (options = {}) => ChatPage.open(browser, bot.baseUrl, options),
    get bot() {
      return bot;
    },
  };
}
