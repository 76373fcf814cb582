import { randomUUID } from 'node:crypto';
import { DeliveryWorker } from '../bot/delivery/deliveryWorker.ts';
import { postToWebhook, type WebhookTarget } from '../bot/delivery/webhookClient.ts';
import type { DeliverableRecord } from '../bot/delivery/webhookDocument.ts';
import { SubmissionService } from '../bot/submissions/submissionService.ts';
import { BoardReceiver } from '../test/support/boardReceiver.ts';
import { testDatabases, type TestDatabase } from '../test/support/databases.ts';
import { submissionRequest } from '../test/submissions/sampleSubmissions.ts';
import { testBoardConfig, WEBHOOK_SECRET, writeTestBoards, type TestBoardDirectory } from '../test/submissions/testBoards.ts';
import { formatNanoseconds, type BenchResult } from './measure.ts';

const QUEUED = 10_000;
const BASELINE_POSTS = 500;
const quiet = { info() {}, warn() {}, error() {} };

/** Submits one record through the service, then queues QUEUED copies of it (own ids, references and form instances). */
async function queueRecords(db: TestDatabase, boards: TestBoardDirectory): Promise<DeliverableRecord> {
  const service = new SubmissionService({ db, boardFor: (id) => boards.boards.get(id), time: { now: () => new Date() } });
  const receipt = await service.submit(submissionRequest('lado_referral', 'bench-board', { formInstanceId: randomUUID() }));
  await db.query(
    `INSERT INTO records (id, board_id, type, reference, form_instance_id, edition, pack_version, submitter_identity, payload, created_at)
     SELECT gen_random_uuid(), board_id, type, 'LADO-2027-' || lpad(n::text, 6, '0'), 'bench-' || n, edition, pack_version,
       submitter_identity, payload, created_at
     FROM records, generate_series(1, $2::int) AS n WHERE records.id = $1`,
    [receipt.recordId, QUEUED - 1],
  );
  await db.query(
    `INSERT INTO outbox (record_id, board_id, destination, status, next_attempt_at)
     SELECT id, board_id, 'webhook', 'pending', now() FROM records WHERE id <> $1`,
    [receipt.recordId],
  );
  const { rows } = await db.query<{ type: string; reference: string; edition: string; pack_version: string; created_at: Date; payload: unknown }>(
    'SELECT type, reference, edition, pack_version, created_at, payload FROM records WHERE id = $1',
    [receipt.recordId],
  );
  const record = rows[0]!;
  return {
    recordId: receipt.recordId,
    boardId: 'bench-board',
    type: record.type,
    reference: record.reference,
    edition: record.edition,
    packVersion: record.pack_version,
    submittedAt: record.created_at,
    payload: record.payload,
  };
}

async function deliverAll(db: TestDatabase, workers: DeliveryWorker[]): Promise<number> {
  const start = process.hrtime.bigint();
  for (;;) {
    const rounds = await Promise.all(workers.map((worker) => worker.runOnce()));
    if (rounds.every((round) => round.claimed === 0)) break;
  }
  await Promise.all(workers.map((worker) => worker.settle()));
  return Number(process.hrtime.bigint() - start);
}

async function benchEngine(db: TestDatabase, boards: TestBoardDirectory, receiver: BoardReceiver, workerCount: number): Promise<BenchResult> {
  const target: WebhookTarget = { url: new URL(receiver.url), secret: WEBHOOK_SECRET, timeoutMs: 10_000, allowPrivateNetwork: true };
  const template = await queueRecords(db, boards);

  const baselineStart = process.hrtime.bigint();
  for (let i = 0; i < BASELINE_POSTS; i++) await postToWebhook(target, { ...template, recordId: randomUUID() }, new Date());
  const perPost = Number(process.hrtime.bigint() - baselineStart) / BASELINE_POSTS;

  const firstBefore = receiver.firstDeliveries().length;
  const workers = Array.from({ length: workerCount }, () => new DeliveryWorker({ db, webhookFor: () => target, raiseOperationsAlert: async () => {}, notifySubmitter: async () => {}, logger: quiet }));
  const elapsed = await deliverAll(db, workers);
  const delivered = receiver.firstDeliveries().length - firstBefore;
  const perRecord = elapsed / delivered;
  return {
    name: `deliver ${delivered} queued records, ${workerCount} worker(s) on ${db.engine}`,
    baselineName: 'one signed POST round trip to the local receiver, one at a time',
    ratio: perRecord / perPost,
    detail: `${formatNanoseconds(perRecord)} per record (${Math.round(1e9 / perRecord)} records/s) vs ${formatNanoseconds(perPost)} per POST`,
  };
}

/**
 * Throughput of the delivery worker draining 10,000 queued records into the local board receiver (which runs in
 * this same process, so the baseline and the measurement both pay for its side of every request).
 */
export default async function deliveryBench(): Promise<BenchResult[]> {
  const receiver = new BoardReceiver({ secret: WEBHOOK_SECRET, processingMs: 0 });
  await receiver.start();
  const boards = await writeTestBoards([testBoardConfig('bench-board', { webhookUrl: receiver.url })]);
  const results: BenchResult[] = [];
  try {
    for (const engine of testDatabases()) {
      for (const workerCount of engine.engine === 'postgres' ? [1, 2] : [1]) {
        const db = await engine.migrated();
        try {
          results.push(await benchEngine(db, boards, receiver, workerCount));
        } finally {
          await db.close();
        }
      }
    }
  } finally {
    await receiver.stop();
    await boards.remove();
  }
  return results;
}
