import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { Housekeeping } from '../../bot/housekeeping/housekeeping.ts';
import { claimActivity } from '../../bot/storage/processedActivities.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';

const DAY = 86_400_000;

describe.each(testDatabases())('housekeeping on $engine', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await engine.migrated();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('deletes dialog state and drafts idle for more than 7 days, and old redelivery claims, and keeps the rest', async () => {
    const stamp = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
    for (const [key, daysAgo] of [['user/idle-draft', 8], ['user/recent-draft', 6], ['conversation/idle-dialog', 30]] as const) {
      await db.query("INSERT INTO bot_state (key, document, etag, updated_at) VALUES ($1, '{}'::jsonb, 'e', $2)", [key, stamp(daysAgo)]);
    }
    await claimActivity(db, 'msteams:c:old', 'c');
    await db.query("UPDATE processed_activities SET processed_at = $1 WHERE activity_key = 'msteams:c:old'", [stamp(3)]);
    await claimActivity(db, 'msteams:c:new', 'c');

    const purged = await new Housekeeping(db, pino({ level: 'silent' })).runOnce();

    expect(purged).toEqual({ idleStates: 2, activityClaims: 1 });
    const { rows } = await db.query<{ key: string }>('SELECT key FROM bot_state ORDER BY key');
    expect(rows.map((row) => row.key)).toEqual(['user/recent-draft']);
    expect(await claimActivity(db, 'msteams:c:new', 'c')).toBe(false);
  });
});
