import type { LogLevel, Logger as SlackLogger, WebClient } from '@slack/web-api';
import type { SlackBlock, SlackModalView } from '../../cards/slack/blockKit.ts';
import type { Logger } from '../logging/logger.ts';
import type { SlackWorkspaces } from './slackWorkspaces.ts';

/** The Slack Web API calls the bot makes, per workspace. */
export interface SlackApi {
  /** chat.postMessage; returns the message's ts, its id for chat.update. */
  postMessage(teamId: string, message: { channel: string; text: string; blocks: SlackBlock[]; thread_ts?: string }): Promise<string>;
  updateMessage(teamId: string, message: { channel: string; ts: string; text: string; blocks: SlackBlock[] }): Promise<void>;
  deleteMessage(teamId: string, message: { channel: string; ts: string }): Promise<void>;
  /** chat.postEphemeral: seen only by `user`. */
  postEphemeral(teamId: string, message: { channel: string; user: string; text: string; blocks?: SlackBlock[]; thread_ts?: string }): Promise<void>;
  /** An answer to a slash command through its response_url, seen only by the person who typed it. */
  respond(responseUrl: string, message: { text: string; blocks: SlackBlock[] }): Promise<void>;
  /** conversations.open: the bot's one-to-one chat with a person; returns its channel id (D…). */
  openDirectMessage(teamId: string, userId: string): Promise<string>;
  openView(teamId: string, triggerId: string, view: SlackModalView): Promise<void>;
}

/** A failed call's retries stay within a turn's patience: three more tries, at most a few seconds apart. */
const RETRIES = { retries: 3, factor: 2, minTimeout: 300, maxTimeout: 3_000, randomize: true };
const TIMEOUT_MS = 10_000;

/**
 * @slack/web-api clients, one per workspace with its bot token, all pointed at `apiUrl` (Slack's, or a test
 * server). The client's own log lines go to ours at warn and above; it never logs request bodies at those levels.
 */
async function webClientsOf(workspaces: SlackWorkspaces, apiUrl: string, logger: Logger): Promise<Map<string, WebClient>> {
  const { LogLevel, WebClient } = await import('@slack/web-api');
  const slackLogger = slackLoggerOf(logger, LogLevel.WARN);
  return new Map(
    [...workspaces.byTeam.values()].map((workspace) => [
      workspace.teamId,
      new WebClient(workspace.botToken, { slackApiUrl: apiUrl, retryConfig: RETRIES, timeout: TIMEOUT_MS, logger: slackLogger, logLevel: LogLevel.WARN }),
    ]),
  );
}

/** The Web API calls; @slack/web-api and its HTTP client load on the first one, so a service without Slack never loads them. */
export function createSlackApi(workspaces: SlackWorkspaces, apiUrl: string, logger: Logger): SlackApi {
  let clients: Promise<Map<string, WebClient>> | undefined;
  const clientFor = async (teamId: string): Promise<WebClient> => {
    const client = (await (clients ??= webClientsOf(workspaces, apiUrl, logger))).get(teamId);
    if (client === undefined) throw new Error(`No Slack credentials for workspace ${teamId}`);
    return client;
  };
  return {
    async postMessage(teamId, message) {
      const result = await (await clientFor(teamId)).chat.postMessage(message);
      return result.ts ?? '';
    },
    async updateMessage(teamId, message) {
      await (await clientFor(teamId)).chat.update(message);
    },
    async deleteMessage(teamId, message) {
      await (await clientFor(teamId)).chat.delete(message);
    },
    async postEphemeral(teamId, message) {
      await (await clientFor(teamId)).chat.postEphemeral(message);
    },
    async respond(responseUrl, message) {
      if (!isSlackResponseUrl(responseUrl, apiUrl)) throw new Error('A response_url must be Slack’s own (hooks.slack.com)');
      const response = await fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...message }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`Slack's response_url answered HTTP ${response.status}`);
    },
    async openDirectMessage(teamId, userId) {
      const result = await (await clientFor(teamId)).conversations.open({ users: userId });
      const channelId = result.channel?.id;
      if (!channelId) throw new Error('conversations.open answered without a channel');
      return channelId;
    },
    async openView(teamId, triggerId, view) {
      await (await clientFor(teamId)).views.open({ trigger_id: triggerId, view });
    },
  };
}

/** Answers go to Slack only: hooks.slack.com over https, or the host the Web API is pointed at (a test server). */
function isSlackResponseUrl(candidate: string, apiUrl: string): boolean {
  const url = URL.parse(candidate);
  if (url === null || url.username !== '' || url.password !== '') return false;
  return (url.protocol === 'https:' && url.hostname === 'hooks.slack.com') || url.origin === new URL(apiUrl).origin;
}

function slackLoggerOf(logger: Logger, initialLevel: LogLevel): SlackLogger {
  let level = initialLevel;
  const line = (message: unknown[]) =>
    message
      .map((part) => (typeof part === 'string' ? part : ''))
      .join(' ')
      .slice(0, 200);
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...message: unknown[]) => logger.warn({ component: 'slack-web-api' }, line(message)),
    error: (...message: unknown[]) => logger.error({ component: 'slack-web-api' }, line(message)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
