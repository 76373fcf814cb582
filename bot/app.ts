import type { AddressInfo } from 'node:net';
import { ConversationState, UserState, type TurnContext } from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog.ts';
import type { FlowEntry } from '../dialogs/flowCatalogue.ts';
import { createBotAdapter } from './adapter/botAdapter.ts';
import { openBoardDirectory, type BoardDirectory } from './boards/boardDirectory.ts';
import type { Environment } from './config/environment.ts';
import { registerLocalChat } from './localChat/registerLocalChat.ts';
import type { Logger } from './logging/logger.ts';
import { SafeguardingBot } from './safeguardingBot.ts';
import { createHttpServer } from './server/httpServer.ts';
import { openDatabase } from './storage/openDatabase.ts';
import { claimActivity } from './storage/processedActivities.ts';
import { checkStorageReady } from './storage/readiness.ts';
import { SqlStateStorage } from './storage/sqlStateStorage.ts';
import { ConversationQueue } from './turns/conversationQueue.ts';
import { createDedupeMiddleware } from './turns/dedupeMiddleware.ts';
import { createTurnErrorHandler } from './turns/turnErrorHandler.ts';

export interface RunningApp {
  url: string;
  storageEngine: string;
  boards: BoardDirectory;
  close(): Promise<void>;
}

/** The flows the main menu offers; each later issue adds its entry here. */
function availableFlows(): FlowEntry[] {
  return [];
}

/** The composition root: storage, boards, adapter, turn pipeline, dialogs, HTTP routes. */
export async function startApp(env: Environment, logger: Logger): Promise<RunningApp> {
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, logger });
  const boards = openBoardDirectory({
    ...(env.BOARD_CONFIG_DIR ? { directory: env.BOARD_CONFIG_DIR } : {}),
    ...(env.localMode ? { localBoardId: env.DEFAULT_BOARD_ID } : {}),
  });

  const storage = new SqlStateStorage(db);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const bot = new SafeguardingBot({
    conversationState,
    userState,
    mainDialog: new MainDialog(availableFlows()),
    resolveUser: (context) => boards.turnUserFor(context.activity),
  });

  const adapter = createBotAdapter(env);
  adapter.onTurnError = createTurnErrorHandler(logger);
  adapter.use(createDedupeMiddleware((key, conversationId) => claimActivity(db, key, conversationId), logger));

  const queue = new ConversationQueue();
  const logic = (context: TurnContext) =>
    queue.run(`${context.activity.channelId}:${context.activity.conversation.id}`, () => bot.run(context));

  const server = createHttpServer({ adapter, logic, checkReady: () => checkStorageReady(db), logger });
  await new Promise<void>((resolve) => server.listen(env.PORT, env.listenHost, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${env.listenHost.includes(':') ? `[${env.listenHost}]` : env.listenHost}:${port}`;

  if (env.localMode) {
    const loopback = `http://127.0.0.1:${port}`;
    registerLocalChat(server, { botEndpoint: `${loopback}/api/messages`, connectorBaseUrl: `${loopback}/local/connector`, logger });
  }

  return {
    url,
    storageEngine: db.engine,
    boards,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeAllConnections();
      await closed;
      await db.close();
    },
  };
}
