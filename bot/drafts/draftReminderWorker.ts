import type { ConversationReference } from 'botbuilder';
import type { TimeSource } from '../../dialogs/ports.ts';
import type { ProactiveMessenger } from '../messaging/proactiveMessenger.ts';
import { PollingLoop } from '../jobs/pollingLoop.ts';
import { DEFAULT_FIRING_SETTINGS, fireInBatches, workerIdFor, type FiringSettings, type Lease } from '../jobs/leasedRows.ts';
import type { Worker } from '../jobs/worker.ts';
import type { Database } from '../storage/database.ts';
import { drafterReminderText, managerReminderText } from './draftReminderMessages.ts';
import { draftDeadline, managerOf, type DraftBoardLookup } from './draftReminderService.ts';
import { claimDueDraftReminders, markDraftReminderDone, retryDraftReminder, type ClaimedDraftReminder } from './draftReminderStore.ts';
import { userConversationOf } from './userConversations.ts';
import { errorTypeOf } from '../logging/errorType.ts';
import type { LogSink } from '../logging/logger.ts';
import { systemTime } from '../systemTime.ts';

export interface DraftReminderWorkerOptions {
  db: Database;
  boardOf: DraftBoardLookup;
  messenger: ProactiveMessenger;
  logger: LogSink;
  settings?: Partial<FiringSettings>;
  clock?: TimeSource;
  workerId?: string;
}

/** What one run did. */
export interface DraftReminderRound {
  sent: number;
  /** Not needed any more (the draft expired, the board dropped the manager) or nowhere to go (the manager never spoke to the bot). */
  dropped: number;
  /** The send failed: left for a later run. */
  deferred: number;
}

type Delivery = { conversation: Partial<ConversationReference>; text: string } | { dropped: string };

/**
 * Sends the reminders about unsubmitted drafts as they fall due, with the same leased claim as the scheduler's timers: a restart
 * loses none and two instances never send the same one twice.
 */
export class DraftReminderWorker implements Worker {
  readonly workerId: string;
  readonly #options: DraftReminderWorkerOptions;
  readonly #settings: FiringSettings;
  readonly #clock: TimeSource;
  readonly #loop: PollingLoop;

  constructor(options: DraftReminderWorkerOptions) {
    this.#options = options;
    this.#settings = { ...DEFAULT_FIRING_SETTINGS, ...options.settings };
    this.#clock = options.clock ?? systemTime;
    this.workerId = options.workerId ?? workerIdFor('draft-reminders');
    this.#loop = new PollingLoop(
      async () => {
        await this.runDueReminders();
        return { more: false };
      },
      this.#settings.intervalMs,
      (error) => options.logger.warn({ errorType: errorTypeOf(error) }, 'draft reminder run failed; will try again'),
    );
  }

  /** Sends every reminder due at `now` (the real time unless given), batch after batch. */
  async runDueReminders(now: Date = this.#clock.now()): Promise<DraftReminderRound> {
    const lease: Lease = { workerId: this.workerId, now, leaseMs: this.#settings.leaseMs };
    const { db } = this.#options;
    const { batchSize } = this.#settings;
    const round: DraftReminderRound = { sent: 0, dropped: 0, deferred: 0 };
    return fireInBatches(
      () => claimDueDraftReminders(db, lease, batchSize),
      (reminder) => this.#fire(reminder, lease),
      batchSize,
      round,
    );
  }

  start(): void {
    this.#loop.start();
  }

  /** Look at the reminders now rather than at the next interval. */
  nudge(): void {
    this.#loop.nudge();
  }

  stop(): Promise<void> {
    return this.#loop.stop();
  }

  async #fire(reminder: ClaimedDraftReminder, lease: Lease): Promise<keyof DraftReminderRound | undefined> {
    const { db, logger, messenger } = this.#options;
    const logged = { reminderId: reminder.id, boardId: reminder.boardId, clockId: reminder.clockId, recipient: reminder.recipient };
    try {
      const delivery = await this.#deliveryOf(reminder, lease.now);
      if ('dropped' in delivery) {
        const marked = await markDraftReminderDone(db, reminder, lease);
        if (marked) logger.info({ ...logged, reason: delivery.dropped }, 'draft reminder dropped');
        return marked ? 'dropped' : undefined;
      }
      await messenger.send(delivery.conversation, { type: 'message', text: delivery.text });
      const marked = await markDraftReminderDone(db, reminder, lease);
      if (marked) logger.info(logged, 'draft reminder sent');
      return marked ? 'sent' : undefined;
    } catch (error) {
      await retryDraftReminder(db, reminder, lease, new Date(lease.now.getTime() + this.#settings.retryMs)).catch(() => undefined);
      logger.warn({ ...logged, errorType: errorTypeOf(error) }, 'draft reminder could not be sent; will try again');
      return 'deferred';
    }
  }

  async #deliveryOf(reminder: ClaimedDraftReminder, now: Date): Promise<Delivery> {
    if (reminder.expiresAt <= now) return { dropped: 'draftExpired' };
    const board = this.#options.boardOf(reminder.boardId);
    if (board === undefined) return { dropped: 'unknownBoard' };
    const deadline = draftDeadline(board, reminder.edition, { clockId: reminder.clockId, startsAt: reminder.clockStartsAt });
    if (deadline.kind !== 'due') return { dropped: 'clockNotSet' };
    if (reminder.recipient === 'drafter') return { conversation: reminder.conversation, text: drafterReminderText(reminder, deadline, now) };
    const manager = managerOf(board, reminder.drafterIdentity);
    if (manager === undefined) return { dropped: 'noManager' };
    const conversation = await userConversationOf(this.#options.db, manager);
    if (conversation === undefined) return { dropped: 'managerNeverSpokeToBot' };
    return { conversation, text: managerReminderText(reminder, deadline, now) };
  }
}
