import type { DeliveryLogger } from './deliveryWorker.ts';
import type { RaiseOperationsAlert } from './deliveryPorts.ts';

/** Operations alerts as error log lines only: for a deployment without the alert router's operations channel. */
export function logOperationsAlerts(logger: DeliveryLogger): RaiseOperationsAlert {
  return async ({ boardId, reference, reason }) => {
    logger.error({ boardId, reference, reason }, 'operations alert: a record could not be delivered to the board');
  };
}
