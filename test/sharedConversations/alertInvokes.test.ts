import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorCall } from '../support/fakeConnector.ts';
import { TestConversation, type Reply } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { eventually, PEOPLE, startAlertBot, submitCanaryReferral, teamsUser } from '../alerts/alertTestBoard.ts';
import { teamsChannelThread } from './teamsShapes.ts';

/** Alerts are posted to the channel itself (a new thread); presses come from that thread. */
const CHANNEL = '19:lado-invokes@thread.tacv2';

type Card = Record<string, unknown> & { actions?: Array<{ type: string; title: string; data: { cardId: string } }>; refresh?: { userIds?: string[] } };

/** Alert cards in a Teams channel: Universal Action invokes answered once, the same again on redelivery, and in time. */
describe('alert card invokes in a Teams channel', () => {
  let bot: BotUnderTest;
  let reference: string;
  let posted: ConnectorCall;
  let cardId: string;
  const thread = teamsChannelThread(CHANNEL);

  beforeAll(async () => {
    bot = await startAlertBot();
    await bot.conversation(teamsUser('admin', thread)).mentionsBot('register this channel for LADO alerts');
    ({ reference } = await submitCanaryReferral(bot));
    posted = await eventually(() => bot.connector.calls.find((call) => call.kind === 'send' && call.conversationId === CHANNEL && (call.activity as Reply).attachments));
    cardId = ((posted.activity as Reply).attachments?.[0]?.content as Card).actions?.[0]?.data.cardId ?? '';
  }, 120_000);
  afterAll(() => bot?.stop());

  const sentToChannel = () => bot.connector.calls.filter((call) => call.kind === 'send' && call.conversationId.startsWith(CHANNEL));
  const lado = () => bot.conversation(teamsUser('lado', thread));
  const invoke = (conversation: TestConversation, data: Record<string, unknown>, id: string = randomUUID()) =>
    conversation.activity({
      id,
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: posted.activityId,
      value: { action: { type: 'Action.Execute', verb: data.verb, data }, trigger: 'manual' },
    });

  it('lists in the card’s refresh the Teams user ids of the people who may act on it, and uses Universal Actions', () => {
    const card = (posted.activity as Reply).attachments?.[0]?.content as Card;
    expect(card.refresh?.userIds).toEqual([`8:orgid:${PEOPLE.lado}`, `8:orgid:${PEOPLE.deputyLado}`]);
    expect(card.actions?.length).toBeGreaterThan(0);
    expect(card.actions?.every((action) => action.type === 'Action.Execute')).toBe(true);
  });

  it('answers a redelivered invoke with 200 and the same body as the first delivery, and acts once', async () => {
    const conversation = lado();
    const activity = invoke(conversation, { verb: 'acknowledge', reference, cardId });
    const first = await conversation.post(activity);
    const updatesAfterFirst = bot.connector.calls.filter((call) => call.kind === 'update').length;
    const again = await conversation.post(activity);

    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect((first.body as { type: string }).type).toBe('application/vnd.microsoft.card.adaptive');
    expect(bot.connector.calls.filter((call) => call.kind === 'update')).toHaveLength(updatesAfterFirst);
  });

  it.each([
    ['a card id that is not one', { verb: 'acknowledge', reference: 'LADO-2026-000001', cardId: "x' OR 1=1 --" }],
    ['a card id of no card', { verb: 'acknowledge', reference: 'LADO-2026-000001', cardId: randomUUID() }],
  ])('answers %s politely, posting nothing to the channel', async (_case, data) => {
    const conversation = lado();
    const before = sentToChannel().length;
    const outcome = await conversation.post(invoke(conversation, data));
    expect(outcome.status).toBe(200);
    expect(outcome.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('I cannot find that alert any more') });
    expect(sentToChannel()).toHaveLength(before);
  });

  it('answers an invoke without a card’s data with a 400 in the Universal Actions error shape, not an apology in the channel', async () => {
    const conversation = lado();
    const before = sentToChannel().length;
    const outcome = await conversation.post(invoke(conversation, { verb: 'acknowledge' }));
    expect(outcome.status).toBe(400);
    expect(outcome.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    expect(sentToChannel()).toHaveLength(before);
  });

  it('answers within Teams’ time limit while the store is busy, then finishes the work and updates the card', async () => {
    const conversation = lado();
    const updatesBefore = bot.connector.calls.filter((call) => call.kind === 'update').length;
    // A long transaction holds the embedded store: every other query waits behind it.
    const release = new Promise((resolve) => setTimeout(resolve, 6_000));
    const busy = bot.app.db.transaction(() => release);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    const outcome = await conversation.post(invoke(conversation, { verb: 'assignToMe', reference, cardId }));
    const elapsed = Date.now() - started;
    await busy;

    expect(elapsed).toBeLessThan(5_000);
    expect(outcome.status).toBe(200);
    expect(outcome.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('Working on it') });
    const update = await eventually(() =>
      bot.connector.calls
        .filter((call) => call.kind === 'update')
        .slice(updatesBefore)
        .at(-1),
    );
    expect(TestConversation.textOf([update.activity as Reply])).toContain('Assigned');
  }, 20_000);
});
