import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../bot/storage/openDatabase.ts';
import { SqlStateStorage } from '../../bot/storage/sqlStateStorage.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';

const run = promisify(execFile);

describe('the embedded store in a folder', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pglite-store-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps state across close and reopen, applying no migration twice', async () => {
    const first = await openDatabase({ dataDir });
    expect(first.engine).toBe('pglite');
    await new SqlStateStorage(first).write({ 'webchat/conversations/reopen': { step: 'confirm' } });
    await first.close();

    const logged: object[] = [];
    const record = (details: object) => logged.push(details);
    const reopened = await openDatabase({ dataDir, logger: { info: record, warn: record, error: record } });
    try {
      expect(logged).toEqual([{ engine: 'pglite', migrationsAppliedNow: 0 }]);
      expect((await new SqlStateStorage(reopened).read(['webchat/conversations/reopen']))['webchat/conversations/reopen']).toMatchObject({ step: 'confirm' });
    } finally {
      await reopened.close();
    }
  });
});

describe.each(testDatabases().filter((engine) => engine.engine === 'postgres'))('two processes on one $engine', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await engine.migrated();
  });
  afterAll(() => db.close());

  it('a second process reads the state this one wrote, and this one reads its update', async () => {
    const storage = new SqlStateStorage(db);
    const key = 'msteams/conversations/shared';
    await storage.write({ [key]: { counter: 41, step: 'summary' } });
    const databaseUrl = db.url ?? '';

    const child = await run(process.execPath, [join(import.meta.dirname, 'fixtures', 'incrementCounterProcess.ts'), key], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });

    expect(JSON.parse(child.stdout)).toMatchObject({ counter: 41, step: 'summary' });
    expect((await storage.read([key]))[key]).toMatchObject({ counter: 42, step: 'summary' });
  });
});
