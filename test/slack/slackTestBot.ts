import { randomUUID } from 'node:crypto';
import { FakeSlackApi } from '../support/fakeSlackApi.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { testBoardConfig, WEBHOOK_SECRET, WEBHOOK_SECRET_ENV, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';
import { SlackChat } from './slackChat.ts';
import { SlackRequests } from './slackRequests.ts';

/** The test board's Slack workspace, its credentials, and one person per role. */
export const TEAM = 'T0SLACKTEST';
export const SIGNING_SECRET = 'test-slack-signing-secret-5f1e0c2a9b7d';
export const BOT_TOKEN = 'xoxb-test-slack-bot-token';
export const SLACK_BOARD_ID = 'slack-board';
export const PEOPLE = { admin: 'U0ADMIN', lado: 'U0LADO', practitioner: 'U0PRACT' } as const;
export const LADO_CHANNEL = 'C0LADODUTY';

export interface SlackBotUnderTest {
  bot: BotUnderTest;
  slack: FakeSlackApi;
  requests: SlackRequests;
  /** A person in a conversation; without a channel, their own one-to-one chat with the bot. */
  chat(user: string, channel?: string): SlackChat;
  /** A practitioner of their own, so drafts never cross between tests. */
  newPractitioner(): SlackChat;
  stop(): Promise<void>;
}

/**
 * The real bot with a board whose Slack workspace is TEAM, pointed at a fake Slack Web API; the board's records go
 * to `webhookUrl` when given (a board receiver), else to the built-in board inbox.
 */
export async function startSlackBot(options: { webhookUrl?: string; webhookTimeoutMs?: number } = {}): Promise<SlackBotUnderTest> {
  const slack = new FakeSlackApi([BOT_TOKEN]);
  await slack.start();
  const slackIdentity = (user: string) => `slack:${TEAM}:${user}`;
  const boards: TestBoardDirectory = await writeTestBoards([
    testBoardConfig(SLACK_BOARD_ID, {
      edition: 'wt2013',
      ...(options.webhookUrl === undefined ? {} : { webhookUrl: options.webhookUrl }),
      ...(options.webhookTimeoutMs === undefined ? {} : { timeoutMs: options.webhookTimeoutMs }),
      extra: {
        roles: { boardAdmin: [slackIdentity(PEOPLE.admin)], lado: [slackIdentity(PEOPLE.lado)], boardStaff: [] },
        channels: { slack: [{ teamId: TEAM, botTokenEnv: 'SLACK_BOT_TOKEN_TEST', signingSecretEnv: 'SLACK_SIGNING_SECRET_TEST' }] },
      },
    }),
  ]);
  const bot = await startBot({
    env: {
      BOARD_CONFIG_DIR: boards.directory,
      DEFAULT_BOARD_ID: SLACK_BOARD_ID,
      SLACK_API_URL: slack.url,
      SLACK_BOT_TOKEN_TEST: BOT_TOKEN,
      SLACK_SIGNING_SECRET_TEST: SIGNING_SECRET,
      [WEBHOOK_SECRET_ENV]: WEBHOOK_SECRET,
      DELIVERY_POLL_INTERVAL_MS: '50',
    },
  });
  const requests = new SlackRequests(bot.baseUrl, TEAM, SIGNING_SECRET);
  requests.responseUrlBase = slack.responseUrlBase;
  const chat = (user: string, channel = `D${user.slice(1)}`) => new SlackChat(requests, slack, user, channel);
  return {
    bot,
    slack,
    requests,
    chat,
    newPractitioner: () => chat(`U0P${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`),
    async stop() {
      await bot.stop();
      await slack.stop();
      await boards.remove();
    },
  };
}
