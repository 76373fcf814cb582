import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TENANT } from '../alerts/alertTestBoard.ts';
import { ADULT_NAME, ALLEGATION_TEXT, CHILD_NAMES, fillReferral, startReferral, VALID } from '../lado/ladoChat.ts';
import { formButton, next, textOf } from '../support/cardChat.ts';
import { newPractitioner } from '../support/newPractitioner.ts';
import { DraftReminderWorker } from '../../bot/drafts/draftReminderWorker.ts';
import type { ConversationOptions } from '../support/conversation.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';

const BOARD_DIR = fileURLToPath(new URL('./fixtures/boards/', import.meta.url));

/** The drafter the board names a manager for, and that manager (see the fixture board). */
const DRAFTER = '0a000000-0000-4000-8000-0000000000d1';
const MANAGER = '0a000000-0000-4000-8000-0000000000a1';

function teamsPerson(aadObjectId: string, conversationId: string): ConversationOptions {
  return { channelId: 'msteams', tenantId: TEST_TENANT, aadObjectId, userId: `29:${aadObjectId}`, userName: 'Test person', conversationId };
}

/** The allegation came to light on Monday 1 March 2027 at 10:15: the LADO must be told by the end of Tuesday 2 March. */
const KNOWN_AT = { date: '2027-03-01', time: '10:15' };
const WHILE_DRAFTING = new Date('2027-03-01T10:20:00Z');
/** The board's reminders: the working day before at close of business, and three working hours before the end of the due day. */
const EVE_OF_DUE_DAY = new Date('2027-03-01T17:05:00Z');
const DUE_DAY_AFTERNOON = new Date('2027-03-02T14:05:00Z');

describe('reminders about an unsubmitted LADO referral draft', () => {
  let dataDir: string;
  let bot: BotUnderTest;
  let now = WHILE_DRAFTING;
  const time = { now: () => now };
  const start = () => startBot({ dataDir, time, env: { BOARD_CONFIG_DIR: BOARD_DIR, DEFAULT_BOARD_ID: 'drafts-test-board' } });

  /** What the bot sent into a conversation on its own, outside any turn: the reminders. */
  const remindersIn = (conversationId: string) =>
    bot.connector
      .sent(conversationId)
      .map((activity) => String(activity.text ?? ''))
      .filter((text) => text.includes('not submitted yet'));

  async function remindersAt(at: Date): Promise<void> {
    now = at;
    await bot.app.draftReminders.runDueReminders(at);
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'draft-reminders-'));
    bot = await start();
  });
  afterAll(async () => {
    await bot?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reminds the drafter in their own chat at each of the board’s reminder times before the deadline, once each', async () => {
    now = WHILE_DRAFTING;
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, KNOWN_AT);
    await next(chat, VALID.referrer);
    expect(textOf(await chat.submits(formButton(chat, 'cancel')))).toContain('kept as a draft');

    await remindersAt(new Date('2027-03-01T16:55:00Z'));
    expect(remindersIn(chat.options.conversationId)).toEqual([]);

    await remindersAt(EVE_OF_DUE_DAY);
    await remindersAt(EVE_OF_DUE_DAY);
    expect(remindersIn(chat.options.conversationId)).toEqual([
      'Your LADO referral draft is not submitted yet. Tell the LADO: Due by the end of Tuesday 2 March 2027 (overdue from 00:00 Wednesday 3 March). 1 working day left. Type **resume my LADO referral** to carry on.',
    ]);

    await remindersAt(DUE_DAY_AFTERNOON);
    const reminders = remindersIn(chat.options.conversationId);
    expect(reminders).toHaveLength(2);
    expect(reminders[1]).toContain('Due today.');
  });

  it('sends no reminder once the referral is submitted', async () => {
    now = WHILE_DRAFTING;
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, KNOWN_AT);
    await fillReferral(chat);
    expect(textOf(await chat.submits(formButton(chat, 'confirm')))).toMatch(/LADO-2027-\d{6}/);
    await chat.submits({ choice: 'done' });

    await remindersAt(EVE_OF_DUE_DAY);
    await remindersAt(DUE_DAY_AFTERNOON);
    expect(remindersIn(chat.options.conversationId)).toEqual([]);
  });

  it('sends no reminder once the user deletes the draft to start a new one', async () => {
    now = WHILE_DRAFTING;
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, KNOWN_AT);
    await next(chat, VALID.referrer);
    await chat.says('cancel');
    expect(textOf(await chat.says('lado'))).toContain('You have a LADO referral in progress');
    expect(textOf(await chat.submits({ choice: 'new' }))).toContain('Is a child in immediate danger right now?');
    await chat.says('cancel');

    await remindersAt(EVE_OF_DUE_DAY);
    await remindersAt(DUE_DAY_AFTERNOON);
    expect(remindersIn(chat.options.conversationId)).toEqual([]);
  });

  it('sends no reminder after the draft has expired', async () => {
    now = new Date('2027-02-20T10:00:00Z');
    const chat = bot.conversation(newPractitioner());
    // Heard of on Friday 26 February: due by the end of Monday 1 March, eight days after the last change.
    await startReferral(chat, { date: '2027-02-26', time: '09:00' });
    await next(chat, VALID.referrer);

    await remindersAt(new Date('2027-03-01T14:05:00Z'));
    expect(remindersIn(chat.options.conversationId)).toEqual([]);
  });

  it('survives a restart without sending a reminder twice, and follows the user to the chat where they resumed', async () => {
    now = WHILE_DRAFTING;
    const person = newPractitioner();
    const chat = bot.conversation(person);
    await startReferral(chat, KNOWN_AT);
    await next(chat, VALID.referrer);
    await remindersAt(EVE_OF_DUE_DAY);
    expect(remindersIn(chat.options.conversationId)).toHaveLength(1);

    await bot.stop();
    bot = await start();

    now = new Date('2027-03-02T09:00:00Z');
    const later = bot.conversation({ ...person, conversationId: `later-${person.userId}` });
    expect(textOf(await later.says('resume my LADO referral'))).toContain('Welcome back');
    await Promise.all([bot.app.draftReminders.runDueReminders(EVE_OF_DUE_DAY), bot.app.draftReminders.runDueReminders(EVE_OF_DUE_DAY)]);
    await Promise.all([remindersAt(DUE_DAY_AFTERNOON), remindersAt(DUE_DAY_AFTERNOON)]);
    expect(remindersIn(later.options.conversationId)).toEqual([expect.stringContaining('Due today.')]);
  });

  it('sends a reminder once when two instances look for due reminders at the same moment', async () => {
    now = WHILE_DRAFTING;
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, KNOWN_AT);
    const sentByOther: string[] = [];
    const other = new DraftReminderWorker({
      db: bot.app.db,
      boardOf: (boardId) => bot.app.boards.board(boardId),
      messenger: {
        send: async (_conversation, activity) => {
          sentByOther.push(String(activity.text));
          return undefined;
        },
        update: async () => undefined,
      },
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
      workerId: 'second-instance',
    });

    now = EVE_OF_DUE_DAY;
    await Promise.all([bot.app.draftReminders.runDueReminders(EVE_OF_DUE_DAY), other.runDueReminders(EVE_OF_DUE_DAY)]);
    const mine = [...remindersIn(chat.options.conversationId), ...sentByOther.filter((text) => text.includes('not submitted yet'))];
    expect(mine).toHaveLength(1);
  });

  it('reminds the drafter’s manager too, in the manager’s own chat, and no reminder or log carries a name or case detail', async () => {
    now = WHILE_DRAFTING;
    const manager = bot.conversation(teamsPerson(MANAGER, `manager-chat-${Date.now()}`));
    await manager.says('hello');
    const chat = bot.conversation(teamsPerson(DRAFTER, `drafter-chat-${Date.now()}`));
    await startReferral(chat, KNOWN_AT);
    await fillReferral(chat);

    await remindersAt(EVE_OF_DUE_DAY);
    expect(remindersIn(chat.options.conversationId)).toHaveLength(1);
    const managerReminders = remindersIn(manager.options.conversationId);
    expect(managerReminders).toEqual([
      'Someone you manage has a LADO referral draft that is not submitted yet. Tell the LADO: Due by the end of Tuesday 2 March 2027 (overdue from 00:00 Wednesday 3 March). 1 working day left. Only they can see and submit it: please check they have what they need.',
    ]);

    const reminderText = [...remindersIn(chat.options.conversationId), ...managerReminders].join('\n');
    const logText = bot.logs.join('\n');
    for (const canary of [ADULT_NAME, ...CHILD_NAMES, ALLEGATION_TEXT, VALID.referrer.name, VALID.referrer.email, VALID.subject.address]) {
      expect(reminderText).not.toContain(canary);
      expect(logText).not.toContain(canary);
    }
    expect(reminderText).not.toContain('Test person');
  });
});
