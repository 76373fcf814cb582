import { describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING_NOTE, chromiumPath } from './chatPage.ts';
import { realBotInBrowser } from './realBotPage.ts';

if (!chromiumPath) console.warn(CHROMIUM_MISSING_NOTE);

/** The threshold check in Web Chat in a real browser: a person ticks what applies and gets a suggested level. */
describe.skipIf(!chromiumPath)('the threshold check on the local chat page', () => {
  const page = realBotInBrowser();

  it('walks from the red flags through the three domains to a suggested level, and a referral summary one field to a line', async () => {
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

    await chat.clickCardButton('Agree and save the record');
    await chat.waitForBotMessage('Consent for Complex needs (child in need, s17)');
    await chat.chooseCardOption('Consent', 'Consent given');
    await chat.clickCardButton('Continue');
    const summary = await chat.waitForBotMessage('Referral summary');
    // Web Chat shows each field of the summary on a line of its own, ready to copy or read out.
    // Web Chat's markdown turns straight apostrophes into typographic ones.
    const lines = (await summary.innerText()).split('\n').map((line) => line.trim().replaceAll('’', "'"));
    expect(lines).toContain("Child's age: 5 to 10");
    expect(lines).toContain('What I have seen or been told:');
    expect(lines.some((line) => line.endsWith('Persistent absence, exclusion, or missing education.') && !line.includes('age'))).toBe(true);
    expect(lines).toContain('Level suggested by the threshold document: Complex needs (child in need, s17)');
    expect(chat.errors).toEqual([]);
    await chat.close();
  });
});
