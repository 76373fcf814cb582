import type { ConversationReference } from 'botbuilder';
import type { TimeSource } from '../../dialogs/ports.ts';
import { alertChannelFor } from '../alerts/alertChannelStore.ts';
import type { BoardLookup } from '../alerts/alertRouter.ts';
import type { ProactiveMessenger } from '../messaging/proactiveMessenger.ts';
import type { Database } from '../storage/database.ts';
import { DEFAULT_FIRING_SETTINGS, fireInBatches, workerIdFor, type FiringSettings, type Lease } from '../jobs/leasedRows.ts';
import { PollingLoop } from '../jobs/pollingLoop.ts';
import type { Worker } from '../jobs/worker.ts';
import { timerMessage } from './timerMessages.ts';
import { submitterConversationOf } from '../submissions/notifySubmitter.ts';
import { claimDueTimers, deferTimer, markTimerFired, type ClaimedTimer } from './timerStore.ts';
import { errorTypeOf } from '../logging/errorType.ts';
import type { LogSink } from '../logging/logger.ts';
import { systemTime } from '../systemTime.ts';

export interface SchedulerOptions {
  db: Database;
  boardOf: BoardLookup;
  messenger: ProactiveMessenger;
  logger: LogSink;
  settings?: Partial<FiringSettings>;
  clock?: TimeSource;
  workerId?: string;
}

/** What one run did. */
export interface TimerRound {
  fired: number;
  /** Not sent because board staff had marked the record done. */
  skipped: number;
  /** Left for a later run: nowhere to send them yet, or the send failed. */
  deferred: number;
}

/**
 * Fires the reminders and escalations stored with records. The submission service plans them from the board's
 * `reminders` offsets (knowledge/boards/alertRoutes.ts); a board that sets none gets the defaults:
 * - a reminder 4 of the board's working hours before close of business on the day the clock aims at;
 * - a 'due' message at close of business on that day;
 * - an 'overdue' escalation the moment the clock has passed.
 * Each goes to the record type's alert route, or to the submitter when the type has no route.
 *
 * Timers are rows, so a restart loses none; each is claimed
 * under a lease (FOR UPDATE SKIP LOCKED), sent, then marked fired with its audit entry, so two instances on one
 * PostgreSQL never fire the same timer twice. Route timers go to the conversation registered for the route (or to
 * board operations when it has none); submitter timers to the conversation the record was submitted from.
 */
export class Scheduler implements Worker {
  readonly workerId: string;
  readonly #options: SchedulerOptions;
  readonly #settings: FiringSettings;
  readonly #clock: TimeSource;
  readonly #loop: PollingLoop;

  constructor(options: SchedulerOptions) {
    this.#options = options;
    this.#settings = { ...DEFAULT_FIRING_SETTINGS, ...options.settings };
    this.#clock = options.clock ?? systemTime;
    this.workerId = options.workerId ?? workerIdFor('scheduler');
    this.#loop = new PollingLoop(
      async () => {
        await this.runDueTimers();
        return { more: false };
      },
      this.#settings.intervalMs,
      (error) => options.logger.warn({ errorType: errorTypeOf(error) }, 'scheduler run failed; will try again'),
    );
  }

  /** Fires every timer due at `now` (the real time unless given), batch after batch. */
  async runDueTimers(now: Date = this.#clock.now()): Promise<TimerRound> {
    const lease: Lease = { workerId: this.workerId, now, leaseMs: this.#settings.leaseMs };
    const { db } = this.#options;
    const { batchSize } = this.#settings;
    const round: TimerRound = { fired: 0, skipped: 0, deferred: 0 };
    return fireInBatches(
      () => claimDueTimers(db, lease, batchSize),
      (timer) => this.#fire(timer, lease),
      batchSize,
      round,
    );
  }

  start(): void {
    this.#loop.start();
  }

  /** Look at the timers now rather than at the next interval. */
  nudge(): void {
    this.#loop.nudge();
  }

  stop(): Promise<void> {
    return this.#loop.stop();
  }

  async #fire(timer: ClaimedTimer, lease: Lease): Promise<keyof TimerRound | undefined> {
    const { db, logger, messenger } = this.#options;
    const logged = { timerId: timer.id, reference: timer.reference, clockId: timer.clockId, kind: timer.kind };
    try {
      if (timer.itemDone) {
        return (await markTimerFired(db, timer, lease, { action: 'timer.skipped', detail: { reason: 'itemDone' } })) ? 'skipped' : undefined;
      }
      const destination = await this.#destinationOf(timer);
      if (!destination) {
        await deferTimer(db, timer, lease, this.#retryTime(lease));
        logger.warn({ ...logged, target: timer.target.kind }, 'timer has no conversation to go to yet; will try again');
        return 'deferred';
      }
      await messenger.send(destination.conversation, { type: 'message', text: timerMessage(timer) });
      const marked = await markTimerFired(db, timer, lease, { action: 'timer.fired', detail: { sentTo: destination.label } });
      if (marked) logger.info(logged, 'timer fired');
      return marked ? 'fired' : undefined;
    } catch (error) {
      await deferTimer(db, timer, lease, this.#retryTime(lease)).catch(() => undefined);
      logger.warn({ ...logged, errorType: errorTypeOf(error) }, 'timer could not fire; will try again');
      return 'deferred';
    }
  }

  async #destinationOf(timer: ClaimedTimer): Promise<{ conversation: Partial<ConversationReference>; label: string } | undefined> {
    const { db, boardOf } = this.#options;
    if (timer.target.kind === 'submitter') {
      const conversation = await submitterConversationOf(db, timer.recordId);
      return conversation && { conversation, label: 'submitter' };
    }
    const own = await alertChannelFor(db, timer.boardId, timer.target.route);
    if (own) return { conversation: own.conversation, label: `route:${own.route}` };
    const operationsRoute = boardOf(timer.boardId)?.alertRoutes.operations;
    const operations = operationsRoute ? await alertChannelFor(db, timer.boardId, operationsRoute) : undefined;
    return operations && { conversation: operations.conversation, label: `route:${operations.route}` };
  }

  #retryTime(lease: Lease): Date {
    return new Date(lease.now.getTime() + this.#settings.retryMs);
  }
}
