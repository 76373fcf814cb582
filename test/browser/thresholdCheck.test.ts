import { describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING_NOTE, chromiumPath } from './chatPage.ts';
import { realBotInBrowser } from './realBotPage.ts';

if (!chromiumPath) console.warn(CHROMIUM_MISSING_NOTE);

/** The threshold check in Web Chat in a real browser: a person ticks what applies and gets a suggested level. */
describe.skipIf(!chromiumPath)('the threshold check on the local chat page', () => {
  const page = realBotInBrowser();

  it('walks from the red flags through the three domains to a suggested level', async () => {
    const chat = await page.open({ user: 'browser-threshold' });
    await chat.sendText("I'm worried about a child");
    await chat.waitForBotMessage('Immediate danger first');
    await chat.clickCardButton('Continue');

    await chat.waitForBotMessage('About you and the child');
    await chat.chooseCardOption('Where you work', 'School');
    await chat.chooseCardOption("The child's age", '5 to 10');
    await chat.clickCardButton('Continue');

    await chat.waitForBotMessage('Persistent absence, exclusion, or missing education.');
    await chat.chooseCardOption('What applies', 'Persistent absence, exclusion, or missing education.');
    await chat.clickCardButton('Continue');
    await chat.waitForBotMessage('Routines, supervision or boundaries inconsistent; carers struggling.');
    await chat.clickCardButton('Continue');
    await chat.waitForBotMessage('Stable, adequate housing.');
    await chat.clickCardButton('Continue');
    await chat.waitForBotMessage('Keep these words in the record');
    await chat.clickCardButton('Continue');

    const answer = await chat.waitForBotMessage('Suggested level: Complex needs (child in need, s17)');
    expect(await answer.innerText()).toContain('What to do now');
    expect(chat.errors).toEqual([]);
    await chat.close();
  });
});
