import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { Housekeeping } from '../../bot/housekeeping/housekeeping.ts';
import { claimActivity } from '../support/activityClaims.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';
import { testBoardConfig, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';

const DAY = 86_400_000;

describe.each(testDatabases())('housekeeping on $engine', (engine) => {
  let db: TestDatabase;
  let boards: TestBoardDirectory;
  beforeAll(async () => {
    db = await engine.migrated();
    boards = await writeTestBoards([testBoardConfig('patient-board', { extra: { dialogStateInactivityDays: 9 } }), testBoardConfig('brisk-board', { extra: { dialogStateInactivityDays: 5 } })]);
  });
  afterAll(async () => {
    await db?.close();
    await boards?.remove();
  });

  it('deletes dialog state and drafts idle longer than the shortest board setting, and old redelivery claims, and keeps the rest', async () => {
    const stamp = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
    for (const [key, daysAgo] of [
      ['user/idle-draft', 6],
      ['user/recent-draft', 4],
      ['conversation/idle-dialog', 30],
    ] as const) {
      await db.query("INSERT INTO bot_state (key, document, etag, updated_at) VALUES ($1, '{}'::jsonb, 'e', $2)", [key, stamp(daysAgo)]);
    }
    await claimActivity(db, 'msteams:c:old', 'c');
    await db.query("UPDATE processed_activities SET processed_at = $1 WHERE activity_key = 'msteams:c:old'", [stamp(3)]);
    await claimActivity(db, 'msteams:c:new', 'c');

    const purged = await new Housekeeping({ db, logger: pino({ level: 'silent' }), boards: () => boards.boards.values() }).runOnce();

    expect(purged).toEqual({ idleStates: 2, activityClaims: 1, recordsPurged: 0, auditEntriesExpired: 0 });
    const { rows } = await db.query<{ key: string }>('SELECT key FROM bot_state ORDER BY key');
    expect(rows.map((row) => row.key)).toEqual(['user/recent-draft']);
    expect(await claimActivity(db, 'msteams:c:new', 'c')).toBe(false);
  });
});
