import { randomUUID } from 'node:crypto';
import { SubmissionService } from '../bot/submissions/submissionService.ts';
import { testDatabases, type TestDatabase } from '../test/support/databases.ts';
import { submissionRequest } from '../test/submissions/sampleSubmissions.ts';
import { testBoardConfig, writeTestBoards } from '../test/submissions/testBoards.ts';
import { formatNanoseconds, type BenchResult } from './measure.ts';

const SUBMISSIONS = 300;

/** Median nanoseconds per awaited call over a few rounds of `count` calls, after a warm-up round. */
async function nanosecondsPerAwait(count: number, operation: (iteration: number) => Promise<unknown>): Promise<number> {
  const perCall: number[] = [];
  for (let round = 0; round < 4; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i++) await operation(round * count + i);
    if (round > 0) perCall.push(Number(process.hrtime.bigint() - start) / count);
  }
  perCall.sort((a, b) => a - b);
  return perCall[1] ?? Number.NaN;
}

async function benchEngine(db: TestDatabase, boardDirectory: Awaited<ReturnType<typeof writeTestBoards>>): Promise<BenchResult> {
  await db.query('CREATE TABLE bench_bare_insert (id uuid PRIMARY KEY, payload jsonb NOT NULL)');
  const service = new SubmissionService({ db, boardFor: (id) => boardDirectory.boards.get(id), time: { now: () => new Date() } });
  const payload = JSON.stringify(submissionRequest('lado_referral', 'bench-board', { formInstanceId: 'payload' }).record);
  const startsAt = new Date('2030-01-07T10:00:00Z');

  const bareInsert = await nanosecondsPerAwait(SUBMISSIONS, () => db.query('INSERT INTO bench_bare_insert (id, payload) VALUES ($1, $2::jsonb)', [randomUUID(), payload]));
  const submission = await nanosecondsPerAwait(SUBMISSIONS, () =>
    service.submit(submissionRequest('lado_referral', 'bench-board', { formInstanceId: randomUUID(), clocks: [{ clockId: 'LADO_REPORT', startsAt }] })),
  );
  return {
    name: `submit a LADO referral on ${db.engine} (record, clock, 3 timers, outbox, audit; one transaction)`,
    baselineName: `one bare INSERT of the same JSON on ${db.engine}`,
    ratio: submission / bareInsert,
    detail: `${formatNanoseconds(submission)} vs ${formatNanoseconds(bareInsert)} per call`,
  };
}

/** The cost of one submission against the cheapest write the same store can do, on PGlite and (with DATABASE_URL) PostgreSQL. */
export default async function submissionBench(): Promise<BenchResult[]> {
  const boards = await writeTestBoards([testBoardConfig('bench-board', { webhookUrl: 'https://board.example.org/records' })]);
  const results: BenchResult[] = [];
  try {
    for (const engine of testDatabases()) {
      const db = await engine.migrated();
      try {
        results.push(await benchEngine(db, boards));
      } finally {
        await db.close();
      }
    }
  } finally {
    await boards.remove();
  }
  return results;
}
