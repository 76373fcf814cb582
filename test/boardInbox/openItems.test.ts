import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';
import { TestConversation, textOf, type Reply } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { PEOPLE, startAlertBot, submitCanaryReferral, teamsUser } from '../alerts/alertTestBoard.ts';
import { CANARY_NAME, CANARY_STRINGS } from '../alerts/canaryRecord.ts';

describe('board staff open items: listed by role, opened only in a one-to-one chat', () => {
  let bot: BotUnderTest;
  let reference: string;
  let recordId: string;

  beforeAll(async () => {
    bot = await startAlertBot();
    ({ reference, recordId } = await submitCanaryReferral(bot, new Date('2026-03-02T10:00:00Z')));
    await bot.app.alerting.worker.runOnce();
  });
  afterAll(() => bot.stop());

  const chatWith = (who: keyof typeof PEOPLE) => bot.conversation(teamsUser(who));
  const say = async (conversation: TestConversation, text: string) => TestConversation.textOf(await conversation.says(text));

  it('lists the LADO’s open LADO records with reference, type, status and due time', async () => {
    const text = await say(chatWith('lado'), 'my open items');
    expect(text).toContain('**Open items (1)**');
    expect(text).toContain(`- **${reference}** · LADO referral · New: not yet acknowledged · By the end of Tuesday 3 March 2026`);
    for (const canary of CANARY_STRINGS) expect(text).not.toContain(canary);
  });

  it('shows the business team only the records their role covers, and tells others what open items are', async () => {
    expect(await say(chatWith('businessTeam'), 'open items')).toBe('There are no open items for you right now.');
    expect(await say(chatWith('practitioner'), 'open items')).toContain('Open items are for the board staff of Alert Test Partnership');
  });

  it('opens a record with its details for the LADO in a one-to-one chat, and audits the view', async () => {
    const replies = await chatWith('lado').says(`open ${reference.toLowerCase()}`);
    const card = replies[0]?.attachments?.[0]?.content;
    expect(adaptiveCardProblems(card)).toEqual([]);
    const text = textOf(replies[0]);
    expect(text).toContain(`LADO referral ${reference}`);
    expect(text).toContain('OFFICIAL-SENSITIVE');
    expect(text).toContain('The adult the allegation is about › Full name');
    expect(text).toContain(CANARY_NAME);

    const { rows } = await bot.app.db.query<{ actor: string }>("SELECT actor FROM audit_log WHERE record_id = $1 AND action = 'record.viewed'", [recordId]);
    expect(rows).toEqual([{ actor: `aad:${PEOPLE.lado}` }]);
  });

  it.each(['channel', 'groupChat'] as const)('opens a record asked for in a %s in the private chat, with only a pointer in the thread', async (conversationType) => {
    const shared = bot.conversation(teamsUser('lado', { conversationType }));
    const text = await say(shared, `open ${reference}`);
    expect(text).toBe('I’ve messaged you privately: case details stay in a one-to-one chat.');
    for (const canary of CANARY_STRINGS) expect(text).not.toContain(canary);
    const privateChat = bot.connector.personalChatOf(shared.options.userId);
    expect(TestConversation.textOf(bot.connector.sent(privateChat!) as Reply[])).toContain(CANARY_NAME);
  });

  it('does not open a LADO record for someone whose role does not cover it, and audits the attempt', async () => {
    const text = await say(chatWith('businessTeam'), `open ${reference}`);
    expect(text).toBe(`I can’t find a record ${reference} that you may open. Type **open items** to see the ones you can.`);
    const { rows } = await bot.app.db.query<{ actor: string }>("SELECT actor FROM audit_log WHERE record_id = $1 AND action = 'record.viewRefused'", [recordId]);
    expect(rows).toEqual([{ actor: `aad:${PEOPLE.businessTeam}` }]);
  });
});
