import type { TimeSource } from '../../dialogs/ports.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { PollingLoop } from '../jobs/pollingLoop.ts';
import type { Worker } from '../jobs/worker.ts';
import { errorTypeOf } from '../logging/errorType.ts';
import type { Logger } from '../logging/logger.ts';
import { expireAuditTrails } from '../records/retention/auditTrailExpiry.ts';
import { purgeExpiredRecords } from '../records/retention/retentionRun.ts';
import type { Database, Queryable } from '../storage/database.ts';
import { purgeProcessedActivities } from '../storage/processedActivities.ts';

const MS_PER_DAY = 86_400_000;
const ACTOR = 'system:housekeeping';

export interface HousekeepingOptions {
  db: Database;
  logger: Logger;
  /** The boards as configured now: their retention periods, audit trail periods and idle-state days. */
  boards: () => Iterable<Board>;
  /** The clock retention periods are judged by (tests pass a controllable one); idle ages use the real clock. */
  clock?: TimeSource;
  /** Redelivery claims are kept this long; channels stop redelivering within minutes. */
  activityClaimDays?: number;
  intervalMs?: number;
}

export interface HousekeepingRound {
  idleStates: number;
  activityClaims: number;
  recordsPurged: number;
  auditEntriesExpired: number;
}

/**
 * Conversation and user state (dialogs in progress, drafts with case detail) not touched for the idle period
 * is deleted, whether or not its owner comes back: nothing unsubmitted lingers in the store.
 */
export async function purgeIdleState(db: Queryable, olderThan: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM bot_state WHERE updated_at < $1', [olderThan]);
  return rowCount;
}

/**
 * State rows are keyed by conversation and user, not by board (a person may work for several), so the idle period
 * is the shortest `dialogStateInactivityDays` of the boards configured: no board's limit is exceeded.
 */
export function idleStateDays(boards: Iterable<Board>): number | undefined {
  const days = [...boards].map((board) => board.dialogStateInactivityDays);
  return days.length > 0 ? Math.min(...days) : undefined;
}

/**
 * Runs hourly: idle state, old redelivery claims, records whose retention period has ended (not under legal hold),
 * and audit trails past their own period. Every instance may run it: each part is idempotent and takes its rows in
 * bounded batches that another instance skips. Idle ages are on the real clock, as the rows are stamped by the
 * database's now(); retention periods are calendar years from knowledge/.
 */
export class Housekeeping implements Worker {
  readonly #options: HousekeepingOptions;
  readonly #loop: PollingLoop;

  constructor(options: HousekeepingOptions) {
    this.#options = options;
    this.#loop = new PollingLoop(
      async () => {
        await this.runOnce();
        return { more: false };
      },
      options.intervalMs ?? 60 * 60_000,
      (error) => options.logger.warn({ errorType: errorTypeOf(error) }, 'housekeeping failed; will try again'),
    );
  }

  async runOnce(): Promise<HousekeepingRound> {
    const { db, logger } = this.#options;
    const now = this.#options.clock?.now() ?? new Date();
    const realNow = Date.now();
    const boards = [...this.#options.boards()];
    const boardOf = (id: string) => boards.find((board) => board.id === id);
    const idleDays = idleStateDays(boards);
    const round: HousekeepingRound = {
      idleStates: idleDays === undefined ? 0 : await purgeIdleState(db, new Date(realNow - idleDays * MS_PER_DAY)),
      activityClaims: await purgeProcessedActivities(db, new Date(realNow - (this.#options.activityClaimDays ?? 2) * MS_PER_DAY)),
      recordsPurged: (await purgeExpiredRecords(db, { boardOf, now, actor: ACTOR })).due.length,
      auditEntriesExpired: await expireAuditTrails(db, boards, { now, actor: ACTOR }),
    };
    if (Object.values(round).some((count) => count > 0)) logger.info(round, 'housekeeping purged old state');
    return round;
  }

  start(): void {
    this.#loop.start();
  }

  /** Run a pass now rather than within the hour. */
  nudge(): void {
    this.#loop.nudge();
  }

  stop(): Promise<void> {
    return this.#loop.stop();
  }
}
