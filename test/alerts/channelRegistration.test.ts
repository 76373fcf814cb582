import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestConversation } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { PEOPLE, startAlertBot, teamsUser } from './alertTestBoard.ts';

describe('registering a conversation for alerts, in chat', () => {
  let bot: BotUnderTest;

  beforeAll(async () => {
    bot = await startAlertBot();
  });
  afterAll(() => bot.stop());

  const channel = (who: keyof typeof PEOPLE, name: string) => bot.conversation(teamsUser(who, { conversationType: 'channel', conversationId: `19:${name}@thread.tacv2;messageid=1700000000000` }));

  it('registers a Teams channel for LADO alerts when a board admin asks, and says so', async () => {
    const admins = channel('admin', 'lado-duty-team');
    const replies = await admins.says('<at>Safeguarding assistant</at> register this channel for LADO alerts');
    expect(TestConversation.textOf(replies)).toContain('This channel now receives the **lado-duty** alerts: LADO referral, LADO consultation.');

    const here = await admins.says('which alerts come here?');
    expect(TestConversation.textOf(here)).toContain('- **lado-duty**: LADO referral, LADO consultation');
  });

  it('registers by route name and for operations alerts too', async () => {
    const ops = channel('admin', 'operations-team');
    expect(TestConversation.textOf(await ops.says('register this channel for operations alerts'))).toContain('**operations** alerts: Board operations');
    expect(TestConversation.textOf(await ops.says('register this channel for business-team alerts'))).toContain('**business-team** alerts: Serious incident notification');
    expect(TestConversation.textOf(await ops.says('which alerts come here'))).toMatch(/business-team[\s\S]*operations/);
  });

  it('tells anyone else who can do it, and changes nothing', async () => {
    const staff = channel('businessTeam', 'someone-elses-channel');
    const replies = await staff.says('register this channel for serious incident alerts');
    expect(TestConversation.textOf(replies)).toContain('Only a board admin of Alert Test Partnership can choose where alerts go.');
    expect(TestConversation.textOf(await staff.says('which alerts come here'))).toContain('No board alerts come to this channel.');
  });

  it('lists the board’s routes when the alerts asked for are unknown', async () => {
    const replies = await channel('admin', 'cake-channel').says('register this channel for cake alerts');
    const text = TestConversation.textOf(replies);
    expect(text).toContain('I don’t know “cake” alerts.');
    expect(text).toContain('- **lado-duty**: LADO referral, LADO consultation');
  });

  it('unregisters a conversation when a board admin asks', async () => {
    const temporary = channel('admin', 'temporary');
    await temporary.says('register this channel for LADO alerts');
    expect(TestConversation.textOf(await temporary.says('unregister this channel'))).toContain('This channel no longer receives these alerts:\n- **lado-duty**');
    expect(TestConversation.textOf(await temporary.says('which alerts come here'))).toContain('No board alerts come to this channel.');
  });

  it('audits who registered which route, with no conversation content', async () => {
    await channel('admin', 'audited').says('register this channel for SCR alerts');
    const { rows } = await bot.app.db.query<{ actor: string; detail: Record<string, unknown> }>("SELECT actor, detail FROM audit_log WHERE action = 'alertChannel.registered' ORDER BY id");
    expect(rows.at(-1)).toEqual({ actor: `aad:${PEOPLE.admin}`, detail: { boardId: 'alert-test-board', route: 'business-team', channel: 'msteams' } });
  });
});
