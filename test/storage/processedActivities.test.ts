import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimActivity, purgeProcessedActivities } from '../../bot/storage/processedActivities.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';

describe.each(testDatabases())('processed activities on $engine', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await engine.migrated();
  });
  afterAll(() => db.close());

  it('claims an activity the first time only', async () => {
    expect(await claimActivity(db, 'msteams:conv-1:act-1', 'conv-1')).toBe(true);
    expect(await claimActivity(db, 'msteams:conv-1:act-1', 'conv-1')).toBe(false);
    expect(await claimActivity(db, 'msteams:conv-1:act-2', 'conv-1')).toBe(true);
  });

  it('gives exactly one of 20 concurrent claims of one activity', async () => {
    const claims = await Promise.all(Array.from({ length: 20 }, () => claimActivity(db, 'msteams:conv-2:act-1', 'conv-2')));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('purges claims older than a moment and keeps newer ones', async () => {
    await claimActivity(db, 'webchat:conv-3:old', 'conv-3');
    await db.query(`UPDATE processed_activities SET processed_at = now() - interval '3 days' WHERE activity_key = 'webchat:conv-3:old'`);
    await claimActivity(db, 'webchat:conv-3:new', 'conv-3');

    const oneDayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
    expect(await purgeProcessedActivities(db, oneDayAgo)).toBe(1);

    expect(await claimActivity(db, 'webchat:conv-3:old', 'conv-3')).toBe(true);
    expect(await claimActivity(db, 'webchat:conv-3:new', 'conv-3')).toBe(false);
  });
});
