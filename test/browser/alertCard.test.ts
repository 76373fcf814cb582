import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canaryLadoReferral } from '../alerts/canaryRecord.ts';
import { CHROMIUM_MISSING_NOTE, chromiumPath } from './chatPage.ts';
import { realBotInBrowser } from './realBotPage.ts';

if (!chromiumPath) console.warn(CHROMIUM_MISSING_NOTE);

/**
 * Web Chat has no Universal Actions: the local page gets alert cards with Action.Submit buttons, and a press updates
 * the posted card in place (through the local bridge's update route).
 */
describe.skipIf(!chromiumPath)('an alert card on the local chat page', () => {
  const page = realBotInBrowser();

  it('acknowledges an alert with its button and shows the new status on the same card', async () => {
    const chat = await page.open();
    await chat.sendText('register this chat for LADO alerts');
    await chat.waitForBotMessage('now receives the');

    const { bot } = page;
    const { reference } = await bot.app.submissions.submit({
      recordType: 'lado_referral',
      record: canaryLadoReferral('sample-partnership'),
      formInstanceId: randomUUID(),
      boardId: 'sample-partnership',
      submitter: { identity: 'local:browser-practitioner', displayName: 'Browser practitioner' },
      conversation: { channelId: 'webchat', serviceUrl: `${bot.baseUrl}/local/connector`, conversation: { id: 'elsewhere', conversationType: 'personal', isGroup: false, name: '' } },
      clocks: [{ clockId: 'LADO_REPORT', startsAt: new Date() }],
    });
    await bot.app.alerting.worker.runOnce();

    const alert = await chat.waitForBotMessage(reference);
    expect(await alert.innerText()).toContain('New: not yet acknowledged');
    await chat.clickCardButton('Acknowledge');

    await expect.poll(async () => alert.innerText(), { timeout: 15_000 }).toContain('Acknowledged');
    expect(await alert.innerText()).not.toContain('New: not yet acknowledged');
    expect(chat.errors).toEqual([]);
    await chat.close();
  }, 60_000);
});
