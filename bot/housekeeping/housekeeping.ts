import { errorTypeOf } from '../logging/errorType.ts';
import type { Logger } from '../logging/logger.ts';
import { PollingLoop } from '../scheduler/pollingLoop.ts';
import type { Queryable } from '../storage/database.ts';
import { purgeProcessedActivities } from '../storage/processedActivities.ts';

const MS_PER_DAY = 86_400_000;


export interface HousekeepingSettings {
  /** In-progress dialog state and drafts are deleted after this many idle days (domain brief §8: 7). */
  idleStateDays: number;
  /** Redelivery claims are kept this long; channels stop redelivering within minutes. */
  activityClaimDays: number;
  intervalMs: number;
}

export const DEFAULT_HOUSEKEEPING: HousekeepingSettings = { idleStateDays: 7, activityClaimDays: 2, intervalMs: 60 * 60_000 };

/**
 * Conversation and user state (dialogs in progress, drafts with case detail) not touched for the idle period
 * is deleted, whether or not its owner comes back: nothing unsubmitted lingers in the store.
 */
export async function purgeIdleState(db: Queryable, olderThan: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM bot_state WHERE updated_at < $1', [olderThan]);
  return rowCount;
}

/**
 * Runs the purges hourly. Every instance may run them: deletes by age are idempotent. Ages are on the real
 * clock, as the rows are stamped by the database's now(): not a statutory clock, so not from knowledge/.
 */
export class Housekeeping {
  readonly #db: Queryable;
  readonly #logger: Logger;
  readonly #settings: HousekeepingSettings;
  readonly #loop: PollingLoop;

  constructor(db: Queryable, logger: Logger, settings: HousekeepingSettings = DEFAULT_HOUSEKEEPING) {
    this.#db = db;
    this.#logger = logger;
    this.#settings = settings;
    this.#loop = new PollingLoop(
      async () => {
        await this.runOnce();
        return { more: false };
      },
      settings.intervalMs,
      (error) => logger.warn({ errorType: errorTypeOf(error) }, 'housekeeping failed; will try again'),
    );
  }

  async runOnce(): Promise<{ idleStates: number; activityClaims: number }> {
    const now = Date.now();
    const idleStates = await purgeIdleState(this.#db, new Date(now - this.#settings.idleStateDays * MS_PER_DAY));
    const activityClaims = await purgeProcessedActivities(this.#db, new Date(now - this.#settings.activityClaimDays * MS_PER_DAY));
    if (idleStates + activityClaims > 0) this.#logger.info({ idleStates, activityClaims }, 'housekeeping purged old state');
    return { idleStates, activityClaims };
  }

  start(): void {
    this.#loop.start();
  }

  stop(): Promise<void> {
    return this.#loop.stop();
  }
}
