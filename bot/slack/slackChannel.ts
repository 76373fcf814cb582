import type { Storage } from 'botbuilder';
import type { Server } from 'restify';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { TurnLogic } from '../adapter/botAdapter.ts';
import type { ProactiveMessenger } from '../messaging/proactiveMessenger.ts';
import type { Environment } from '../config/environment.ts';
import type { Logger } from '../logging/logger.ts';
import { createInputCleaningMiddleware } from '../turns/inputCleaning.ts';
import { createTurnErrorHandler } from '../turns/turnErrorHandler.ts';
import { PendingForms } from './pendingForms.ts';
import { SlackAdapter } from './slackAdapter.ts';
import { createSlackCommandsHandler, SLACK_COMMANDS_PATH } from './slackCommandsRoute.ts';
import { createSlackEventsHandler, SLACK_EVENTS_PATH } from './slackEventsRoute.ts';
import { createSlackInteractionsHandler, SLACK_INTERACTIONS_PATH } from './slackInteractionsRoute.ts';
import type { PrivateChatOpener } from '../privateChat/privateChats.ts';
import { createSlackMessenger } from './slackMessenger.ts';
import { createSlackPrivateChat } from './slackPrivateChat.ts';
import { SlackSender } from './slackSender.ts';
import { createSlackApi } from './slackWebApi.ts';
import { slackWorkspacesOf, type SlackWorkspaces } from './slackWorkspaces.ts';

/** Slack answers a view_submission within 3 seconds; the turn gets most of that. */
const FORM_DEADLINE_MS = 2_000;

export interface SlackChannelParts {
  env: Pick<Environment, 'SLACK_API_URL' | 'slackCredentials'>;
  boards: Iterable<Board>;
  /** The bot's state store: the form step each person has open is kept there. */
  storage: Storage;
  logger: Logger;
}

export interface SlackChannel {
  workspaces: SlackWorkspaces;
  /** Proactive messages (alerts, reminders) in Slack conversations. */
  messenger: ProactiveMessenger;
  /** The one-to-one chat with a person, where a request made in a channel continues. */
  privateChat: PrivateChatOpener;
  /** Adds the events, interactivity and slash command endpoints, running turns with the bot's turn logic. */
  registerRoutes(server: Server, logic: TurnLogic): void;
}

/** Slack as a channel: workspaces from the boards, the Web API, the adapter with the shared turn pipeline, the routes. */
export function createSlackChannel({ env, boards, storage, logger }: SlackChannelParts): SlackChannel {
  const workspaces = slackWorkspacesOf(boards, env.slackCredentials);
  for (const { teamId, boardId, missingVariables } of workspaces.unserved) {
    logger.info({ teamId, boardId, missingVariables }, 'Slack workspace not served until its variables are set');
  }
  const api = createSlackApi(workspaces, env.SLACK_API_URL, logger);
  const sender = new SlackSender(api, new PendingForms(storage));
  const adapter = new SlackAdapter(sender);
  adapter.onTurnError = createTurnErrorHandler(logger);
  adapter.use(createInputCleaningMiddleware());
  return {
    workspaces,
    messenger: createSlackMessenger(sender),
    privateChat: createSlackPrivateChat(api, adapter),
    registerRoutes(server, logic) {
      const parts = { workspaces, adapter, sender, logic, logger, formDeadlineMs: FORM_DEADLINE_MS };
      server.post(SLACK_EVENTS_PATH, createSlackEventsHandler(parts));
      server.post(SLACK_INTERACTIONS_PATH, createSlackInteractionsHandler(parts));
      server.post(SLACK_COMMANDS_PATH, createSlackCommandsHandler(parts));
    },
  };
}
