import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBoards } from '../../knowledge/boards/boardRegistry.ts';
import { registerAlertChannel } from '../../bot/alerts/alertChannelStore.ts';
import type { ProactiveMessenger } from '../../bot/messaging/proactiveMessenger.ts';
import { Scheduler } from '../../bot/scheduler/scheduler.ts';
import type { Database } from '../../bot/storage/database.ts';
import { openPostgresDatabase } from '../../bot/storage/postgresDatabase.ts';
import { SubmissionService } from '../../bot/submissions/submissionService.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';
import { TEST_BOARD_DIR, TEST_BOARD_ID } from '../alerts/alertTestBoard.ts';
import { canaryLadoReferral } from '../alerts/canaryRecord.ts';

const RECORDS = 12;
const SUBMITTED_AT = new Date('2026-03-02T10:00:00Z');
const A_MONTH_LATER = new Date('2026-04-02T10:00:00Z');
const quiet = { info() {}, warn() {}, error() {} };

/** A messenger that records what it was asked to send, slowly enough for two schedulers to overlap. */
function recordingMessenger(sent: string[]): ProactiveMessenger {
  return {
    async send(_conversation, activity) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      sent.push(String(activity.text));
      return randomUUID();
    },
    async update() {},
  };
}

describe.each(testDatabases())('two schedulers on one $engine store', (engine) => {
  const boards = loadBoards(TEST_BOARD_DIR);
  let db: TestDatabase;
  let secondConnection: Database;

  beforeAll(async () => {
    db = await engine.migrated();
    // On PostgreSQL the second scheduler has its own pool, as a second bot instance would.
    secondConnection = db.url ? await openPostgresDatabase({ connectionString: db.url, maxConnections: 5 }) : db;
    const submissions = new SubmissionService({ db, boardFor: (id) => boards.get(id), time: { now: () => SUBMITTED_AT } });
    for (let index = 0; index < RECORDS; index++) {
      await submissions.submit({
        recordType: 'lado_referral',
        record: canaryLadoReferral(TEST_BOARD_ID),
        formInstanceId: randomUUID(),
        boardId: TEST_BOARD_ID,
        submitter: { identity: 'aad:0a000000-0000-4000-8000-000000000001' },
        conversation: { conversation: { id: 'practitioner-chat', conversationType: 'personal', isGroup: false, name: '' } },
        clocks: [{ clockId: 'LADO_REPORT', startsAt: SUBMITTED_AT }],
      });
    }
    await registerAlertChannel(db, {
      boardId: TEST_BOARD_ID,
      route: 'lado-duty',
      conversation: {
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9',
        conversation: { id: '19:lado@thread.tacv2', conversationType: 'channel', isGroup: true, name: 'LADO duty' },
      },
      registeredBy: 'aad:0a000000-0000-4000-8000-0000000000ad',
      at: SUBMITTED_AT,
    });
  });
  afterAll(async () => {
    if (secondConnection !== db) await secondConnection.close();
    await db.close();
  });

  it('fires every due timer exactly once between them', async () => {
    const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM timers');
    const timers = rows[0]?.count ?? 0;
    expect(timers).toBeGreaterThanOrEqual(RECORDS);

    const sent: string[] = [];
    const schedulerOn = (store: Database) => new Scheduler({ db: store, boardOf: (id) => boards.get(id), messenger: recordingMessenger(sent), logger: quiet, settings: { batchSize: 4 } });
    const rounds = await Promise.all([schedulerOn(db).runDueTimers(A_MONTH_LATER), schedulerOn(secondConnection).runDueTimers(A_MONTH_LATER)]);

    expect(rounds.reduce((total, round) => total + round.fired, 0)).toBe(timers);
    expect(sent).toHaveLength(timers);
    expect(new Set(sent).size).toBe(timers);
    const { rows: left } = await db.query<{ unfired: number; audited: number }>(
      `SELECT (SELECT count(*)::int FROM timers WHERE fired_at IS NULL) AS unfired,
              (SELECT count(*)::int FROM audit_log WHERE action = 'timer.fired') AS audited`,
    );
    expect(left[0]).toEqual({ unfired: 0, audited: timers });
  });
});
