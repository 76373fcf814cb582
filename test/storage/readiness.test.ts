import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../bot/storage/migrator.ts';
import { checkStorageReady } from '../../bot/storage/readiness.ts';
import { testDatabases } from '../support/databases.ts';

describe.each(testDatabases())('storage readiness on $engine', (engine) => {
  it('is not ready while migrations are pending, ready once applied, and not ready once the store is gone', async () => {
    const db = await engine.empty();
    try {
      expect(await checkStorageReady(db)).toEqual({ ok: false, detail: expect.stringContaining('migrations pending: 0001_bot_state, 0002_processed_activities') });
      await runMigrations(db);
      expect(await checkStorageReady(db)).toEqual({ ok: true, detail: expect.stringMatching(/migrations applied$/) });
    } finally {
      await db.close();
    }
    expect(await checkStorageReady(db)).toEqual({ ok: false, detail: `${engine.engine}: storage unreachable` });
  });
});
