import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/databases.ts';

describe.each(testDatabases())('the $engine engine', (engine) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await engine.empty();
    await db.runScript(`
      CREATE TABLE samples (id text PRIMARY KEY, body jsonb, at timestamptz, day date, amount bigint);
      CREATE TABLE pairs (id text PRIMARY KEY)`);
  });
  afterAll(() => db.close());

  it('reports how many rows an INSERT, UPDATE, DELETE and SELECT touched', async () => {
    const inserted = await db.query(`INSERT INTO samples (id) VALUES ('count-a'), ('count-b')`);
    const updated = await db.query(`UPDATE samples SET amount = 1 WHERE id LIKE 'count-%'`);
    const selected = await db.query(`SELECT id FROM samples WHERE id LIKE 'count-%'`);
    const deleted = await db.query(`DELETE FROM samples WHERE id = 'count-a'`);
    const deletedNothing = await db.query(`DELETE FROM samples WHERE id = 'count-missing'`);
    expect([inserted.rowCount, updated.rowCount, selected.rowCount, deleted.rowCount, deletedNothing.rowCount]).toEqual([2, 2, 2, 1, 0]);
  });

  it('returns jsonb as objects, timestamptz as Date, date as ISO text and bigint as number', async () => {
    const at = new Date('2026-03-29T00:30:00.000Z');
    await db.query('INSERT INTO samples (id, body, at, day, amount) VALUES ($1, $2, $3, $4, $5)', [
      'types',
      JSON.stringify({ steps: ['one', 'two'], done: false }),
      at,
      '2026-03-29',
      9_007_199_254_740_991,
    ]);
    const { rows } = await db.query('SELECT body, at, day, amount FROM samples WHERE id = $1', ['types']);
    expect(rows).toEqual([{ body: { steps: ['one', 'two'], done: false }, at, day: '2026-03-29', amount: 9_007_199_254_740_991 }]);
    expect(rows[0]?.at).toBeInstanceOf(Date);
  });

  it('commits a transaction that completes and rolls back one that throws', async () => {
    await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO pairs (id) VALUES ('kept')`);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO pairs (id) VALUES ('discarded')`);
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    const { rows } = await db.query(`SELECT id FROM pairs WHERE id IN ('kept', 'discarded')`);
    expect(rows).toEqual([{ id: 'kept' }]);
  });

  it('never shows a concurrent reader half of a transaction', async () => {
    const writing = db.transaction(async (tx) => {
      await tx.query(`INSERT INTO pairs (id) VALUES ('half-1')`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await tx.query(`INSERT INTO pairs (id) VALUES ('half-2')`);
    });
    const readings = await Promise.all(
      [0, 10, 20, 30].map(async (delay) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        const { rowCount } = await db.query(`SELECT id FROM pairs WHERE id LIKE 'half-%'`);
        return rowCount;
      }),
    );
    await writing;
    for (const count of readings) expect([0, 2]).toContain(count);
  });

  it('refuses a query sent to the database from inside its own transaction instead of hanging', async () => {
    await expect(
      db.transaction(async () => {
        await db.query('SELECT 1');
      }),
    ).rejects.toThrow('use the transaction handle');
    await expect(db.query('SELECT 1 AS still_working')).resolves.toMatchObject({ rows: [{ still_working: 1 }] });
  });
});
