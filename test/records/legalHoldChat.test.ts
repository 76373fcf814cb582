import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestConversation } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { PEOPLE, startAlertBot, submitCanaryReferral, teamsUser } from '../alerts/alertTestBoard.ts';

describe('legal holds in chat', () => {
  let bot: BotUnderTest;
  let reference: string;
  let recordId: string;

  beforeAll(async () => {
    bot = await startAlertBot();
    ({ reference, recordId } = await submitCanaryReferral(bot));
  });
  afterAll(() => bot.stop());

  const holdsOf = async (id: string) =>
    (await bot.app.db.query<{ reason: string; placed_by: string; lifted_at: Date | null }>('SELECT reason, placed_by, lifted_at FROM legal_holds WHERE record_id = $1 ORDER BY placed_at', [id])).rows;

  it('places and lifts a hold on a record when a board admin asks in a one-to-one chat, with the reason kept', async () => {
    const admin = bot.conversation(teamsUser('admin'));
    const placed = TestConversation.textOf(await admin.says(`hold ${reference.toLowerCase()} because IICSA request`));
    expect(placed).toBe(`Legal hold placed on 1 record(s). They will not be purged until the hold is lifted:\n- ${reference}`);
    expect(await holdsOf(recordId)).toEqual([{ reason: 'IICSA request', placed_by: `aad:${PEOPLE.admin}`, lifted_at: null }]);

    const lifted = TestConversation.textOf(await admin.says(`lift hold ${reference} because request withdrawn`));
    expect(lifted).toBe(`Legal hold lifted on 1 record(s). They are purged when their retention period has ended:\n- ${reference}`);
    const { rows } = await bot.app.db.query<{ action: string }>("SELECT action FROM audit_log WHERE record_id = $1 AND action LIKE 'record.hold%' ORDER BY id", [recordId]);
    expect(rows.map((row) => row.action)).toEqual(['record.hold_placed', 'record.hold_lifted']);
  });

  it('holds every record of a case', async () => {
    const replies = await bot.conversation(teamsUser('admin')).says(`hold case ${reference} because litigation`);
    expect(TestConversation.textOf(replies)).toContain(`- ${reference}`);
    await bot.conversation(teamsUser('admin')).says(`lift hold case ${reference} because settled`);
  });

  it('explains how to say it when the reason or the reference is missing', async () => {
    const admin = bot.conversation(teamsUser('admin'));
    for (const said of [`hold ${reference}`, 'hold person because of the court case', 'lift hold', 'legal hold']) {
      expect(TestConversation.textOf(await admin.says(said))).toContain('To place a legal hold, say what and why, for example:');
    }
    expect(TestConversation.textOf(await admin.says(`hold ${reference} because x`))).toBe('The reason: give a reason (for example "IICSA request" or "litigation"). Nothing has changed.');
    expect(TestConversation.textOf(await admin.says('hold LADO-1999-000001 because litigation'))).toBe('I found no record of Alert Test Partnership for LADO-1999-000001, so no hold was placed.');
  });

  it('leaves everyday uses of the word alone', async () => {
    const replies = await bot.conversation(teamsUser('practitioner')).says('hold on');
    expect(TestConversation.textOf(replies)).not.toMatch(/legal hold/i);
  });

  it('refuses people who are not board admins, and every shared conversation', async () => {
    const lado = TestConversation.textOf(await bot.conversation(teamsUser('lado')).says(`hold ${reference} because litigation`));
    expect(lado).toBe('Only a board admin of Alert Test Partnership can place or lift a legal hold. Nothing has changed.');
    const channel = bot.conversation(teamsUser('admin', { conversationType: 'channel', conversationId: '19:holds@thread.tacv2;messageid=1700000000001' }));
    expect(TestConversation.textOf(await channel.says(`<at>Safeguarding assistant</at> hold ${reference} because litigation`))).toBe(
      'Legal holds are placed and lifted in a one-to-one chat with me, not here: nothing has changed.',
    );
    expect((await holdsOf(recordId)).filter((hold) => hold.lifted_at === null)).toEqual([]);
  });
});
