import type { Board } from '../../../knowledge/boards/boardFiles.ts';
import type { Database } from '../../storage/database.ts';
import { FIRST_RECORD_ID, retentionCandidatesAfter } from './retentionCandidates.ts';
import { keptWithDue, purgeBatch } from './purgeBatch.ts';
import type { DueRecord } from './retentionVerdict.ts';
import { retentionVerdict } from './retentionVerdict.ts';

/** Records read and purged per transaction: small enough that no lock is held for long. */
export const PURGE_BATCH_SIZE = 500;

export interface RetentionRunOptions {
  boardOf: (boardId: string) => Board | undefined;
  now: Date;
  /** Who purges, for tombstones and the audit trail: 'system:housekeeping' or 'operator:<login>'. */
  actor: string;
  batchSize?: number;
  /** Only records of this board. */
  boardId?: string;
}

export interface RetentionReport {
  /** What went (or, in a dry run, what would go) and why. */
  due: DueRecord[];
  /** How many records stay, by reason (a record kept with another is counted here until that one is due). */
  kept: Record<string, number>;
  /** The longest single purge transaction, in milliseconds (0 in a dry run). */
  longestBatchMs: number;
}

async function walkRecords(db: Database, options: RetentionRunOptions, onDue: (due: DueRecord[]) => Promise<DueRecord[]>): Promise<RetentionReport> {
  const report: RetentionReport = { due: [], kept: {}, longestBatchMs: 0 };
  const batchSize = options.batchSize ?? PURGE_BATCH_SIZE;
  for (let afterId = FIRST_RECORD_ID; ;) {
    const page = await retentionCandidatesAfter(db, afterId, batchSize);
    const due: DueRecord[] = [];
    for (const candidate of page) {
      if (options.boardId !== undefined && candidate.boardId !== options.boardId) continue;
      const verdict = retentionVerdict(candidate, options.boardOf(candidate.boardId), options.now);
      if ('due' in verdict) due.push(verdict.due);
      else report.kept[verdict.kept] = (report.kept[verdict.kept] ?? 0) + 1;
    }
    if (due.length > 0) report.due.push(...(await onDue(due)));
    if (page.length < batchSize) return report;
    afterId = page.at(-1)!.recordId;
  }
}

/** What a purge would do now, without changing anything: the records kept with a due record are listed as due too. */
export function planPurge(db: Database, options: RetentionRunOptions): Promise<RetentionReport> {
  return walkRecords(db, options, async (due) => [...due, ...(await keptWithDue(db, due, options.boardOf, 'read'))]);
}

/**
 * Purges every record whose retention period has ended and that is not under legal hold, one bounded transaction
 * per page of records. Idempotent, and safe with several instances on one PostgreSQL: a record another instance is
 * purging is skipped, and one it purged is gone.
 */
export async function purgeExpiredRecords(db: Database, options: RetentionRunOptions): Promise<RetentionReport> {
  let longestBatchMs = 0;
  const report = await walkRecords(db, options, async (due) => {
    const started = performance.now();
    const purged = await db.transaction((tx) => purgeBatch(tx, due, options.boardOf, options));
    longestBatchMs = Math.max(longestBatchMs, performance.now() - started);
    return purged;
  });
  return { ...report, longestBatchMs };
}
