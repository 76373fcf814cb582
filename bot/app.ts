import { UserState, type TurnContext } from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog.ts';
import { BoardStaffCommands } from '../dialogs/boardStaff/boardStaffCommands.ts';
import { BoardReportService } from './insight/boardReportService.ts';
import type { FlowEntry } from '../dialogs/flowCatalogue.ts';
import { UserStateDraftStore } from '../dialogs/forms/draftStore.ts';
import { createLadoFlow, type LadoFlowPorts } from '../dialogs/lado/index.ts';
import { createThresholdFlow } from '../dialogs/thresholds/thresholdFlow.ts';
import { createSeriousIncidentFlow } from '../dialogs/seriousIncident/seriousIncidentFlow.ts';
import type { SeriousIncidentFlowPorts } from '../dialogs/seriousIncident/seriousIncidentPorts.ts';
import type { SubmissionPort, TimeSource } from '../dialogs/ports.ts';
import { createBotAdapter, createChannelTokenCheck } from './adapter/botAdapter.ts';
import { standardAlertActions } from './alerts/alertActions.ts';
import { createAlerting, type Alerting } from './alerts/alerting.ts';
import { withLadoAlertActions } from './lado/index.ts';
import { withSeriousIncidentAlertActions } from './alerts/seriousIncidentAlertActions.ts';
import { createProactiveMessenger } from './messaging/proactiveMessenger.ts';
import { openBoardDirectory, type BoardDirectory } from './boards/boardDirectory.ts';
import { Housekeeping, idleStateDays } from './housekeeping/housekeeping.ts';
import { createLegalHoldPort } from './records/retention/legalHoldPort.ts';
import type { Environment } from './config/environment.ts';
import { DeliveryWorker } from './delivery/deliveryWorker.ts';
import { DraftReminderService } from './drafts/draftReminderService.ts';
import { DraftReminderWorker } from './drafts/draftReminderWorker.ts';
import { userConversationOfTurn } from './drafts/userConversations.ts';
import { DEFAULT_RETRY_SETTINGS } from './delivery/retrySchedule.ts';
import { webhookTargetsOf } from './delivery/webhookTargets.ts';
import { Scheduler } from './scheduler/scheduler.ts';
import { registerStatusRoute } from './jobs/statusRoute.ts';
import { ReviewCaseService } from './reviews/reviewCaseService.ts';
import { registerInsightRoutes } from './insight/insightRoutes.ts';
import { registerLocalChat } from './localChat/registerLocalChat.ts';
import { startWorkers, stopWorkers } from './jobs/worker.ts';
import type { Logger } from './logging/logger.ts';
import { SafeguardingBot } from './safeguardingBot.ts';
import { createSlackChannel } from './slack/slackChannel.ts';
import { SLACK_CHANNEL_ID } from './slack/slackConversation.ts';
import { messengerWithSlack } from './slack/slackMessenger.ts';
import { registerSchemaRoutes } from './schema/schemaRoutes.ts';
import { registerMessagesRoute } from './server/messagesRoute.ts';
import { metricsAccess } from './server/metricsAccess.ts';
import { serviceUrlPolicy } from './server/serviceUrlPolicy.ts';
import type { Database } from './storage/database.ts';
import { SqlStateStorage } from './storage/sqlStateStorage.ts';
import { createSubmitterNotifier } from './submissions/notifySubmitter.ts';
import { SubmissionService } from './submissions/submissionService.ts';
import { ConversationQueue } from './turns/conversationQueue.ts';
import { OwnReferrals } from './submissions/ownReferrals.ts';
import { createInputCleaningMiddleware } from './turns/inputCleaning.ts';
import { createTurnStateRunner } from './turns/turnStateRunner.ts';
import { PerPersonConversationState } from './turns/perPersonConversationState.ts';
import { createConnectorPrivateChat } from './privateChat/connectorPrivateChat.ts';
import { createPrivateChats } from './privateChat/privateChats.ts';
import { createTurnErrorHandler } from './turns/turnErrorHandler.ts';
import { openRoles } from './roles/roles.ts';
import { startServing, type Serving } from './serving.ts';
import { systemTime } from './systemTime.ts';

export interface RunningApp {
  url: string;
  storageEngine: string;
  boards: BoardDirectory;
  submissions: SubmissionPort;
  /** The store, the alert router and worker, and the scheduler: tests drive them with their own clock. */
  db: Database;
  alerting: Alerting;
  scheduler: Scheduler;
  /** Reminders about unsubmitted drafts; tests run them with their own clock. */
  draftReminders: DraftReminderWorker;
  close(): Promise<void>;
}

/** The flows the main menu offers; each later issue adds its entry here. */
function availableFlows(ports: LadoFlowPorts & SeriousIncidentFlowPorts): FlowEntry[] {
  const lado = createLadoFlow(ports);
  return [createThresholdFlow({ ...ports, ladoDialogId: lado.dialog.id }), lado, createSeriousIncidentFlow(ports)];
}

export interface AppOptions {
  /** The time the dialogs and submissions see; tests pass a controllable one. */
  time?: TimeSource;
}

/** The insight page as people reach it: the public base URL, else this machine's port. */
function insightPageUrl(env: Environment): string {
  return new URL('/insight', env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).toString();
}

/** The whole service in one step, as tests and child scripts start it: the store and server, then the bot on them. */
export async function startApp(env: Environment, logger: Logger, options: AppOptions = {}): Promise<RunningApp> {
  const serving = await startServing(env, logger);
  try {
    return composeApp(serving, env, logger, options);
  } catch (error) {
    await serving.stopListening();
    await serving.db.close();
    throw error;
  }
}

/** The composition root: boards, adapter, turn pipeline, dialogs, workers and routes, on a store and server already up. */
export function composeApp(serving: Serving, env: Environment, logger: Logger, options: AppOptions = {}): RunningApp {
  const { db, server, url, port } = serving;
  const time = options.time ?? systemTime;
  const boards = openBoardDirectory({
    ...(env.BOARD_CONFIG_DIR ? { directory: env.BOARD_CONFIG_DIR } : {}),
    ...(env.localMode ? { localBoardId: env.DEFAULT_BOARD_ID } : {}),
  });
  const webhooks = webhookTargetsOf(boards.boards.values(), env.webhookSecrets);

  const storage = new SqlStateStorage(db);
  const conversationState = new PerPersonConversationState(storage);
  const userState = new UserState(storage);
  const adapter = createBotAdapter(env);
  adapter.onTurnError = createTurnErrorHandler(logger);
  adapter.use(createInputCleaningMiddleware());
  const slack = createSlackChannel({ env, boards: boards.boards.values(), storage, logger });

  const roles = openRoles({ env, boards, db, time, logger });
  const messenger = messengerWithSlack(createProactiveMessenger(adapter, env.MicrosoftAppId ?? ''), slack.messenger);
  const boardOf = (boardId: string) => boards.board(boardId);
  const notifySubmitter = createSubmitterNotifier(db, messenger);
  const alerting = createAlerting({
    db,
    boardOf,
    roleHolders: roles.holderIdentities,
    messenger,
    logger,
    notifySubmitter,
    actions: withSeriousIncidentAlertActions(withLadoAlertActions(standardAlertActions())),
  });
  const scheduler = new Scheduler({ db, boardOf, messenger, logger });
  const housekeeping = new Housekeeping({ db, logger, boards: () => boards.boards.values(), clock: time });
  const draftReminders = new DraftReminderWorker({ db, boardOf, messenger, logger, clock: time });
  const delivery = new DeliveryWorker({
    db,
    webhookFor: (boardId) => webhooks.get(boardId),
    raiseOperationsAlert: (alert) => alerting.router.raiseOperationsAlert(alert),
    notifySubmitter,
    logger,
    settings: {
      pollIntervalMs: env.DELIVERY_POLL_INTERVAL_MS,
      retry: {
        maxAttempts: env.DELIVERY_MAX_ATTEMPTS,
        baseDelayMs: env.DELIVERY_RETRY_BASE_MS,
        maxDelayMs: env.DELIVERY_RETRY_MAX_DELAY_MS,
        maxRetryAfterMs: DEFAULT_RETRY_SETTINGS.maxRetryAfterMs,
      },
    },
  });
  const submissions = new SubmissionService({
    db,
    boardFor: (boardId) => boards.board(boardId),
    time,
    // The alert is raised in the turn, before the receipt, so the receipt can say whether it was posted.
    alerts: (record, alertOptions) => alerting.router.alertForReceipt(record, alertOptions),
    onSubmitted: () => delivery.nudge(),
  });

  const queue = new ConversationQueue();
  const withTurnState = createTurnStateRunner({
    db,
    stateKeysOf: (context) => [conversationState.getStorageKey(context), userState.getStorageKey(context)].filter((key) => key !== undefined),
    chatGrantsOf: roles.speakerGrantsOf,
    userConversationOf: (context) => userConversationOfTurn(context, time.now()),
    logger,
  });
  const oneTurnAtATime = (context: TurnContext, work: () => Promise<void>) => queue.run(`${context.activity.channelId}:${context.activity.conversation.id}`, () => withTurnState(context, work));
  const privateChat = createPrivateChats({
    connector: createConnectorPrivateChat(adapter, env.MicrosoftAppId ?? ''),
    byChannel: new Map([[SLACK_CHANNEL_ID, slack.privateChat]]),
    start: (context) => oneTurnAtATime(context, () => bot.startInPrivate(context)),
  });
  const bot = new SafeguardingBot({
    conversationState,
    userState,
    mainDialog: new MainDialog(
      availableFlows({
        submissions,
        time,
        boards,
        drafts: new UserStateDraftStore(userState, idleStateDays(boards.boards.values())),
        draftReminders: new DraftReminderService(db, boardOf, time),
        records: alerting.boardStaffPorts.inbox,
        ownReferrals: new OwnReferrals(db),
        cases: new ReviewCaseService(db, time),
      }),
      privateChat,
      new BoardStaffCommands(
        { ...alerting.boardStaffPorts, legalHolds: createLegalHoldPort(db, time), roles: roles.administration },
        privateChat,
        new BoardReportService(db, boardOf, time, insightPageUrl(env)),
      ),
      submissions,
    ),
    resolveUser: (context) => roles.resolveUser(context.activity),
    alertActions: alerting.actionHandler,
  });
  const logic = (context: TurnContext) => oneTurnAtATime(context, () => bot.run(context));

  const localConnectors: string[] = env.LOCAL_CONNECTOR_URL ? [env.LOCAL_CONNECTOR_URL] : [];
  registerMessagesRoute(server, {
    adapter,
    logic,
    logger,
    localMode: env.localMode,
    tokenCheck: createChannelTokenCheck(env, logger),
    serviceUrls: serviceUrlPolicy(env.localMode, () => localConnectors),
  });
  registerSchemaRoutes(server);
  registerStatusRoute(server, db, metricsAccess(env.METRICS_TOKEN));
  slack.registerRoutes(server, logic);
  registerInsightRoutes(server, { db, boards, time, logger, localMode: env.localMode, signIn: env.insightSignIn, rolesOf: roles.rolesOf });
  if (env.localMode) {
    const loopback = `http://127.0.0.1:${port}`;
    const connectorBaseUrl = `${loopback}/local/connector`;
    localConnectors.push(connectorBaseUrl);
    registerLocalChat(server, { botEndpoint: `${loopback}/api/messages`, connectorBaseUrl, logger });
  }
  serving.gate.open();

  // Group membership first, as alert cards ask who holds a role; the alert worker before delivery, as it posts the
  // operations alert a parked delivery raises. Stopped in reverse.
  const workers = [...roles.workers, alerting.worker, delivery, scheduler, draftReminders, housekeeping];
  startWorkers(workers);

  return {
    url,
    storageEngine: db.engine,
    boards,
    submissions,
    db,
    alerting,
    scheduler,
    draftReminders,
    async close() {
      await serving.stopListening();
      await stopWorkers(workers);
      await db.close();
    },
  };
}
