import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from '../localChat/bridgeHarness.ts';
import { ScriptedBot } from '../localChat/scriptedBot.ts';
import { ChatPage, CHROMIUM_MISSING_NOTE, chromiumPath, launchChromium } from './chatPage.ts';

if (!chromiumPath) console.warn(CHROMIUM_MISSING_NOTE);

/** Web Chat itself against the bridge, with a scripted bot: the card round trip the real flows depend on. */
describe.skipIf(!chromiumPath)('Adaptive Card forms on the local chat page', () => {
  let bot: ScriptedBot;
  let bridge: RunningBridge;
  let browser: Browser;
  beforeAll(async () => {
    bot = new ScriptedBot();
    bridge = await startBridge({ botEndpoint: await bot.start() });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
    await bot?.stop();
  });

  it('submits what the person entered in a card, and shows the card replaced by the bot in place', async () => {
    const chat = await ChatPage.open(browser, bridge.baseUrl);
    await chat.waitForBotMessage('Hello');
    await chat.sendText('card');
    await chat.waitForBotMessage('Note');

    await chat.fillCardInput('Note', 'all fine');
    await chat.chooseCardOption('Level', 'Level 3');
    await chat.chooseCardOption('Board', 'South');
    await chat.clickCardButton('Send');

    await chat.waitForBotMessage('Received: note=all fine, level=3, board=south');
    const texts = await chat.botMessageTexts();
    expect(texts).toHaveLength(2);
    expect(texts.join('\n')).not.toContain('Note');
    expect(chat.errors).toEqual([]);
    await chat.close();
  });

  it('shows a card the bot deleted as removed', async () => {
    const chat = await ChatPage.open(browser, bridge.baseUrl);
    await chat.sendText('card');
    await chat.waitForBotMessage('Note');
    await chat.sendText('delete');
    await chat.waitForBotMessage('(This message was removed.)');
    expect((await chat.botMessageTexts()).join('\n')).not.toContain('Note');
    await chat.close();
  });

  it('chats as another identity given in the address', async () => {
    const chat = await ChatPage.open(browser, bridge.baseUrl, { user: 'practitioner' });
    await chat.sendText('who am I');
    await chat.waitForBotMessage('You said: who am I');
    const message = bot.received.find((activity) => activity.text === 'who am I');
    expect(message?.from).toMatchObject({ id: 'practitioner', name: 'practitioner' });
    await expect(chat.page.locator('#user-id').textContent()).resolves.toBe('practitioner');
    await chat.close();
  });
});
