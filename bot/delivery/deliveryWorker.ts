import type { TimeSource } from '../../dialogs/ports.ts';
import { workerIdFor, type Lease } from '../jobs/leasedRows.ts';
import { PollingLoop, type PassResult } from '../jobs/pollingLoop.ts';
import type { Worker } from '../jobs/worker.ts';
import { errorTypeOf } from '../logging/errorType.ts';
import type { LogSink } from '../logging/logger.ts';
import type { Database } from '../storage/database.ts';
import type { NotifySubmitter, RaiseOperationsAlert } from './deliveryPorts.ts';
import {
  claimDueDeliveries,
  claimOwedFollowUps,
  markDelivered,
  markFollowUpFailed,
  markFollowUpSent,
  markParked,
  markRoutedToBoardInbox,
  nextClaimableAt,
  releaseDeliveriesOfDeadProcess,
  scheduleRetry,
  type ClaimedDelivery,
  type PendingFollowUp,
} from './outboxStore.ts';
import { DEFAULT_RETRY_SETTINGS, nextRetryDelayMs, type RetrySettings } from './retrySchedule.ts';
import { postToWebhook, type DeliveryOutcome, type WebhookTarget } from './webhookClient.ts';
import { systemTime } from '../systemTime.ts';

export interface DeliveryWorkerSettings {
  retry: RetrySettings;
  /** The longest sleep between looks at the outbox when nothing nudges the worker. */
  pollIntervalMs: number;
  /** Rows claimed and posted at once. */
  batchSize: number;
  /** How long a claim holds; longer than the slowest webhook timeout, so a live worker never loses its rows. */
  leaseMs: number;
  /** The first wait after a follow-up message failed; it doubles up to an hour. */
  followUpRetryMs: number;
}

export const DEFAULT_DELIVERY_SETTINGS: DeliveryWorkerSettings = {
  retry: DEFAULT_RETRY_SETTINGS,
  pollIntervalMs: 5_000,
  batchSize: 16,
  leaseMs: 5 * 60_000,
  followUpRetryMs: 60_000,
};

export interface DeliveryWorkerOptions {
  db: Database;
  /** The board's webhook, or undefined when the board uses the built-in board inbox. */
  webhookFor: (boardId: string) => WebhookTarget | undefined;
  raiseOperationsAlert: RaiseOperationsAlert;
  notifySubmitter: NotifySubmitter;
  /** Only ids, references, counts and status codes are logged. */
  logger: LogSink;
  settings?: Partial<DeliveryWorkerSettings>;
  clock?: TimeSource;
  random?: () => number;
  workerId?: string;
}

/** What one pass over the outbox did. */
export interface DeliveryRound {
  claimed: number;
  delivered: number;
  retried: number;
  parked: number;
  followUps: number;
}

const MAX_FOLLOW_UP_WAIT_MS = 60 * 60_000;

/**
 * Delivers outbox rows to boards' webhooks: claims due rows under a lease, posts each once per attempt, and records
 * delivery, a retry time (backoff with full jitter, or the board's Retry-After) or parking. Parked items raise an
 * operations alert; delivered ones tell the submitter. Nothing is deleted: a parked record stays in the store.
 */
export class DeliveryWorker implements Worker {
  readonly workerId: string;
  readonly #options: DeliveryWorkerOptions;
  readonly #settings: DeliveryWorkerSettings;
  readonly #clock: TimeSource;
  readonly #loop: PollingLoop;
  readonly #followUps = new Set<Promise<void>>();
  #deadLeasesReleased = false;

  constructor(options: DeliveryWorkerOptions) {
    this.#options = options;
    this.#settings = { ...DEFAULT_DELIVERY_SETTINGS, ...options.settings };
    this.#clock = options.clock ?? systemTime;
    this.workerId = options.workerId ?? workerIdFor('delivery');
    this.#loop = new PollingLoop(
      () => this.#pass(),
      this.#settings.pollIntervalMs,
      (error) => options.logger.warn({ errorType: errorTypeOf(error) }, 'delivery pass failed; will try again'),
    );
  }

  /** Runs passes until stop(): at once when nudged or a batch was full, otherwise after the poll interval. */
  start(): void {
    this.#loop.start();
  }

  /** New work was committed: look now rather than at the next poll. */
  nudge(): void {
    this.#loop.nudge();
  }

  /** Finishes the pass under way and stops. Rows it had not claimed stay for the next worker. */
  async stop(): Promise<void> {
    await this.#loop.stop();
    await this.settle();
  }

  /** Waits for the follow-up messages under way (they run beside delivery, so a slow chat never holds it up). */
  async settle(): Promise<void> {
    await Promise.all([...this.#followUps]);
  }

  /** One pass: claim and post a batch of due rows, then start sending the follow-up messages that are owed. */
  async runOnce(): Promise<DeliveryRound> {
    const { db, logger } = this.#options;
    const round: DeliveryRound = { claimed: 0, delivered: 0, retried: 0, parked: 0, followUps: 0 };
    const claimed = await claimDueDeliveries(db, this.#lease(), this.#settings.batchSize);
    round.claimed = claimed.length;
    await Promise.all(
      claimed.map(async (delivery) => {
        const result = await this.#deliver(delivery).catch((error: unknown) => {
          // The lease runs out and another pass retries the row.
          logger.error({ recordId: delivery.recordId, errorType: errorTypeOf(error) }, 'delivery could not be recorded');
          return undefined;
        });
        if (result) round[result] += 1;
      }),
    );
    const room = this.#settings.batchSize - this.#followUps.size;
    const owed = room > 0 ? await claimOwedFollowUps(db, this.#lease(), room) : [];
    for (const followUp of owed) {
      const sending: Promise<void> = this.#sendFollowUp(followUp).finally(() => this.#followUps.delete(sending));
      this.#followUps.add(sending);
    }
    round.followUps = owed.length;
    return round;
  }

  #lease(): Lease {
    return { workerId: this.workerId, now: this.#clock.now(), leaseMs: this.#settings.leaseMs };
  }

  async #deliver(delivery: ClaimedDelivery): Promise<'delivered' | 'retried' | 'parked'> {
    const { db, logger } = this.#options;
    const target = this.#options.webhookFor(delivery.boardId);
    if (!target) {
      await markRoutedToBoardInbox(db, delivery, this.#lease());
      logger.info({ recordId: delivery.recordId, boardId: delivery.boardId }, 'board has no webhook now: record left in the board inbox');
      return 'delivered';
    }
    const outcome = await postToWebhook(target, delivery, this.#clock.now());
    const lease = this.#lease();
    const attempt = delivery.attempts + 1;
    const logged = { recordId: delivery.recordId, reference: delivery.reference, boardId: delivery.boardId, attempt };

    if (outcome.kind === 'delivered') {
      if (await markDelivered(db, delivery, lease, outcome.boardReference)) {
        logger.info({ ...logged, status: outcome.status }, 'record delivered to the board');
      }
      return 'delivered';
    }
    const failure = { status: outcome.status, reason: outcome.reason };
    if (outcome.kind === 'retryable' && attempt < this.#settings.retry.maxAttempts) {
      const delayMs = nextRetryDelayMs(attempt, this.#settings.retry, outcome.retryAfterMs, this.#options.random);
      await scheduleRetry(db, delivery, lease, failure, new Date(lease.now.getTime() + delayMs));
      logger.warn({ ...logged, status: outcome.status, reason: outcome.reason, retryInMs: delayMs }, 'delivery failed; will retry');
      return 'retried';
    }
    const parked = { ...failure, reason: parkingReason(outcome, attempt) };
    if (await markParked(db, delivery, lease, parked)) {
      logger.error({ ...logged, status: outcome.status, reason: parked.reason }, 'delivery parked');
    }
    return 'parked';
  }

  async #sendFollowUp(followUp: PendingFollowUp): Promise<void> {
    const { db, logger } = this.#options;
    try {
      if (followUp.status === 'parked') {
        await this.#options.raiseOperationsAlert({
          boardId: followUp.boardId,
          reference: followUp.reference,
          reason: `Delivery to the board's system stopped: ${followUp.lastError ?? 'unknown failure'}. The record is kept in the store.`,
        });
        logger.info({ recordId: followUp.recordId, reference: followUp.reference, boardId: followUp.boardId }, 'board operations alerted to a parked delivery');
      } else {
        await this.#options.notifySubmitter({ recordId: followUp.recordId, reference: followUp.reference, text: acknowledgementText(followUp) });
      }
      await markFollowUpSent(db, followUp, this.#lease());
    } catch (error) {
      const lease = this.#lease();
      const waitMs = Math.min(this.#settings.followUpRetryMs * 2 ** followUp.followUpAttempts, MAX_FOLLOW_UP_WAIT_MS);
      await markFollowUpFailed(db, followUp, lease, new Date(lease.now.getTime() + waitMs)).catch(() => undefined);
      logger.warn(
        { recordId: followUp.recordId, followUp: followUp.status === 'parked' ? 'operationsAlert' : 'submitterNotice', errorType: errorTypeOf(error) },
        'follow-up message failed; will retry',
      );
    }
  }

  /** A pass of the polling loop; the wait after it ends when the next retry falls due, if that comes before the poll. */
  async #pass(): Promise<PassResult> {
    const { db, logger } = this.#options;
    if (db.engine === 'pglite' && !this.#deadLeasesReleased) {
      this.#deadLeasesReleased = true;
      const released = await releaseDeliveriesOfDeadProcess(db).catch(() => 0);
      if (released > 0) logger.info({ released }, 'released deliveries left leased by a stopped process');
    }
    if ((await this.runOnce()).claimed === this.#settings.batchSize) return { more: true };
    const next = await nextClaimableAt(db).catch(() => undefined);
    return { more: false, ...(next && { waitMs: next.getTime() - this.#clock.now().getTime() }) };
  }
}

function parkingReason(outcome: Exclude<DeliveryOutcome, { kind: 'delivered' }>, attempts: number): string {
  if (outcome.kind === 'permanent') return `the board's system refused it (${outcome.reason})`;
  return `no success after ${attempts} attempts (last: ${outcome.reason})`;
}

function acknowledgementText(followUp: PendingFollowUp): string {
  const theirs = followUp.boardReference ? ` Their reference is ${followUp.boardReference}.` : '';
  return `The board's system has received ${followUp.reference}.${theirs}`;
}
