import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';
import { slackRenderingOf } from '../../bot/slack/slackMessages.ts';
import { startAlertBot, submitCanaryReferral, teamsUser } from '../alerts/alertTestBoard.ts';
import { CANARY_STRINGS } from '../alerts/canaryRecord.ts';
import { TestConversation, textOf, type Reply } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';

const INSIGHT_PAGE = 'https://safeguarding.example.org/insight';

describe('"board report" in chat: last quarter’s headline figures for board staff, in a one-to-one chat', () => {
  let bot: BotUnderTest;
  const clock = { current: new Date('2026-08-03T12:00:00Z') };

  beforeAll(async () => {
    bot = await startAlertBot({ time: { now: () => clock.current }, env: { PUBLIC_URL: 'https://safeguarding.example.org' } });
    await submitCanaryReferral(bot, new Date('2026-08-03T09:00:00Z'));
    clock.current = new Date('2026-09-02T12:00:00Z');
    await submitCanaryReferral(bot, new Date('2026-09-01T09:00:00Z'));
    clock.current = new Date('2026-10-05T09:00:00Z');
  });
  afterAll(() => bot.stop());

  it('shows the business team a valid card for July to September with the figures, their sources and the insight page', async () => {
    const replies = await bot.conversation(teamsUser('businessTeam')).says('board report');
    const card = replies[0]?.attachments?.[0]?.content;
    expect(adaptiveCardProblems(card)).toEqual([]);
    const text = textOf(replies[0]);
    expect(text).toContain('Alert Test Partnership: board report, Wednesday 1 July 2026 to Wednesday 30 September 2026');
    // The canary referrals say the allegation came to attention on 2 March 2026: both reached the LADO months late.
    expect(text).toContain('0 of 2 (0%)');
    expect(text).toContain('Alerts unacknowledged past their due time (now)\n2');
    expect(text).toContain('LADO consultations and referrals');
    expect(text).toContain(INSIGHT_PAGE);
    expect(text).toContain('Sources');
    for (const canary of CANARY_STRINGS) expect(text).not.toContain(canary);
  });

  it('renders on Slack as blocks with the link', async () => {
    const replies = await bot.conversation(teamsUser('admin')).says('Board report.');
    const slack = slackRenderingOf(replies[0] as Reply);
    expect(JSON.stringify(slack?.messages)).toContain(INSIGHT_PAGE);
  });

  it('tells people without a board staff role that it is not for them', async () => {
    const text = TestConversation.textOf(await bot.conversation(teamsUser('practitioner')).says('board report'));
    expect(text).toBe('The board report is for the business team, chair and board admins of Alert Test Partnership. You do not hold one of those roles.');
  });

  it('moves a request in a channel to the private chat, with only a pointer in the thread', async () => {
    const shared = bot.conversation(teamsUser('businessTeam', { conversationType: 'channel' }));
    const text = TestConversation.textOf(await shared.says('board report'));
    expect(text).toBe('I’ve messaged you privately: case details stay in a one-to-one chat.');
    const privateChat = bot.connector.personalChatOf(shared.options.userId);
    expect(TestConversation.textOf(bot.connector.sent(privateChat!) as Reply[])).toContain('board report, Wednesday 1 July 2026');
  });
});
