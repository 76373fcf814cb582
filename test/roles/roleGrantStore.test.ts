import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole, noteRoleHolderSeen, revokeRole, roleGrantsOf, roleHolderActivityOf } from '../../bot/roles/roleGrantStore.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';

const ADMIN = 'aad:0d000000-0000-4000-8000-0000000000ad';
const SAM = 'aad:0d000000-0000-4000-8000-000000000005';

describe.each(testDatabases())('roles given in chat, stored on $engine', (engine) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await engine.migrated();
  });
  afterAll(() => db.close());

  const actions = async () => (await db.query<{ action: string }>('SELECT action FROM audit_log ORDER BY id')).rows.map((row) => row.action);

  it('grants once, confirms a second grant without moving when it was first given, and audits each', async () => {
    const first = new Date('2026-01-05T09:00:00Z');
    const later = new Date('2027-02-01T09:00:00Z');
    expect(await grantRole(db, { boardId: 'b', role: 'manager', identity: SAM, displayName: 'Sam Jones', actor: ADMIN, at: first })).toBe(true);
    expect(await grantRole(db, { boardId: 'b', role: 'manager', identity: SAM, actor: ADMIN, at: later })).toBe(false);
    expect(await roleGrantsOf(db, 'b')).toEqual([{ role: 'manager', identity: SAM, displayName: 'Sam Jones', grantedBy: ADMIN, grantedAt: first, confirmedAt: later }]);
    expect(await actions()).toEqual(['role.granted', 'role.confirmed']);
  });

  it('removes a grant, audited, and says when there was none', async () => {
    expect(await revokeRole(db, { boardId: 'b', role: 'manager', identity: SAM, actor: ADMIN })).toBe(true);
    expect(await revokeRole(db, { boardId: 'b', role: 'manager', identity: SAM, actor: ADMIN })).toBe(false);
    expect(await roleGrantsOf(db, 'b')).toEqual([]);
    expect((await actions()).at(-1)).toBe('role.removed');
    expect((await actions()).filter((action) => action === 'role.removed')).toHaveLength(1);
  });

  it('keeps the latest time a holder used the bot, whatever order the notes arrive in', async () => {
    await noteRoleHolderSeen(db, 'b', SAM, 'Sam Jones', new Date('2026-03-02T10:00:00Z'));
    await noteRoleHolderSeen(db, 'b', SAM, undefined, new Date('2026-03-01T10:00:00Z'));
    expect((await roleHolderActivityOf(db, 'b')).get(SAM)).toEqual({ displayName: 'Sam Jones', lastSeenAt: new Date('2026-03-02T10:00:00Z') });
  });
});
