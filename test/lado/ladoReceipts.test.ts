import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startAlertBot, teamsUser } from '../alerts/alertTestBoard.ts';
import type { ConnectorCall } from '../support/fakeConnector.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { fillReferral, formButton, newPractitioner, startReferral, textOf } from './ladoChat.ts';

const LADO_PHONE = '01632 960200';

/** What a receipt may say about the LADO's alert: only what has happened by the time it is shown. */
describe('a LADO referral receipt says whether the LADO duty team was alerted', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startAlertBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const callText = (call: ConnectorCall) => textOf([call.activity ?? {}]);

  async function submitReferral() {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await fillReferral(chat);
    const receipt = textOf(await chat.submits(formButton(chat, 'confirm')));
    const reference = /LADO-\d{4}-\d{6}/.exec(receipt)?.[0] ?? 'no reference';
    return { chat, receipt, reference };
  }

  it('with no LADO channel registered: recorded, not alerted yet, call the LADO if urgent; told in the same chat once the alert is posted', async () => {
    const { chat, receipt, reference } = await submitReferral();
    expect(receipt).toContain('LADO referral recorded');
    expect(receipt).toContain(`Recorded as ${reference}; the LADO duty team has not been alerted yet — if this is urgent, call the LADO on ${LADO_PHONE}.`);
    expect(receipt).not.toMatch(/has been alerted/);

    // The alert worker's passes change nothing while nobody can receive the alert.
    await bot.app.alerting.worker.runOnce();
    expect(textOf(bot.connector.sent(chat.options.conversationId).slice(chat.transcript.length))).not.toContain('Update on');

    const channel = bot.conversation(teamsUser('admin', { conversationType: 'channel', conversationId: 'lado-duty-late' }));
    await channel.says('register this channel for LADO alerts');
    const followUp = await eventually(() => bot.connector.calls.find((call) => call.conversationId === chat.options.conversationId && callText(call).includes('Update on')));
    expect(callText(followUp)).toBe(`Update on ${reference}: the LADO duty team has now been alerted.`);
    const alertAt = bot.connector.calls.findIndex((call) => call.conversationId === 'lado-duty-late' && callText(call).includes(reference));
    expect(alertAt).toBeGreaterThanOrEqual(0);
    expect(alertAt).toBeLessThan(bot.connector.calls.indexOf(followUp));

    // Told once: later passes of the worker send nothing more.
    await bot.app.alerting.worker.runOnce();
    const updates = bot.connector.sent(chat.options.conversationId).filter((activity) => textOf([activity]).includes('Update on'));
    expect(updates).toHaveLength(1);
  });

  it('with the LADO channel registered: the receipt says alerted only after the alert reached the channel, and no follow-up is sent', async () => {
    const { chat, receipt, reference } = await submitReferral();
    expect(receipt).toContain(`The LADO duty team has been alerted about ${reference}.`);
    expect(receipt).not.toContain('not been alerted');

    const alertAt = bot.connector.calls.findIndex((call) => call.conversationId === 'lado-duty-late' && callText(call).includes(reference));
    const receiptAt = bot.connector.calls.findIndex((call) => call.conversationId === chat.options.conversationId && callText(call).includes('has been alerted'));
    expect(alertAt).toBeGreaterThanOrEqual(0);
    expect(alertAt).toBeLessThan(receiptAt);

    await bot.app.alerting.worker.runOnce();
    expect(textOf(bot.connector.sent(chat.options.conversationId))).not.toContain('Update on');
  });
});
