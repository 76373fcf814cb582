import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestConversation, textOf, type Reply } from '../support/conversation.ts';
import { next } from '../support/cardChat.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { PERSONAL_COMMANDS, TEAM_AND_GROUP_COMMANDS } from '../../bot/packaging/teamsManifest.ts';
import { NORTHFIELD_MANAGER_OBJECT_ID, NORTHFIELD_TENANT, northfieldPerson, privateChatText, teamsChannelThread, teamsGroupChat } from './teamsShapes.ts';

const POINTER = 'I’ve messaged you privately: case details stay in a one-to-one chat.';

describe('Teams channels and group chats: case detail only in a private chat', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot?.stop());

  /** Everything the bot sent into a shared conversation. */
  const sentTo = (chat: TestConversation) => bot.connector.sent(chat.options.conversationId).map((activity) => textOf(activity as Reply));

  it('moves a threshold check started in a channel to a personal chat it creates, with nothing but a pointer in the channel', async () => {
    const person = northfieldPerson('Channel practitioner');
    const channel = bot.conversation({ ...person, ...teamsChannelThread() });

    await channel.mentionsBot('threshold');

    expect(sentTo(channel)).toEqual([POINTER]);
    const created = bot.connector.created.at(-1);
    expect(created?.parameters).toMatchObject({
      isGroup: false,
      bot: { id: 'bot-id' },
      members: [{ id: person.userId }],
      tenantId: NORTHFIELD_TENANT,
      channelData: { tenant: { id: NORTHFIELD_TENANT } },
    });
    expect(privateChatText(bot, person.userId!)).toContain('Immediate danger first');

    // The check carries on in the personal chat, as any one-to-one conversation does.
    const personal = bot.conversation({ ...person, conversationId: bot.connector.personalChatOf(person.userId!)! });
    personal.transcript.push(...(bot.connector.sent(personal.options.conversationId) as Reply[]));
    const about = textOf((await next(personal, { redFlags: '' })).at(-1));
    expect(about).toContain('About you and the child');
    expect(sentTo(channel)).toEqual([POINTER]);
  });

  it('moves a LADO allegation started in a group chat to a personal chat', async () => {
    const person = northfieldPerson('Group chat practitioner');
    const group = bot.conversation({ ...person, ...teamsGroupChat() });
    await group.mentionsBot('lado');
    expect(sentTo(group)).toEqual([POINTER]);
    expect(privateChatText(bot, person.userId!)).toContain('Is a child in immediate danger right now?');
  });

  it('moves a serious incident started in a channel by a manager to a personal chat', async () => {
    const manager = northfieldPerson('Northfield manager', NORTHFIELD_MANAGER_OBJECT_ID);
    const channel = bot.conversation({ ...manager, ...teamsChannelThread() });
    await channel.mentionsBot('serious incident');
    expect(sentTo(channel)).toEqual([POINTER]);
    expect(privateChatText(bot, manager.userId!)).toContain('The criteria under');
  });

  it('says how to add the app when Teams refuses the personal chat (not installed for the person), and shows nothing of the case', async () => {
    const person = northfieldPerson('Practitioner without the app');
    bot.connector.notInstalledFor.add(person.userId!);
    const channel = bot.conversation({ ...person, ...teamsChannelThread() });
    const [reply, ...others] = await channel.mentionsBot('threshold');
    expect(others).toEqual([]);
    expect(textOf(reply)).toContain('I couldn’t open a private chat with you: the app isn’t added for you yet.');
    expect(textOf(reply)).toContain('select **Apps**, find **Safeguarding assistant**');
    expect(textOf(reply)).not.toContain('Red flags');
    expect(bot.connector.personalChatOf(person.userId!)).toBeUndefined();
  });

  it('keeps each person’s state apart in one thread: one person’s menu never answers another’s message', async () => {
    const thread = teamsChannelThread();
    const first = bot.conversation({ ...northfieldPerson('First'), ...thread });
    const second = bot.conversation({ ...northfieldPerson('Second'), ...thread });

    await first.mentionsBot('menu');
    // The first person's menu is waiting for a choice; the second person's words are their own.
    const secondReply = TestConversation.textOf(await second.mentionsBot('good morning'));
    expect(secondReply).toContain('Hello. I’m the safeguarding assistant'.replace('’', "'"));
    expect(secondReply).not.toContain("didn't understand");
    expect(TestConversation.textOf(await first.mentionsBot('bananas'))).toContain("Sorry, I didn't understand that.");

    // Both start a check: each gets their own personal chat.
    await first.submits({ choice: 'threshold' });
    await second.mentionsBot('threshold');
    const firstChat = bot.connector.personalChatOf(first.options.userId);
    const secondChat = bot.connector.personalChatOf(second.options.userId);
    expect(firstChat).toBeDefined();
    expect(secondChat).toBeDefined();
    expect(firstChat).not.toBe(secondChat);
    expect(privateChatText(bot, first.options.userId)).toContain('Immediate danger first');
    expect(privateChatText(bot, second.options.userId)).toContain('Immediate danger first');
  });

  it('refuses politely a form card pressed in a shared conversation: forms belong to one person’s private chat', async () => {
    const channel = bot.conversation({ ...northfieldPerson('Card presser'), ...teamsChannelThread() });
    const replies = await channel.submits({ form: 'threshold-redFlags', instance: 'someone-elses', section: 'redFlags', intent: 'next', redFlags: '' });
    expect(TestConversation.textOf(replies)).toContain('That card belongs to someone else’s conversation with me');
    expect(replies).toHaveLength(1);
  });

  it.each([
    ['help', '**What I can do**'],
    ['cancel', 'There is nothing to cancel.'],
    ['start over', 'Hello.'],
    ['menu', 'What would you like to do?'],
  ])('understands “@bot %s” in a channel exactly as in a personal chat', async (command, expected) => {
    const channel = bot.conversation({ ...northfieldPerson('Mentioner'), ...teamsChannelThread() });
    expect(TestConversation.textOf(await channel.mentionsBot(command))).toContain(expected);
  });

  it.each(TEAM_AND_GROUP_COMMANDS.map((command) => command.title))('answers the manifest’s channel command “@bot %s” in a channel', async (title) => {
    const channel = bot.conversation({ ...northfieldPerson('Command tester'), ...teamsChannelThread() });
    const answer = TestConversation.textOf(await channel.mentionsBot(title));
    expect(answer).not.toBe('');
    expect(answer).not.toContain("didn't understand");
  });

  it.each(PERSONAL_COMMANDS.map((command) => command.title))('answers the manifest’s personal command “%s” in a personal chat', async (title) => {
    const personal = bot.conversation(northfieldPerson('Personal command tester'));
    const answer = TestConversation.textOf(await personal.says(title));
    expect(answer).not.toBe('');
    expect(answer).not.toContain("didn't understand");
  });

  it('cancels with “@bot cancel” what the person had started in the thread', async () => {
    const channel = bot.conversation({ ...northfieldPerson('Canceller'), ...teamsGroupChat() });
    await channel.mentionsBot('menu');
    const cancelled = TestConversation.textOf(await channel.mentionsBot('cancel'));
    expect(cancelled).toContain('There is nothing to cancel.');
    expect(cancelled).not.toContain("didn't understand");
  });

  it('shows the menu in a channel as a small card with buttons (Teams shows suggested actions only in personal chats)', async () => {
    const channel = bot.conversation({ ...northfieldPerson('Menu reader'), ...teamsChannelThread() });
    const replies = await channel.mentionsBot('menu');
    expect(replies.every((reply) => reply.suggestedActions === undefined)).toBe(true);
    const menu = replies.find((reply) => reply.attachments !== undefined);
    const card = menu?.attachments?.[0]?.content as { actions?: unknown; body: Array<{ type: string; actions?: Array<{ type: string; title: string; data: unknown }> }> };
    const buttons = card.body.filter((element) => element.type === 'ActionSet').flatMap((set) => set.actions ?? []);
    expect(buttons.map((button) => button.type)).toEqual(['Action.Submit', 'Action.Submit', 'Action.Submit', 'Action.Submit']);
    expect(buttons.map((button) => button.data)).toEqual([{ choice: 'threshold' }, { choice: 'lado' }, { choice: 'seriousIncident' }, { choice: 'help' }]);

    const personal = bot.conversation(northfieldPerson('Personal menu reader'));
    expect((await personal.says('menu')).some((reply) => reply.suggestedActions !== undefined)).toBe(true);
  });
});
