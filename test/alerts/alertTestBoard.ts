import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { SubmissionReceipt } from '../../dialogs/ports.ts';
import type { ConversationOptions } from '../support/conversation.ts';
import { startBot, type BotUnderTest, type StartBotOptions } from '../support/startBot.ts';
import { canaryLadoReferral } from './canaryRecord.ts';

/** The board of test/alerts/fixtures/boards: one Teams tenant, one person per role. */
export const TEST_BOARD_ID = 'alert-test-board';
export const TEST_TENANT = '0a000000-0000-4000-8000-00000000e7e7';

export const PEOPLE = {
  admin: '0a000000-0000-4000-8000-0000000000ad',
  lado: '0a000000-0000-4000-8000-00000000014d',
  deputyLado: '0a000000-0000-4000-8000-00000000014e',
  businessTeam: '0a000000-0000-4000-8000-0000000000b5',
  practitioner: '0a000000-0000-4000-8000-000000000001',
} as const;

export const TEST_BOARD_DIR = fileURLToPath(new URL('./fixtures/boards/', import.meta.url));

export function startAlertBot(options: StartBotOptions = {}): Promise<BotUnderTest> {
  return startBot({ ...options, env: { BOARD_CONFIG_DIR: TEST_BOARD_DIR, DEFAULT_BOARD_ID: TEST_BOARD_ID, ...options.env } });
}

/** A Teams user of the test tenant, in a conversation of the given kind. */
export function teamsUser(who: keyof typeof PEOPLE, options: ConversationOptions = {}): ConversationOptions {
  return { channelId: 'msteams', tenantId: TEST_TENANT, aadObjectId: PEOPLE[who], userId: `29:${who}`, userName: `Test ${who}`, ...options };
}

/** A canary LADO referral submitted through the real submission service, as a flow would, from a practitioner's chat. */
export async function submitCanaryReferral(bot: BotUnderTest, startsAt: Date = new Date()): Promise<SubmissionReceipt> {
  return bot.app.submissions.submit({
    recordType: 'lado_referral',
    record: canaryLadoReferral(TEST_BOARD_ID),
    formInstanceId: randomUUID(),
    boardId: TEST_BOARD_ID,
    submitter: { identity: `aad:${PEOPLE.practitioner}`, displayName: 'Test practitioner' },
    conversation: {
      channelId: 'msteams',
      serviceUrl: bot.connector.url,
      conversation: { id: `practitioner-chat-${randomUUID()}`, conversationType: 'personal', isGroup: false, name: '' },
      bot: { id: 'bot-id', name: 'Safeguarding assistant' },
      user: { id: '29:practitioner', name: 'Test practitioner' },
    },
    clocks: [{ clockId: 'LADO_REPORT', startsAt }],
  });
}

/** Waits until `check` gives a value (background workers post alerts on their own time). */
export async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
