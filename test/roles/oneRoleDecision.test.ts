import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startAlertBot, submitCanaryReferral, teamsUser } from '../alerts/alertTestBoard.ts';
import { TestConversation, type Reply } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { teamsChannelThread } from '../sharedConversations/teamsShapes.ts';

const CHANNEL = '19:one-role-decision@thread.tacv2';
const NEWCOMER = { id: randomUUID(), name: 'Nia Newcomer' };

type Card = { actions?: Array<{ data: { cardId: string } }>; refresh?: { userIds?: string[] } };
type InvokeAnswer = { type: string; value: Card | string };

/**
 * A role given in chat counts everywhere at once, and stops counting everywhere once removed: in the dialogs
 * (open items), on alert card buttons (Universal Actions) and in who a Teams card refreshes for.
 */
describe('one role decision for every part of the bot', () => {
  let bot: BotUnderTest;
  let reference: string;
  let cardId: string;
  let cardActivityId: string;
  const thread = teamsChannelThread(CHANNEL);

  beforeAll(async () => {
    bot = await startAlertBot();
    await bot.conversation(teamsUser('admin', thread)).mentionsBot('register this channel for LADO alerts');
    ({ reference } = await submitCanaryReferral(bot));
    const posted = await eventually(() => bot.connector.calls.find((call) => call.kind === 'send' && call.conversationId === CHANNEL && (call.activity as Reply).attachments));
    cardId = ((posted.activity as Reply).attachments?.[0]?.content as Card).actions?.[0]?.data.cardId ?? '';
    cardActivityId = posted.activityId ?? '';
  }, 120_000);
  afterAll(() => bot?.stop());

  const newcomer = (options = {}) =>
    bot.conversation({ channelId: 'msteams', tenantId: '0a000000-0000-4000-8000-00000000e7e7', aadObjectId: NEWCOMER.id, userId: `29:${NEWCOMER.id}`, userName: NEWCOMER.name, ...options });
  const adminSays = async (words: string) => {
    const admin = bot.conversation(teamsUser('admin'));
    const mention = `<at>${NEWCOMER.name}</at>`;
    const entities = [{ type: 'mention', text: mention, mentioned: { id: `29:${NEWCOMER.id}`, name: NEWCOMER.name, aadObjectId: NEWCOMER.id } }];
    return TestConversation.textOf((await admin.expectOk(admin.activity({ type: 'message', text: `${words} ${mention}`, entities }))).replies);
  };
  const refreshes = async (): Promise<InvokeAnswer> => {
    const chat = newcomer(thread);
    const activity = chat.activity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: cardActivityId,
      value: { action: { type: 'Action.Execute', verb: 'refreshAlert', data: { verb: 'refreshAlert', cardId, reference } }, trigger: 'automatic' },
    });
    return (await chat.post(activity)).body as InvokeAnswer;
  };
  const openItems = async () => TestConversation.textOf(await newcomer().says('open items'));

  it('answers the same for a newcomer everywhere before, while and after they hold the role', async () => {
    expect(await openItems()).toContain('Open items are for the board staff');
    expect(JSON.stringify((await refreshes()).value)).toContain('Sorry, only');

    expect(await adminSays('add LADO')).toContain('is now LADO of Alert Test Partnership');
    expect(await openItems()).toContain(reference);
    const card = (await refreshes()).value as Card;
    expect(card.refresh?.userIds).toContain(`8:orgid:${NEWCOMER.id}`);

    expect(await adminSays('remove LADO')).toContain('is no longer LADO');
    expect(await openItems()).toContain('Open items are for the board staff');
    expect(JSON.stringify((await refreshes()).value)).toContain('Sorry, only');
  });

  it('lets the insight page follow the same decision: a role given in chat opens it, and removing it closes it', async () => {
    const admin = bot.conversation(teamsUser('admin'));
    const adminTypes = async (words: string) => TestConversation.textOf(await admin.says(words));
    const insightStatus = async () => (await fetch(`${bot.baseUrl}/insight?user=nia.newcomer`)).status;

    expect(await insightStatus()).toBe(403);
    expect(await adminTypes('add auditor local:nia.newcomer')).toContain('is now');
    expect(await insightStatus()).toBe(200);
    expect(await adminTypes('remove auditor local:nia.newcomer')).toContain('is no longer');
    expect(await insightStatus()).toBe(403);
  });
});
