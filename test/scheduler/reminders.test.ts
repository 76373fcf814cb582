import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf, type Reply } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { eventually, startAlertBot, submitCanaryReferral, teamsUser } from '../alerts/alertTestBoard.ts';
import { CANARY_STRINGS } from '../alerts/canaryRecord.ts';

const LADO_CHANNEL = '19:lado-reminders@thread.tacv2';
const MINUTE = 60_000;

describe('reminders fired by the scheduler from stored timers', () => {
  let dataDir: string;
  let bot: BotUnderTest;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'scheduler-restart-'));
  });
  afterAll(async () => {
    await bot.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const remindersIn = (conversationId: string) =>
    bot.connector
      .sent(conversationId)
      .map((activity) => textOf(activity as Reply))
      .filter((text) => text.includes('LADO_REPORT'));

  it('fires a reminder once, at its time, to the route’s conversation, and not again after a restart', async () => {
    bot = await startAlertBot({ dataDir });
    await bot.conversation(teamsUser('admin', { conversationType: 'channel', conversationId: LADO_CHANNEL })).says('register this channel for LADO alerts');
    const { reference, recordId } = await submitCanaryReferral(bot);
    const { rows: timers } = await bot.app.db.query<{ id: string; fire_at: Date }>('SELECT id, fire_at FROM timers WHERE record_id = $1 ORDER BY fire_at', [recordId]);
    const first = timers[0];
    if (!first) throw new Error('the submission stored no timers');

    expect(await bot.app.scheduler.runDueTimers(new Date(first.fire_at.getTime() - MINUTE))).toEqual({ fired: 0, skipped: 0, deferred: 0 });
    expect(remindersIn(LADO_CHANNEL)).toEqual([]);

    expect((await bot.app.scheduler.runDueTimers(first.fire_at)).fired).toBe(1);
    const reminders = remindersIn(LADO_CHANNEL);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toContain(reference);
    for (const canary of CANARY_STRINGS) expect(reminders[0]).not.toContain(canary);

    expect((await bot.app.scheduler.runDueTimers(first.fire_at)).fired).toBe(0);
    await bot.stop();

    bot = await startAlertBot({ dataDir });
    expect((await bot.app.scheduler.runDueTimers(first.fire_at)).fired).toBe(0);
    expect(bot.connector.calls).toEqual([]);
    const { rows: audit } = await bot.app.db.query<{ detail: { timerId: string; sentTo: string } }>("SELECT detail FROM audit_log WHERE record_id = $1 AND action = 'timer.fired'", [recordId]);
    expect(audit.map((entry) => [entry.detail.timerId, entry.detail.sentTo])).toEqual([[first.id, 'route:lado-duty']]);
  });

  it('sends no more reminders for a record board staff have marked done', async () => {
    const ladoChannel = bot.conversation(teamsUser('lado', { conversationType: 'channel', conversationId: LADO_CHANNEL }));
    await bot.conversation(teamsUser('admin', { conversationType: 'channel', conversationId: LADO_CHANNEL })).says('register this channel for LADO alerts');
    const { reference } = await submitCanaryReferral(bot);
    const card = await eventually(() => bot.connector.sent(LADO_CHANNEL).find((activity) => textOf(activity as Reply).includes(reference)) as Reply | undefined);
    const cardId = (card.attachments?.[0]?.content.actions as Array<{ data: { cardId: string } }>)[0]?.data.cardId;
    await ladoChannel.submits({ verb: 'markDone', reference, cardId });

    const round = await bot.app.scheduler.runDueTimers(new Date(Date.now() + 365 * 24 * 60 * MINUTE));
    expect(round.skipped).toBeGreaterThanOrEqual(1);
    expect(remindersIn(LADO_CHANNEL).filter((text) => text.includes(reference))).toEqual([]);
  });

  it('reports overdue timers, delivery backlog and unposted alerts as counts on /metrics', async () => {
    // With the LADO channel unregistered and no operations channel, the record's timers have nowhere to go.
    await bot.conversation(teamsUser('admin', { conversationType: 'channel', conversationId: LADO_CHANNEL })).says('unregister this channel');
    const { recordId } = await submitCanaryReferral(bot);
    await bot.app.db.query('UPDATE timers SET fire_at = $2 WHERE record_id = $1', [recordId, new Date(Date.now() - 60 * MINUTE)]);

    const response = await fetch(`${bot.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    const status = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(status).sort()).toEqual(['alertsUnposted', 'deliveriesParked', 'deliveryBacklog', 'timersOverdue']);
    expect(status.timersOverdue).toBeGreaterThanOrEqual(1);
    expect(Object.values(status).every((value) => Number.isInteger(value))).toBe(true);
  });
});
