import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';
import type { ConnectorCall } from '../support/fakeConnector.ts';
import { textOf, type Reply, type TestConversation } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { eventually, PEOPLE, startAlertBot, submitCanaryReferral, teamsUser } from './alertTestBoard.ts';

const LADO_CHANNEL = '19:lado-actions@thread.tacv2';
type Card = Record<string, unknown> & { actions?: Array<{ title: string; data: { cardId: string } }> };

describe('acting on an alert card: acknowledge, assign to me, mark done', () => {
  let bot: BotUnderTest;
  let reference: string;
  let recordId: string;
  let posted: ConnectorCall;
  let cardId: string;

  beforeAll(async () => {
    bot = await startAlertBot();
    await bot.conversation(teamsUser('admin', { conversationType: 'channel', conversationId: LADO_CHANNEL })).says('register this channel for LADO alerts');
    ({ reference, recordId } = await submitCanaryReferral(bot));
    posted = await eventually(() => bot.connector.calls.find((call) => call.kind === 'send' && call.conversationId === LADO_CHANNEL && (call.activity as Reply).attachments));
    const card = (posted.activity as Reply).attachments?.[0]?.content as Card;
    cardId = card.actions?.[0]?.data.cardId ?? '';
  });
  afterAll(() => bot.stop());

  const inChannel = (who: keyof typeof PEOPLE): TestConversation => bot.conversation(teamsUser(who, { conversationType: 'channel', conversationId: LADO_CHANNEL }));

  /** Teams' Universal Action: an invoke answered with the refreshed card. */
  async function press(who: keyof typeof PEOPLE, verb: string): Promise<{ type: string; value: unknown }> {
    const conversation = inChannel(who);
    const outcome = await conversation.post(
      conversation.activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: posted.activityId,
        value: { action: { type: 'Action.Execute', verb, data: { verb, reference, cardId } }, trigger: 'manual' },
      }),
    );
    expect(outcome.status).toBe(200);
    const body = outcome.body as { statusCode: number; type: string; value: unknown };
    expect(body.statusCode).toBe(200);
    return body;
  }

  const updatesOfCard = () => bot.connector.calls.filter((call) => call.kind === 'update' && call.activityId === posted.activityId);
  const cardOfUpdate = (call: ConnectorCall | undefined) => (call?.activity as Reply | undefined)?.attachments?.[0]?.content as Card;
  const actionTitles = (card: Card) => (card.actions ?? []).map((action) => action.title);

  it('acknowledges through a Universal Action: answers with the refreshed card and updates the posted card for everyone', async () => {
    const before = updatesOfCard().length;
    const answer = await press('lado', 'acknowledge');

    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    const refreshed = answer.value as Card;
    expect(textOf({ attachments: [{ contentType: 'card', content: refreshed }] })).toContain('Acknowledged');
    expect(actionTitles(refreshed)).toEqual(expect.arrayContaining(['Assign to me', 'Mark done']));
    expect(actionTitles(refreshed)).not.toContain('Acknowledge');
    expect(adaptiveCardProblems(refreshed)).toEqual([]);

    const updates = updatesOfCard();
    expect(updates).toHaveLength(before + 1);
    expect(updates.at(-1)?.conversationId).toBe(LADO_CHANNEL);
    expect(cardOfUpdate(updates.at(-1))).toEqual(refreshed);
  });

  it('takes a second acknowledgement calmly and audits both presses', async () => {
    const answer = await press('deputyLado', 'acknowledge');
    expect(actionTitles(answer.value as Card)).not.toContain('Acknowledge');
    const { rows } = await bot.app.db.query<{ actor: string; detail: { changed: boolean; state: string } }>(
      "SELECT actor, detail FROM audit_log WHERE record_id = $1 AND action = 'alert.acknowledge' ORDER BY id",
      [recordId],
    );
    expect(rows.map((row) => [row.actor, row.detail.state, row.detail.changed])).toEqual([
      [`aad:${PEOPLE.lado}`, 'acknowledged', true],
      [`aad:${PEOPLE.deputyLado}`, 'acknowledged', false],
    ]);
  });

  it('assigns through the Action.Submit fallback of older clients, updating the posted card in place', async () => {
    const before = updatesOfCard().length;
    const replies = await inChannel('lado').submits({ verb: 'assignToMe', reference, cardId });
    expect(replies).toEqual([]);
    const updates = updatesOfCard();
    expect(updates).toHaveLength(before + 1);
    const text = textOf(updates.at(-1)?.activity as Reply);
    expect(text).toContain('Assigned');
    expect(text).toContain('Test lado');
    expect(adaptiveCardProblems(cardOfUpdate(updates.at(-1)))).toEqual([]);
  });

  it('refuses someone who may not open LADO records politely, changes nothing and audits the attempt', async () => {
    const before = updatesOfCard().length;
    const answer = await press('practitioner', 'markDone');
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(answer.value).toMatch(/^Sorry, only the LADO of this board can use \*\*Mark done\*\* on this alert/);
    expect(updatesOfCard()).toHaveLength(before);

    const fallbackReplies = await inChannel('practitioner').submits({ verb: 'markDone', reference, cardId });
    expect(textOf(fallbackReplies[0])).toContain('Nothing was changed.');

    const { rows } = await bot.app.db.query<{ actor: string }>("SELECT actor FROM audit_log WHERE record_id = $1 AND action = 'alert.actionRefused'", [recordId]);
    expect(rows.map((row) => row.actor)).toEqual([`aad:${PEOPLE.practitioner}`, `aad:${PEOPLE.practitioner}`]);
  });

  it('answers a refresh with the card as it stands, and marks done with no buttons left', async () => {
    const refreshed = await press('deputyLado', 'refreshAlert');
    expect(textOf({ attachments: [{ contentType: 'card', content: refreshed.value as Card }] })).toContain('Assigned');

    const done = (await press('deputyLado', 'markDone')).value as Card;
    expect(textOf({ attachments: [{ contentType: 'card', content: done }] })).toContain('Done');
    expect(done.actions).toBeUndefined();
    expect(adaptiveCardProblems(done)).toEqual([]);
  });
});
