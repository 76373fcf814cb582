import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryWorker } from '../../bot/delivery/deliveryWorker.ts';
import { DEFAULT_RETRY_SETTINGS } from '../../bot/delivery/retrySchedule.ts';
import { auditTrailOf } from '../../bot/audit/auditLog.ts';
import { SubmissionService } from '../../bot/submissions/submissionService.ts';
import { BoardReceiver } from '../support/boardReceiver.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';
import { submissionRequest } from '../submissions/sampleSubmissions.ts';
import { testBoardConfig, WEBHOOK_SECRET, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';
import { recordsCli } from './recordsCli.ts';

let boards: TestBoardDirectory;
beforeAll(async () => {
  boards = await writeTestBoards([testBoardConfig('webhook-board', { webhookUrl: 'https://board.example.org/records' }), testBoardConfig('inbox-board')]);
});
afterAll(() => boards.remove());

describe.each(testDatabases())('parked deliveries, re-queue and history on $engine', (engine) => {
  let db: TestDatabase;
  let receiver: BoardReceiver;
  let worker: DeliveryWorker;
  let cli: ReturnType<typeof recordsCli>;

  beforeEach(async () => {
    db = await engine.migrated();
    receiver = new BoardReceiver({ secret: WEBHOOK_SECRET });
    await receiver.start();
    const quiet = () => {};
    worker = new DeliveryWorker({
      db,
      webhookFor: (boardId) => (boardId === 'webhook-board' ? { url: new URL(receiver.url), secret: WEBHOOK_SECRET, timeoutMs: 2_000, allowPrivateNetwork: true } : undefined),
      raiseOperationsAlert: async () => {},
      notifySubmitter: async () => {},
      logger: { info: quiet, warn: quiet, error: quiet },
      settings: { retry: DEFAULT_RETRY_SETTINGS, pollIntervalMs: 50 },
      random: () => 0.5,
    });
    cli = recordsCli(db, boards.boards);
  });
  afterEach(async () => {
    await worker.stop();
    await receiver.stop();
    await db.close();
  });

  const service = () => new SubmissionService({ db, boardFor: (id) => boards.boards.get(id), time: { now: () => new Date() } });
  const submit = () => service().submit(submissionRequest('lado_referral', 'webhook-board', { formInstanceId: randomUUID() }));

  /** Submits records the board refuses (HTTP 410), so the worker parks each at once. */
  async function parkedRecords(count: number) {
    receiver.misbehave({ kind: 'status', status: 410 });
    const receipts = [];
    for (let index = 0; index < count; index += 1) receipts.push(await submit());
    await worker.runOnce();
    await worker.settle();
    receiver.recover();
    return receipts;
  }

  const status = async (recordId: string) => (await db.query<{ status: string }>('SELECT status FROM outbox WHERE record_id = $1', [recordId])).rows[0]?.status;

  it('lists parked deliveries with the reason, as text and as JSON, and audits the look', async () => {
    const [receipt] = await parkedRecords(1);

    const text = await cli('parked');
    expect(text.code).toBe(0);
    expect(text.out).toContain(`${receipt!.reference} (LADO referral, board webhook-board)`);
    expect(text.out).toContain("after 1 attempt: the board's system refused it (HTTP 410).");

    const json = await cli('parked', '--json', '--board', 'webhook-board');
    expect(JSON.parse(json.out)).toMatchObject({ parked: [{ reference: receipt!.reference, attempts: 1, lastErrorStatus: 410, boardId: 'webhook-board' }] });
    expect(JSON.parse((await cli('parked', '--json', '--board', 'inbox-board')).out)).toEqual({ parked: [] });

    const looks = await db.query<{ actor: string; detail: unknown }>(`SELECT actor, detail FROM audit_log WHERE action = 'deliveries.parkedListed' ORDER BY id`);
    expect(looks.rows).toEqual([
      { actor: 'operator:tester', detail: { boardId: null, count: 1 } },
      { actor: 'operator:tester', detail: { boardId: 'webhook-board', count: 1 } },
      { actor: 'operator:tester', detail: { boardId: 'inbox-board', count: 0 } },
    ]);
  });

  it('re-queues a parked delivery and the running worker delivers it exactly once', async () => {
    const [receipt] = await parkedRecords(1);
    worker.start();

    const requeued = await cli('requeue', receipt!.reference.toLowerCase());
    expect(requeued).toMatchObject({ code: 0, err: '' });
    expect(requeued.out).toContain(`Re-queued: ${receipt!.reference}.`);
    await receiver.waitForFirstDeliveries(1);
    await expect.poll(() => status(receipt!.recordId)).toBe('delivered');

    const again = await cli('requeue', receipt!.reference);
    expect(again.code).toBe(1);
    expect(again.out).toContain(`Not parked, so left as they are: ${receipt!.reference}.`);
    await worker.stop();

    expect(receiver.deliveries.filter((delivery) => delivery.idempotencyKey === receipt!.recordId)).toHaveLength(1);
    const trail = await auditTrailOf(db, receipt!.recordId);
    expect(trail.map((entry) => entry.action)).toEqual(['record.submitted', 'record.deliveryParked', 'record.deliveryRequeued', 'record.delivered']);
    expect(trail[2]).toMatchObject({ actor: 'operator:tester', detail: { attemptsBefore: 1, lastErrorStatus: 410 } });
  });

  it('re-queues every parked delivery of a board with --all', async () => {
    const receipts = await parkedRecords(2);

    const result = await cli('requeue', '--all', '--board', 'webhook-board', '--json');
    expect(result.code).toBe(0);
    const { requeued, notParked } = JSON.parse(result.out) as { requeued: string[]; notParked: string[] };
    expect([requeued.sort(), notParked]).toEqual([receipts.map((receipt) => receipt.reference).sort(), []]);
    await worker.runOnce();

    expect(
      receiver
        .firstDeliveries()
        .map((delivery) => delivery.idempotencyKey)
        .sort(),
    ).toEqual(receipts.map((receipt) => receipt.recordId).sort());
    expect(JSON.parse((await cli('parked', '--json')).out)).toEqual({ parked: [] });
  });

  it("shows a record's delivery history step by step, and audits the look", async () => {
    const [receipt] = await parkedRecords(1);
    await cli('requeue', receipt!.reference);
    await worker.runOnce();

    const text = await cli('history', receipt!.reference, '--board', 'webhook-board');
    expect(text.code).toBe(0);
    expect(text.out).toContain(`LADO referral ${receipt!.reference} (board webhook-board)`);
    expect(text.out).toContain("Status: delivered, to the board's system, after 1 attempts.");
    expect(text.out).toMatch(/record\.deliveryParked {2}by system:delivery/);
    expect(text.out).toMatch(/record\.deliveryRequeued {2}by operator:tester/);

    const json = JSON.parse((await cli('history', receipt!.reference, '--json')).out);
    expect(json.delivery).toMatchObject({ status: 'delivered', boardReference: 'BOARD-1', reference: receipt!.reference });
    expect(json.audit.map((entry: { action: string }) => entry.action)).toContain('record.deliveryRequeued');
    expect((await auditTrailOf(db, receipt!.recordId)).filter((entry) => entry.action === 'record.deliveryHistoryViewed')).toHaveLength(2);
  });

  it('says plainly what is wrong with a command, a board or a reference', async () => {
    expect(await cli('requeue')).toMatchObject({ code: 2, err: expect.stringContaining('Give one reference, or --all.') });
    expect(await cli('parked', '--board', 'no-such-board')).toMatchObject({
      code: 2,
      err: 'There is no board "no-such-board" in the board configuration. Configured boards: inbox-board, webhook-board.',
    });
    expect(await cli('history', 'LADO-2026-999999')).toMatchObject({ code: 1, err: 'There is no record LADO-2026-999999.' });
    expect(await cli('parked', '--colour')).toMatchObject({ code: 2, err: expect.stringContaining("Unknown option '--colour'") });
    expect(await cli('nonsense')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command "nonsense"') });
  });
});
