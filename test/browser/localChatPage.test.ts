import { describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING_NOTE, chromiumPath } from './chatPage.ts';
import { realBotInBrowser } from './realBotPage.ts';

if (!chromiumPath) console.warn(CHROMIUM_MISSING_NOTE);

/** The smoke test a newcomer's first minute depends on: the real bot, its local page, a real browser. */
describe.skipIf(!chromiumPath)('the local chat page with the real bot', () => {
  const page = realBotInBrowser();

  it('greets the person who opens the page and answers what they type', async () => {
    const chat = await page.open();
    await chat.waitForBotMessage('the safeguarding assistant for');

    await chat.sendText('help');
    await chat.waitForBotMessage('What I can do');
    expect(chat.errors).toEqual([]);
    await chat.close();
  });
});
