import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Queryable } from '../../bot/storage/database.ts';
import { openDatabase } from '../../bot/storage/openDatabase.ts';
import { eventually } from '../alerts/alertTestBoard.ts';
import { BoardReceiver } from '../support/boardReceiver.ts';
import { testDatabases } from '../support/databases.ts';
import { FakeConnector } from '../support/fakeConnector.ts';
import { spawnBot, SUBMITTING_BOT, type BotProcess } from '../support/spawnBot.ts';
import { testBoardConfig, WEBHOOK_SECRET, WEBHOOK_SECRET_ENV, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';

const BOARD = 'process-board';
/** LADO_REPORT with the board's default offsets: a reminder, a 'due' at close of business, and 'overdue'. */
const TIMERS_PER_RECORD = 3;

const submitted = (bot: BotProcess) => bot.events.filter((event) => event.event === 'submitted');

interface StoredOutcome {
  id: string;
  status: string;
  timers: number;
}

async function storedOutcomes(db: Queryable): Promise<StoredOutcome[]> {
  const { rows } = await db.query<StoredOutcome>(
    `SELECT records.id, outbox.status, (SELECT count(*)::int FROM timers WHERE timers.record_id = records.id) AS timers
     FROM records JOIN outbox ON outbox.record_id = records.id`,
  );
  return rows;
}

describe('bot processes', () => {
  let receiver: BoardReceiver;
  let connector: FakeConnector;
  let boards: TestBoardDirectory;
  const bots: BotProcess[] = [];

  beforeEach(async () => {
    // A board that takes a while to store each record, so a kill catches deliveries in flight.
    receiver = new BoardReceiver({ secret: WEBHOOK_SECRET, processingMs: 40 });
    await receiver.start();
    connector = new FakeConnector();
    await connector.start();
    boards = await writeTestBoards([testBoardConfig(BOARD, { webhookUrl: receiver.url })]);
  });
  afterEach(async () => {
    await Promise.all(bots.splice(0).map((bot) => bot.stop('SIGKILL')));
    await receiver.stop();
    await connector.stop();
    await boards.remove();
  });

  async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
    const bot = await spawnBot(
      {
        BOARD_CONFIG_DIR: boards.directory,
        DEFAULT_BOARD_ID: BOARD,
        [WEBHOOK_SECRET_ENV]: WEBHOOK_SECRET,
        DELIVERY_POLL_INTERVAL_MS: '50',
        SUBMIT_SERVICE_URL: connector.url,
        ...env,
      },
      SUBMITTING_BOT,
    );
    bots.push(bot);
    return bot;
  }

  /** SIGTERM, and the exit code of the graceful shutdown. */
  async function stopGracefully(bot: BotProcess): Promise<number | null> {
    await bot.stop();
    return bot.child.exitCode;
  }

  describe('killed in the middle of a burst of 200 submissions, then restarted', () => {
    let dataDir: string;
    beforeEach(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'crash-store-'));
    });
    afterEach(() => rm(dataDir, { recursive: true, force: true }));

    it('ends with every record delivered exactly once, every submitter told and every timer kept', { timeout: 180_000 }, async () => {
      const env = { DATA_DIR: dataDir, SUBMIT_COUNT: '200', SUBMIT_PREFIX: 'burst', SUBMIT_PARALLEL: '2' };
      const first = await startBotProcess(env);
      // Killed while records are still being submitted and others are being delivered.
      await first.waitForEvent(() => submitted(first).length >= 40 && receiver.firstDeliveries().length >= 10);
      await first.stop('SIGKILL');
      const confirmedBeforeKill = submitted(first).length;
      expect(confirmedBeforeKill).toBeLessThan(200);
      expect(receiver.firstDeliveries().length).toBeLessThan(confirmedBeforeKill);

      // The restarted bot gets every confirm again (the channel redelivers, the user clicks again): the records
      // committed before the kill come back as duplicates, the rest are stored now.
      const second = await startBotProcess(env);
      await second.waitForEvent((event) => event.event === 'submittedAll');
      expect(submitted(second).filter((event) => event.duplicate === true).length).toBeGreaterThanOrEqual(confirmedBeforeKill);
      await receiver.waitForFirstDeliveries(200, 60_000);
      await eventually(() => (new Set(connector.calls.map((call) => call.conversationId)).size === 200 ? true : undefined), 30_000);
      expect(await stopGracefully(second)).toBe(0);

      const db = await openDatabase({ dataDir });
      try {
        const records = await storedOutcomes(db);
        expect(records).toHaveLength(200);
        expect(records.filter((record) => record.status !== 'delivered')).toEqual([]);
        expect(records.filter((record) => record.timers !== TIMERS_PER_RECORD)).toEqual([]);
        const firstDeliveries = receiver.firstDeliveries().map((delivery) => delivery.idempotencyKey);
        expect(firstDeliveries).toHaveLength(200);
        expect(new Set(firstDeliveries)).toEqual(new Set(records.map((record) => record.id)));
      } finally {
        await db.close();
      }
    });
  });

  describe.each(testDatabases().filter((engine) => engine.engine === 'postgres'))('two at once on one $engine', (engine) => {
    it('take 500 submissions between them and deliver each record once, never both at the same time', { timeout: 240_000 }, async () => {
      // An empty schema: the two processes also race to migrate it.
      const db = await engine.empty();
      try {
        const env = { DATABASE_URL: db.url ?? '', SUBMIT_COUNT: '250', SUBMIT_PARALLEL: '4' };
        const pair = await Promise.all([startBotProcess({ ...env, SUBMIT_PREFIX: 'a' }), startBotProcess({ ...env, SUBMIT_PREFIX: 'b' })]);
        await Promise.all(pair.map((bot) => bot.waitForEvent((event) => event.event === 'submittedAll', 120_000)));
        await receiver.waitForFirstDeliveries(500, 120_000);
        expect(await Promise.all(pair.map(stopGracefully))).toEqual([0, 0]);

        const records = await storedOutcomes(db);
        expect(records).toHaveLength(500);
        expect(records.filter((record) => record.status !== 'delivered')).toEqual([]);
        expect(records.filter((record) => record.timers !== TIMERS_PER_RECORD)).toEqual([]);
        expect(receiver.firstDeliveries()).toHaveLength(500);
        expect(receiver.deliveries).toHaveLength(500);
        expect(receiver.overlapping).toBe(0);
        // Both processes delivered, and between them each record once.
        const deliveredBy = pair.map((bot) => bot.output.filter((line) => line.includes('"msg":"record delivered to the board"')).length);
        expect(deliveredBy.every((count) => count > 0)).toBe(true);
        expect(deliveredBy[0]! + deliveredBy[1]!).toBe(500);
      } finally {
        await db.close();
      }
    });
  });
});
