import { randomUUID } from 'node:crypto';
import { WRITTEN_WITH_RECORD } from '../bot/records/retention/purgeBatch.ts';
import { purgeExpiredRecords, PURGE_BATCH_SIZE } from '../bot/records/retention/retentionRun.ts';
import { openPostgresDatabase } from '../bot/storage/postgresDatabase.ts';
import { SubmissionService } from '../bot/submissions/submissionService.ts';
import { testDatabases, type TestDatabase } from '../test/support/databases.ts';
import { copyRecord, yearsFromNow } from '../test/records/retentionStore.ts';
import { submissionRequest } from '../test/submissions/sampleSubmissions.ts';
import { testBoardConfig, writeTestBoards, type TestBoardDirectory } from '../test/submissions/testBoards.ts';
import { formatNanoseconds, type BenchResult } from './measure.ts';

const RECORDS = 100_000;
const BOARD = 'bench-board';

/** RECORDS consultations past their period: one submitted through the service, the rest copies with outbox rows. */
async function fillStore(db: TestDatabase, boards: TestBoardDirectory): Promise<void> {
  const service = new SubmissionService({ db, boardFor: (id) => boards.boards.get(id), time: { now: () => new Date() } });
  const receipt = await service.submit(submissionRequest('lado_consultation', BOARD, { formInstanceId: randomUUID() }));
  await copyRecord(db, receipt.recordId, RECORDS - 1);
  await db.query('ANALYZE');
}

/** The floor any purge pays: the same deletes by id (records and the rows written with them), PURGE_BATCH_SIZE per transaction. */
async function bareDeleteNs(db: TestDatabase): Promise<number> {
  const start = process.hrtime.bigint();
  for (;;) {
    const deleted = await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string }>('SELECT id FROM records ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED', [PURGE_BATCH_SIZE]);
      const ids = rows.map((row) => row.id);
      for (const table of WRITTEN_WITH_RECORD) await tx.query(`DELETE FROM ${table} WHERE record_id = ANY($1::uuid[])`, [ids]);
      await tx.query('DELETE FROM records WHERE id = ANY($1::uuid[])', [ids]);
      return ids.length;
    });
    if (deleted < PURGE_BATCH_SIZE) return Number(process.hrtime.bigint() - start);
  }
}

async function purgeNs(db: TestDatabase, boards: TestBoardDirectory, workers: number): Promise<{ ns: number; purged: number; longestBatchMs: number }> {
  const connections = [db, ...(await Promise.all(Array.from({ length: workers - 1 }, () => openPostgresDatabase({ connectionString: db.url!, maxConnections: 2 }))))];
  try {
    const now = yearsFromNow(7);
    const start = process.hrtime.bigint();
    const reports = await Promise.all(connections.map((connection, index) => purgeExpiredRecords(connection, { boardOf: (id) => boards.boards.get(id), now, actor: `system:bench-${index}` })));
    const ns = Number(process.hrtime.bigint() - start);
    return { ns, purged: reports.reduce((sum, report) => sum + report.due.length, 0), longestBatchMs: Math.max(...reports.map((report) => report.longestBatchMs)) };
  } finally {
    await Promise.all(connections.slice(1).map((connection) => connection.close()));
  }
}

/** A fresh store of RECORDS due records, handed to `measure`, then dropped. */
async function withFilledStore<T>(engine: ReturnType<typeof testDatabases>[number], boards: TestBoardDirectory, measure: (db: TestDatabase) => Promise<T>): Promise<T> {
  const db = await engine.migrated();
  try {
    await fillStore(db, boards);
    return await measure(db);
  } finally {
    await db.close();
  }
}

/**
 * Purging 100,000 records past their retention period on PostgreSQL, by one instance and by two at once, against
 * deleting the same rows bare (no retention rules, tombstones, audit entries or hold checks) in batches of the same size.
 */
export default async function purgeBench(): Promise<BenchResult[]> {
  const postgres = testDatabases().find((engine) => engine.engine === 'postgres');
  if (!postgres) {
    console.log('purge bench skipped: it needs PostgreSQL for 100,000 records (set DATABASE_URL).');
    return [];
  }
  const boards = await writeTestBoards([testBoardConfig(BOARD)]);
  try {
    const baseline = await withFilledStore(postgres, boards, bareDeleteNs);
    const results: BenchResult[] = [];
    for (const workers of [1, 2]) {
      const run = await withFilledStore(postgres, boards, (db) => purgeNs(db, boards, workers));
      results.push({
        name: `purge ${run.purged} records past their period, ${workers} instance(s) on postgres`,
        baselineName: `bare batched DELETE of ${RECORDS} records and the rows written with them`,
        ratio: run.ns / baseline,
        detail: `${Math.round(run.purged / (run.ns / 1e9))} records purged/s; longest batch transaction ${run.longestBatchMs.toFixed(0)} ms; bare delete ${formatNanoseconds(baseline / RECORDS)} per record`,
      });
    }
    return results;
  } finally {
    await boards.remove();
  }
}
