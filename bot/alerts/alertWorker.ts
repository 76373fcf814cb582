import { recordsAwaitingItems } from '../boardInbox/boardItemStore.ts';
import { BOARD_ITEM_TYPES } from '../boardInbox/itemAccess.ts';
import type { Database } from '../storage/database.ts';
import { PollingLoop } from '../jobs/pollingLoop.ts';
import type { Worker } from '../jobs/worker.ts';
import { errorTypeOf } from '../logging/errorType.ts';
import type { LogSink } from '../logging/logger.ts';
import type { AlertRouter } from './alertRouter.ts';

export interface AlertWorkerOptions {
  db: Database;
  router: AlertRouter;
  logger: LogSink;
  /** The longest wait between passes when nothing nudges the worker. */
  intervalMs?: number;
  batchSize?: number;
}

/**
 * Raises the alert of every committed record that belongs in a board inbox, and posts cards left waiting (a failed
 * post, a crash, a route without a conversation). The committed record itself is the durable note that its alert
 * is owed: a record without a board item has not been alerted yet, so no submission's alert is lost to a crash
 * between commit and post.
 */
export class AlertWorker implements Worker {
  readonly #options: AlertWorkerOptions;
  readonly #loop: PollingLoop;

  constructor(options: AlertWorkerOptions) {
    this.#options = options;
    this.#loop = new PollingLoop(
      async () => ({ more: (await this.runOnce()).raised === this.#batchSize }),
      options.intervalMs ?? 5_000,
      (error) => options.logger.warn({ errorType: errorTypeOf(error) }, 'alert pass failed; will try again'),
    );
  }

  get #batchSize(): number {
    return this.#options.batchSize ?? 50;
  }

  /** One pass: alerts owed for new records, then every card that can be posted. */
  async runOnce(): Promise<{ raised: number; posted: number }> {
    const { db, router } = this.#options;
    const awaiting = await recordsAwaitingItems(db, BOARD_ITEM_TYPES, this.#batchSize);
    for (const { dueBy, ...record } of awaiting) {
      await router.queueAlert({ ...record, ...(dueBy === null ? {} : { dueBy }) });
    }
    const posted = await router.postPending();
    return { raised: awaiting.length, posted };
  }

  start(): void {
    this.#loop.start();
  }

  /** A record was committed or a conversation registered: look now. */
  nudge(): void {
    this.#loop.nudge();
  }

  stop(): Promise<void> {
    return this.#loop.stop();
  }
}
