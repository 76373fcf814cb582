import type { BoardStaffPorts } from '../../dialogs/boardStaff/boardStaffPorts.ts';
import { BoardInboxService } from '../boardInbox/boardInboxService.ts';
import type { Database } from '../storage/database.ts';
import { AlertActionHandler } from './alertActionHandler.ts';
import { standardAlertActions, type AlertActionRegistry } from './alertActions.ts';
import { AlertChannelService } from './alertChannelService.ts';
import type { RoleHolderLookup } from './alertCardClients.ts';
import { AlertRouter, type BoardLookup } from './alertRouter.ts';
import { AlertWorker } from './alertWorker.ts';
import type { ProactiveMessenger } from '../messaging/proactiveMessenger.ts';
import type { NotifySubmitter } from '../delivery/deliveryPorts.ts';
import type { LogSink } from '../logging/logger.ts';
import type { TimeSource } from '../../dialogs/ports.ts';
import { systemTime } from '../systemTime.ts';

export interface AlertingParts {
  db: Database;
  boardOf: BoardLookup;
  roleHolders: RoleHolderLookup;
  messenger: ProactiveMessenger;
  logger: LogSink;
  /** Tells a submitter that the alert their receipt could not yet report has been posted. */
  notifySubmitter?: NotifySubmitter;
  /** The buttons alert cards offer; acknowledge, assign to me and mark done unless given. */
  actions?: AlertActionRegistry;
  clock?: TimeSource;
  workerIntervalMs?: number;
}

/** Everything board alerts are made of, built once by the composition root. */
export interface Alerting {
  router: AlertRouter;
  worker: AlertWorker;
  actionHandler: AlertActionHandler;
  boardStaffPorts: Pick<BoardStaffPorts, 'alertChannels' | 'inbox'>;
}

export function createAlerting(parts: AlertingParts): Alerting {
  const { db, boardOf, messenger, logger } = parts;
  const clock = parts.clock ?? systemTime;
  const actions = parts.actions ?? standardAlertActions();
  const router = new AlertRouter({ db, boardOf, roleHolders: parts.roleHolders, messenger, actions, logger, clock, ...(parts.notifySubmitter && { notifySubmitter: parts.notifySubmitter }) });
  return {
    router,
    worker: new AlertWorker({ db, router, logger, ...(parts.workerIntervalMs === undefined ? {} : { intervalMs: parts.workerIntervalMs }) }),
    actionHandler: new AlertActionHandler({ db, router, actions, logger, clock }),
    boardStaffPorts: {
      alertChannels: new AlertChannelService({ db, boardOf, router, clock }),
      inbox: new BoardInboxService(db),
    },
  };
}
