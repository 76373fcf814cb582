import { describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING_NOTE, chromiumPath } from './chatPage.ts';
import { realBotInBrowser } from './realBotPage.ts';

if (!chromiumPath) console.warn(CHROMIUM_MISSING_NOTE);

/** The LADO flow's cards rendered by Web Chat in a real browser: a person fills in and submits a section. */
describe.skipIf(!chromiumPath)('the LADO referral on the local chat page', () => {
  const page = realBotInBrowser();

  it('walks from the harm test to the first section, fills it in and moves on to the next', async () => {
    const chat = await page.open({ user: 'browser-practitioner' });
    await chat.sendText('lado');
    await chat.waitForBotMessage('Is a child in immediate danger right now?');
    await chat.clickCardButton('No');

    await chat.waitForBotMessage('The harm test');
    await chat.chooseCardOption('Has the person…', 'Behaved in a way that has harmed, or may have harmed, a child (for example hitting, rough handling or an injury that was not an accident)');
    await chat.clickCardButton('Continue');

    await chat.waitForBotMessage('When it came to your attention');
    await chat.clickCardButton('Continue');

    await chat.waitForBotMessage('Step 1 of 6 · About you');
    await chat.fillCardInput('Name', 'Alex Morgan');
    await chat.fillCardInput('Role', 'Designated safeguarding lead');
    await chat.fillCardInput('Organisation', 'Sample Primary School');
    await chat.chooseCardOption('Agency type', 'School');
    await chat.fillCardInput('Phone', '01632 960111');
    await chat.fillCardInput('Secure work email', 'alex.morgan@school.example.org');
    await chat.clickCardButton('Next');

    const next = await chat.waitForBotMessage('Step 2 of 6 · The adult concerned');
    expect(await next.innerText()).toContain('Tell the LADO');
    expect(chat.errors).toEqual([]);
    await chat.close();
  });
});
