import type { OperationsAlert } from '../delivery/deliveryPorts.ts';
import type { LogSink } from '../logging/logger.ts';
import type { Database } from '../storage/database.ts';
import { queueOperationsCard } from './alertCardStore.ts';

export interface OperationsAlertContext {
  db: Database;
  /** The board's operations route; null when its configuration removed it. */
  operationsRoute: string | null;
  logger: Pick<LogSink, 'warn'>;
  now: Date;
}

/**
 * Stores an alert for board operations (a parked delivery: reference and reason, no case detail) to be posted to
 * the operations route; the alert router posts it. The same board, reference and reason are stored once, so a
 * repeated call (a worker retrying its follow-up) posts no second card. Throws when the board has no operations
 * route at all, so the caller keeps retrying and the alert is never silently dropped.
 */
export async function raiseOperationsAlert(context: OperationsAlertContext, alert: OperationsAlert): Promise<void> {
  if (context.operationsRoute === null) {
    context.logger.warn({ reference: alert.reference, boardId: alert.boardId }, 'operations alert has no route: the board configuration removed it');
    throw new Error(`board ${alert.boardId} has no operations alert route`);
  }
  const route = context.operationsRoute;
  await context.db.transaction((tx) => queueOperationsCard(tx, { boardId: alert.boardId, reference: alert.reference, reason: alert.reason, route, fallbackRoute: null, at: context.now }));
}
