import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OperationsAlert, SubmitterNotice } from '../../bot/delivery/deliveryPorts.ts';
import { DeliveryWorker, type DeliveryWorkerSettings } from '../../bot/delivery/deliveryWorker.ts';
import { claimDueDeliveries, nextClaimableAt } from '../../bot/delivery/outboxStore.ts';
import { DEFAULT_RETRY_SETTINGS } from '../../bot/delivery/retrySchedule.ts';
import { auditTrailOf } from '../../bot/audit/auditLog.ts';
import { SubmissionService } from '../../bot/submissions/submissionService.ts';
import type { WebhookTarget } from '../../bot/delivery/webhookClient.ts';
import { BoardReceiver } from '../support/boardReceiver.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';
import { submissionRequest } from '../submissions/sampleSubmissions.ts';
import { testBoardConfig, WEBHOOK_SECRET, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';

const START = new Date('2026-03-02T16:10:00Z');
const HOUR = 3_600_000;

let boards: TestBoardDirectory;
beforeAll(async () => {
  boards = await writeTestBoards([testBoardConfig('webhook-board', { webhookUrl: 'https://board.example.org/records' }), testBoardConfig('inbox-board')]);
});
afterAll(() => boards.remove());

describe.each(testDatabases())('the delivery worker on $engine', (engine) => {
  let db: TestDatabase;
  let now: Date;
  let receiver: BoardReceiver;
  let service: SubmissionService;
  let alerts: OperationsAlert[];
  let notices: SubmitterNotice[];
  let logs: string[];
  let secret: string;
  let webhookFor: (boardId: string) => WebhookTarget | undefined;

  beforeEach(async () => {
    db = await engine.migrated();
    now = START;
    receiver = new BoardReceiver({ secret: WEBHOOK_SECRET, now: () => now });
    await receiver.start();
    service = new SubmissionService({ db, boardFor: (id) => boards.boards.get(id), time: { now: () => now } });
    alerts = [];
    notices = [];
    logs = [];
    secret = WEBHOOK_SECRET;
    webhookFor = (boardId) => (boardId === 'webhook-board' ? { url: new URL(receiver.url), secret, timeoutMs: 1_000, allowPrivateNetwork: true } : undefined);
  });
  afterEach(async () => {
    await receiver.stop();
    await db.close();
  });

  function worker(settings: Partial<DeliveryWorkerSettings> = {}, options: { raiseOperationsAlert?: (alert: OperationsAlert) => Promise<void> } = {}) {
    const log = (level: string) => (details: object, message: string) => logs.push(JSON.stringify({ level, message, ...details }));
    return new DeliveryWorker({
      db,
      webhookFor: (boardId) => webhookFor(boardId),
      raiseOperationsAlert: options.raiseOperationsAlert ?? (async (alert) => void alerts.push(alert)),
      notifySubmitter: async (notice) => void notices.push(notice),
      logger: { info: log('info'), warn: log('warn'), error: log('error') },
      settings: { retry: DEFAULT_RETRY_SETTINGS, ...settings },
      clock: { now: () => now },
      random: () => 0.5,
    });
  }

  const submit = async (boardId = 'webhook-board') => service.submit(submissionRequest('lado_referral', boardId, { formInstanceId: randomUUID() }));

  const outboxRow = async (recordId: string) => (await db.query<Record<string, unknown>>('SELECT * FROM outbox WHERE record_id = $1', [recordId])).rows[0] ?? {};

  /** One pass of the worker, and the follow-up messages it started. */
  async function pass(delivery: DeliveryWorker) {
    const round = await delivery.runOnce();
    await delivery.settle();
    return round;
  }

  /** Moves the clock to when the next row can be claimed, and runs a pass there. */
  async function runAtNextAttempt(delivery: DeliveryWorker) {
    const next = await nextClaimableAt(db);
    if (next && next > now) now = next;
    return pass(delivery);
  }

  it('posts the record signed, with its id as idempotency key, stores the board reference and tells the submitter', async () => {
    const receipt = await submit();

    expect(await pass(worker())).toMatchObject({ claimed: 1, delivered: 1 });

    const [delivery] = receiver.deliveries;
    expect(receiver.rejected).toBe(0);
    expect(delivery).toMatchObject({ idempotencyKey: receipt.recordId, schemaVersion: '1', first: true });
    expect(delivery?.document).toMatchObject({
      schemaVersion: 1,
      type: 'lado_referral',
      reference: receipt.reference,
      recordId: receipt.recordId,
      boardId: 'webhook-board',
      submittedAt: START.toISOString(),
      edition: 'wt2018',
      record: { type: 'lado_referral', boardId: 'webhook-board' },
    });
    expect(await outboxRow(receipt.recordId)).toMatchObject({ status: 'delivered', attempts: 1, board_reference: 'BOARD-1', delivered_at: START, locked_by: null });
    expect(notices).toEqual([{ recordId: receipt.recordId, reference: receipt.reference, text: `The board's system has received ${receipt.reference}. Their reference is BOARD-1.` }]);
    expect((await auditTrailOf(db, receipt.recordId)).map((entry) => entry.action)).toEqual(['record.submitted', 'record.delivered']);
  });

  it('retries a failing board with doubling, jittered waits and delivers once it answers', async () => {
    const receipt = await submit();
    receiver.misbehave({ kind: 'status', status: 503 }, { times: 3 });
    const delivery = worker();

    for (let attempt = 0; attempt < 4; attempt += 1) await runAtNextAttempt(delivery);

    expect(receiver.requestsFor(receipt.recordId).map((request) => request.answer)).toEqual([503, 503, 503, 200]);
    // Half of each ceiling (the test's jitter is 0.5): 30 s, 60 s, 120 s after the first attempt.
    expect(now.getTime() - START.getTime()).toBe(210_000);
    expect(await outboxRow(receipt.recordId)).toMatchObject({ status: 'delivered', attempts: 4, last_error_status: 503, last_error: 'HTTP 503' });
    expect(receiver.firstDeliveries()).toHaveLength(1);
  });

  it("waits as long as the board's Retry-After asks, in seconds or as a date", async () => {
    const receipt = await submit();
    const delivery = worker();
    receiver.misbehave({ kind: 'status', status: 429, retryAfter: '120' }, { times: 1 });
    await pass(delivery);
    expect(await outboxRow(receipt.recordId)).toMatchObject({ status: 'pending', next_attempt_at: new Date(START.getTime() + 120_000), last_error_status: 429 });

    now = new Date(START.getTime() + 120_000);
    receiver.misbehave({ kind: 'status', status: 503, retryAfter: new Date(now.getTime() + 600_000).toUTCString() }, { times: 1 });
    await pass(delivery);
    expect(await outboxRow(receipt.recordId)).toMatchObject({ next_attempt_at: new Date(now.getTime() + 600_000) });
  });

  it('delivers after the board was unreachable for an hour, with a handful of attempts and no duplicate', async () => {
    const receipt = await submit();
    receiver.misbehave({ kind: 'drop' });
    const delivery = worker();

    while (now.getTime() - START.getTime() < HOUR) await runAtNextAttempt(delivery);
    receiver.recover();
    while ((await outboxRow(receipt.recordId)).status !== 'delivered') await runAtNextAttempt(delivery);

    const requests = receiver.requestsFor(receipt.recordId);
    expect(requests.filter((request) => request.answer === 'dropped').length).toBeGreaterThanOrEqual(6);
    expect(requests.filter((request) => request.answer === 'dropped').length).toBeLessThanOrEqual(9);
    expect(receiver.firstDeliveries()).toHaveLength(1);
    expect(receiver.deliveries).toHaveLength(1);
    expect(alerts).toEqual([]);
    expect(logs.some((line) => line.includes('"reason":"network error'))).toBe(true);
  });

  it('parks a record the board refuses, alerts operations once and never posts it again', async () => {
    const receipt = await submit();
    receiver.misbehave({ kind: 'status', status: 410 });
    const delivery = worker();

    expect(await pass(delivery)).toMatchObject({ parked: 1 });
    now = new Date(START.getTime() + 48 * HOUR);
    expect(await pass(delivery)).toMatchObject({ claimed: 0, followUps: 0 });

    expect(receiver.requestsFor(receipt.recordId)).toHaveLength(1);
    expect(await outboxRow(receipt.recordId)).toMatchObject({ status: 'parked', attempts: 1, last_error_status: 410 });
    expect(alerts).toEqual([
      {
        boardId: 'webhook-board',
        reference: receipt.reference,
        reason: "Delivery to the board's system stopped: the board's system refused it (HTTP 410). The record is kept in the store.",
      },
    ]);
    expect((await auditTrailOf(db, receipt.recordId)).map((entry) => entry.action)).toEqual(['record.submitted', 'record.deliveryParked']);
    expect(await db.query('SELECT id FROM records WHERE id = $1', [receipt.recordId])).toMatchObject({ rowCount: 1 });
  });

  it('parks a record after the last attempt fails, naming the last failure', async () => {
    const receipt = await submit();
    receiver.misbehave({ kind: 'status', status: 500 });
    const delivery = worker({ retry: { ...DEFAULT_RETRY_SETTINGS, maxAttempts: 3 } });

    for (let attempt = 0; attempt < 3; attempt += 1) await runAtNextAttempt(delivery);

    expect(await outboxRow(receipt.recordId)).toMatchObject({ status: 'parked', attempts: 3 });
    expect(alerts.map((alert) => alert.reason)).toEqual(["Delivery to the board's system stopped: no success after 3 attempts (last: HTTP 500). The record is kept in the store."]);
  });

  it('treats a board that does not answer in time as a failure to retry', async () => {
    const receipt = await submit();
    receiver.misbehave({ kind: 'stall', ms: 1_500 }, { times: 1 });

    expect(await pass(worker())).toMatchObject({ retried: 1 });
    expect(await outboxRow(receipt.recordId)).toMatchObject({ status: 'pending', last_error_status: null, last_error: 'no answer within 1000 ms' });
  });

  it('is refused by a board that does not recognise the signature', async () => {
    const receipt = await submit();
    secret = 'not-the-shared-secret';

    await pass(worker());

    expect(receiver.rejected).toBe(1);
    expect(receiver.deliveries).toEqual([]);
    expect(await outboxRow(receipt.recordId)).toMatchObject({ status: 'parked', last_error_status: 401 });
  });

  it("takes over a crashed worker's rows only when its lease has run out", async () => {
    const receipt = await submit();
    const leaseMs = 5 * 60_000;
    await claimDueDeliveries(db, { workerId: 'crashed-worker', now, leaseMs }, 10);
    const survivor = worker({ leaseMs });

    expect(await pass(survivor)).toMatchObject({ claimed: 0 });
    now = new Date(START.getTime() + leaseMs);
    expect(await pass(survivor)).toMatchObject({ claimed: 1, delivered: 1 });
    expect(receiver.firstDeliveries().map((delivery) => delivery.idempotencyKey)).toEqual([receipt.recordId]);
  });

  it('lets two workers share the outbox without posting any record twice', async () => {
    const receipts = [];
    for (let index = 0; index < 40; index += 1) receipts.push(await submit());
    const first = worker({ batchSize: 4 });
    const second = worker({ batchSize: 4 });

    while (receiver.firstDeliveries().length < receipts.length) await Promise.all([pass(first), pass(second)]);

    expect(receiver.deliveries).toHaveLength(40);
    expect(receiver.overlapping).toBe(0);
    expect(new Set(receiver.deliveries.map((delivery) => delivery.idempotencyKey))).toEqual(new Set(receipts.map((receipt) => receipt.recordId)));
  });

  it('sends an operations alert again later when the first try fails', async () => {
    await submit();
    receiver.misbehave({ kind: 'status', status: 400 });
    let tries = 0;
    const delivery = worker(
      { followUpRetryMs: 60_000 },
      {
        raiseOperationsAlert: async (alert) => {
          tries += 1;
          if (tries === 1) throw new Error('alert channel unavailable');
          alerts.push(alert);
        },
      },
    );

    await pass(delivery);
    expect(alerts).toHaveLength(0);
    expect(await pass(delivery)).toMatchObject({ followUps: 0 });
    now = new Date(START.getTime() + 60_000);
    expect(await pass(delivery)).toMatchObject({ followUps: 1 });
    expect(await pass(delivery)).toMatchObject({ followUps: 0 });
    expect(alerts).toHaveLength(1);
  });

  it('leaves the record in the board inbox when the board no longer has a webhook', async () => {
    const receipt = await submit();
    webhookFor = () => undefined;

    await pass(worker());

    expect(receiver.requests).toEqual([]);
    expect(await outboxRow(receipt.recordId)).toMatchObject({ status: 'delivered', destination: 'boardInbox' });
  });
});
