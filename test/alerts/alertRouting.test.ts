import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';
import { textOf, type Reply } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { eventually, startAlertBot, submitCanaryReferral, teamsUser } from './alertTestBoard.ts';
import { CANARY_STRINGS } from './canaryRecord.ts';

const OPERATIONS_CHANNEL = '19:operations@thread.tacv2';
const LADO_CHANNEL = '19:lado-duty@thread.tacv2';

describe('alert cards routed to the conversations board admins registered', () => {
  let bot: BotUnderTest;

  beforeAll(async () => {
    bot = await startAlertBot();
  });
  afterAll(() => bot.stop());

  const registerChannel = (conversationId: string, alerts: string) =>
    bot.conversation(teamsUser('admin', { conversationType: 'channel', conversationId: `${conversationId};messageid=1` })).says(`register this channel for ${alerts} alerts`);

  const cardsIn = (conversationId: string): Reply[] => bot.connector.sent(conversationId) as Reply[];

  const cardFor = (conversationId: string, reference: string) => eventually(() => cardsIn(conversationId).find((activity) => textOf(activity).includes(reference)));

  it('keeps an alert that has nowhere to go, logs it as unrouted, and posts it to board operations once they register', async () => {
    const receipt = await submitCanaryReferral(bot);
    await bot.app.alerting.worker.runOnce();
    expect(bot.connector.calls.filter((call) => call.conversationId.startsWith('19:'))).toEqual([]);
    const unrouted = bot.logs.filter((line) => line.includes('alert unrouted'));
    expect(unrouted.some((line) => line.includes(receipt.reference) && line.includes('lado_referral'))).toBe(true);

    await registerChannel(OPERATIONS_CHANNEL, 'operations');
    const card = await cardFor(OPERATIONS_CHANNEL, receipt.reference);
    expect(textOf(card)).toContain('LADO referral');
  });

  it('posts a record’s alert card to the conversation registered for its type: reference, type, board, due time, status', async () => {
    await registerChannel(LADO_CHANNEL, 'LADO');
    const startsAt = new Date('2026-03-02T10:00:00Z');
    const receipt = await submitCanaryReferral(bot, startsAt);
    const card = await cardFor(LADO_CHANNEL, receipt.reference);

    const text = textOf(card);
    for (const expected of [receipt.reference, 'LADO referral', 'Alert Test Partnership', 'By the end of Tuesday 3 March 2026', 'New: not yet acknowledged', 'Nobody yet']) {
      expect(text).toContain(expected);
    }
    const content = card.attachments?.[0]?.content;
    expect((content?.actions as Array<{ title: string }>).map((action) => action.title)).toEqual(expect.arrayContaining(['Acknowledge', 'Assign to me', 'Mark done']));
    expect(adaptiveCardProblems(content)).toEqual([]);
    expect(cardsIn(OPERATIONS_CHANNEL).some((activity) => textOf(activity).includes(receipt.reference))).toBe(false);
  });

  it('tells board operations about a parked delivery once, however often it is raised', async () => {
    const alert = { boardId: 'alert-test-board', reference: 'LADO-2026-999999', reason: "Delivery to the board's system stopped: HTTP 410." };
    await bot.app.alerting.router.raiseOperationsAlert(alert);
    await bot.app.alerting.router.raiseOperationsAlert(alert);
    const cards = cardsIn(OPERATIONS_CHANNEL).filter((activity) => textOf(activity).includes(alert.reference));
    expect(cards).toHaveLength(1);
    expect(textOf(cards[0])).toContain('HTTP 410');
    expect(adaptiveCardProblems(cards[0]?.attachments?.[0]?.content)).toEqual([]);
  });

  it('never puts the record’s names, dates of birth, addresses or allegation text in a channel message or a log line', async () => {
    const channelTraffic = bot.connector.calls.filter((call) => call.conversationId.startsWith('19:')).map((call) => JSON.stringify(call.activity));
    expect(channelTraffic.length).toBeGreaterThanOrEqual(2);
    for (const canary of CANARY_STRINGS) {
      for (const activity of channelTraffic) expect(activity).not.toContain(canary);
      for (const line of bot.logs) expect(line).not.toContain(canary);
    }
  });
});
