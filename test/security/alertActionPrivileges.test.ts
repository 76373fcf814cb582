import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, PEOPLE, startAlertBot, submitCanaryReferral, teamsUser } from '../alerts/alertTestBoard.ts';
import { canaryLadoReferral } from '../alerts/canaryRecord.ts';
import { buttonsOf, textOf as slackTextOf } from '../slack/slackChat.ts';
import { LADO_CHANNEL as SLACK_LADO_CHANNEL, PEOPLE as SLACK_PEOPLE, SLACK_BOARD_ID, startSlackBot, type SlackBotUnderTest } from '../slack/slackTestBot.ts';
import { textOf, type Reply } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';

const LADO_CHANNEL = '19:lado-privileges@thread.tacv2';
const A_YEAR_ON = 365 * 24 * 60 * 60_000;

type Card = Record<string, unknown> & { actions?: Array<{ title: string; data: { cardId: string } }> };

/** The board item's progress as stored: what every alert card and reminder reads. */
async function itemState(bot: BotUnderTest, recordId: string): Promise<string | undefined> {
  const { rows } = await bot.app.db.query<{ state: string }>('SELECT state FROM board_items WHERE record_id = $1', [recordId]);
  return rows[0]?.state;
}

async function auditActions(bot: BotUnderTest, recordId: string, prefix: string): Promise<Array<[string, string]>> {
  const { rows } = await bot.app.db.query<{ actor: string; action: string }>('SELECT actor, action FROM audit_log WHERE record_id = $1 AND action LIKE $2 ORDER BY id', [recordId, `${prefix}%`]);
  return rows.map((row) => [row.actor, row.action]);
}

describe('alert actions on Teams: only the roles that may open the record type', () => {
  let bot: BotUnderTest;
  let reference: string;
  let recordId: string;
  let postedId: string | undefined;
  let cardId: string;

  beforeAll(async () => {
    bot = await startAlertBot();
    await bot.conversation(teamsUser('admin', { conversationType: 'channel', conversationId: LADO_CHANNEL })).says('register this channel for LADO alerts');
    ({ reference, recordId } = await submitCanaryReferral(bot));
    const posted = await eventually(() => bot.connector.calls.find((call) => call.kind === 'send' && call.conversationId === LADO_CHANNEL && (call.activity as Reply).attachments));
    postedId = posted.activityId;
    cardId = ((posted.activity as Reply).attachments?.[0]?.content as Card).actions?.[0]?.data.cardId ?? '';
  });
  afterAll(() => bot?.stop());

  const inChannel = (who: keyof typeof PEOPLE) => bot.conversation(teamsUser(who, { conversationType: 'channel', conversationId: LADO_CHANNEL }));
  const cardUpdates = () => bot.connector.calls.filter((call) => call.kind === 'update' && call.activityId === postedId);

  /** Teams' Universal Action invoke; the body of the invoke response. */
  async function press(who: keyof typeof PEOPLE, verb: string): Promise<{ type: string; value: unknown }> {
    const conversation = inChannel(who);
    const outcome = await conversation.post(
      conversation.activity({ type: 'invoke', name: 'adaptiveCard/action', replyToId: postedId, value: { action: { type: 'Action.Execute', verb, data: { verb, reference, cardId } } } }),
    );
    expect(outcome.status).toBe(200);
    return outcome.body as { type: string; value: unknown };
  }

  it('refuses the business team every action on a LADO alert, in both card shapes, naming who may; the reminders still come', async () => {
    for (const verb of ['acknowledge', 'assignToMe', 'markDone', 'ladoTakeForDecision']) {
      const answer = await press('businessTeam', verb);
      expect(answer.type).toBe('application/vnd.microsoft.activity.message');
      expect(answer.value).toMatch(/^Sorry, only the LADO of this board can use \*\*.+\*\* on this alert\. Nothing was changed\./);
    }
    const fallback = await inChannel('businessTeam').submits({ verb: 'acknowledge', reference, cardId });
    expect(textOf(fallback[0])).toContain('only the LADO of this board');
    const admin = await press('admin', 'markDone');
    expect(admin.value).toContain('only the LADO');

    expect(await itemState(bot, recordId)).toBe('open');
    expect(cardUpdates()).toEqual([]);
    expect(await auditActions(bot, recordId, 'alert.actionRefused')).toEqual([
      ...Array.from({ length: 5 }, () => [`aad:${PEOPLE.businessTeam}`, 'alert.actionRefused']),
      [`aad:${PEOPLE.admin}`, 'alert.actionRefused'],
    ]);

    const round = await bot.app.scheduler.runDueTimers(new Date(Date.now() + A_YEAR_ON));
    expect(round.skipped).toBe(0);
    expect(round.fired).toBeGreaterThanOrEqual(1);
    const reminders = bot.connector
      .sent(LADO_CHANNEL)
      .map((activity) => textOf(activity as Reply))
      .filter((text) => text.includes('LADO_REPORT'));
    expect(reminders.some((text) => text.includes(reference))).toBe(true);
  });

  it('lets the LADO acknowledge: the card changes for everyone and the press is audited', async () => {
    const answer = await press('lado', 'acknowledge');
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(await itemState(bot, recordId)).toBe('acknowledged');
    expect(cardUpdates()).toHaveLength(1);
    expect((await auditActions(bot, recordId, 'alert.acknowledge')).at(-1)).toEqual([`aad:${PEOPLE.lado}`, 'alert.acknowledge']);
  });

  it('answers a refresh only to those who may open the record, and audits each', async () => {
    const refused = await press('businessTeam', 'refreshAlert');
    expect(refused.type).toBe('application/vnd.microsoft.activity.message');
    expect(refused.value).toContain('only the LADO of this board can see this alert');
    expect(JSON.stringify(refused)).not.toContain('Acknowledged');

    const refreshed = await press('lado', 'refreshAlert');
    expect(refreshed.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textOf({ attachments: [{ contentType: 'card', content: refreshed.value as Card }] })).toContain('Acknowledged');
    expect(await auditActions(bot, recordId, 'alert.refresh')).toEqual([
      [`aad:${PEOPLE.businessTeam}`, 'alert.refreshRefused'],
      [`aad:${PEOPLE.lado}`, 'alert.refreshed'],
    ]);
  });
});

describe('alert actions in Slack: the same rule on the interactivity route', () => {
  let harness: SlackBotUnderTest;
  beforeAll(async () => {
    harness = await startSlackBot();
  });
  afterAll(() => harness?.stop());

  it('refuses a board admin who may not open LADO records, and lets the LADO acknowledge', async () => {
    const admin = harness.chat(SLACK_PEOPLE.admin, SLACK_LADO_CHANNEL);
    await admin.says('register this channel for LADO alerts');
    const { reference, recordId } = await harness.bot.app.submissions.submit({
      recordType: 'lado_referral',
      record: canaryLadoReferral(SLACK_BOARD_ID),
      formInstanceId: randomUUID(),
      boardId: SLACK_BOARD_ID,
      submitter: { identity: `slack:${harness.requests.teamId}:${SLACK_PEOPLE.practitioner}` },
      conversation: { channelId: 'slack', conversation: { id: `${harness.requests.teamId}:D0PRACT`, isGroup: false, conversationType: 'personal', name: '' } },
      clocks: [{ clockId: 'LADO_REPORT', startsAt: new Date() }],
    });
    const alert = await harness.slack.waitFor(() => admin.messages.find((message) => slackTextOf([message]).includes(reference)));
    expect(buttonsOf(alert).map((button) => button.text.text)).toContain('Acknowledge');

    expect((await admin.pressOnly('Acknowledge', alert)).status).toBe(200);
    const refusal = await harness.slack.waitFor(() => harness.slack.calls.find((call) => call.method.startsWith('chat.post') && String(call.args.text ?? '').includes('only the LADO of this board')));
    expect(refusal.args.text).toContain('Nothing was changed');
    expect(alert.updates).toBe(0);
    expect(await itemState(harness.bot, recordId)).toBe('open');

    expect((await harness.chat(SLACK_PEOPLE.lado, SLACK_LADO_CHANNEL).pressOnly('Acknowledge', alert)).status).toBe(200);
    await harness.slack.waitFor(() => (alert.updates > 0 ? true : undefined));
    expect(await itemState(harness.bot, recordId)).toBe('acknowledged');
  });
});
