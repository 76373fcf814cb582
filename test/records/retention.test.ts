import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { Housekeeping } from '../../bot/housekeeping/housekeeping.ts';
import { liftLegalHold, placeLegalHold, type HoldChange } from '../../bot/records/retention/legalHolds.ts';
import { planPurge, purgeExpiredRecords } from '../../bot/records/retention/retentionRun.ts';
import { openPostgresDatabase } from '../../bot/storage/postgresDatabase.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';
import { testBoardConfig, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';
import { copyRecord, recordSubmitter, yearsFromNow } from './retentionStore.ts';

const BOARD = 'retention-board';
const AUDITED_BOARD = 'audit-expiry-board';
const system = { actor: 'system:housekeeping' };

describe.each(testDatabases())('retention on $engine', (engine) => {
  let db: TestDatabase;
  let boards: TestBoardDirectory;
  let submit: ReturnType<typeof recordSubmitter>;
  const boardOf = (id: string) => boards.boards.get(id);
  const holdChange = (target: HoldChange['target'], reason = 'Litigation notice 2026/14'): HoldChange => ({
    target,
    reason,
    boardIds: [BOARD],
    actor: 'aad:admin',
    now: new Date(),
  });
  const recordIds = async () => new Set((await db.query<{ id: string }>('SELECT id FROM records')).rows.map((row) => row.id));

  beforeAll(async () => {
    db = await engine.migrated();
    boards = await writeTestBoards([
      testBoardConfig(BOARD),
      testBoardConfig(AUDITED_BOARD, { extra: { auditTrailYearsAfterPurge: 1, retention: { lado_consultation: { years: 2, from: 'submission' } } } }),
    ]);
    submit = recordSubmitter(db, boards);
  });
  afterAll(async () => {
    await db?.close();
    await boards?.remove();
  });

  it('purges a consultation 6 years after last contact, leaving a tombstone and an audit entry without case detail', async () => {
    const consultation = await submit('lado_consultation', BOARD);

    const early = await purgeExpiredRecords(db, { boardOf, now: yearsFromNow(6, -1), ...system });
    expect(early.due.map((due) => due.reference)).not.toContain(consultation.reference);
    expect(await recordIds()).toContain(consultation.recordId);

    const purged = await purgeExpiredRecords(db, { boardOf, now: yearsFromNow(6, 2), ...system });
    expect(purged.due.map((due) => due.reference)).toContain(consultation.reference);
    expect(await recordIds()).not.toContain(consultation.recordId);
    const outbox = await db.query('SELECT 1 FROM outbox WHERE record_id = $1', [consultation.recordId]);
    expect(outbox.rowCount).toBe(0);

    const { rows: tombstones } = await db.query<{ reference: string; type: string; board_id: string; reason: string }>(
      'SELECT reference, type, board_id, reason FROM record_tombstones WHERE record_id = $1',
      [consultation.recordId],
    );
    expect(tombstones).toEqual([
      {
        reference: consultation.reference,
        type: 'lado_consultation',
        board_id: BOARD,
        reason: 'retention period ended: 6 years from last contact (Devon County Council: records retention)',
      },
    ]);
    const { rows: trail } = await db.query<{ action: string; detail: object }>("SELECT action, detail FROM audit_log WHERE record_id = $1 AND action = 'record.purged'", [consultation.recordId]);
    expect(trail).toHaveLength(1);
    expect(JSON.stringify(trail)).not.toMatch(/Priya|Fictional|@/);

    const again = await purgeExpiredRecords(db, { boardOf, now: yearsFromNow(6, 2), ...system });
    expect(again.due).toEqual([]);
  });

  it('counts "last contact" from the latest entry by a person acting on the case, not from reads', async () => {
    const consultation = await submit('lado_consultation', BOARD);
    const audit = (action: string, at: Date) => db.query("INSERT INTO audit_log (at, actor, action, record_id) VALUES ($1, 'aad:lado', $2, $3)", [at, action, consultation.recordId]);
    await audit('record.viewed', yearsFromNow(4));
    expect((await planPurge(db, { boardOf, now: yearsFromNow(6, 2), ...system })).due.map((due) => due.recordId)).toContain(consultation.recordId);

    await audit('consultation.advised', yearsFromNow(2));
    const plan = await planPurge(db, { boardOf, now: yearsFromNow(6, 2), ...system });
    expect(plan.due.map((due) => due.recordId)).not.toContain(consultation.recordId);
  });

  it('never purges a held record, and purges it once the hold is lifted; each change is audited', async () => {
    const consultation = await submit('lado_consultation', BOARD);
    const held = await placeLegalHold(db, holdChange({ scope: 'record', reference: consultation.reference.toLowerCase() }));
    expect(held.map((record) => record.reference)).toEqual([consultation.reference]);

    const plan = await planPurge(db, { boardOf, now: yearsFromNow(7), ...system });
    expect(plan.kept['under legal hold']).toBeGreaterThanOrEqual(1);
    await purgeExpiredRecords(db, { boardOf, now: yearsFromNow(7), ...system });
    expect(await recordIds()).toContain(consultation.recordId);

    const lifted = await liftLegalHold(db, holdChange({ scope: 'record', reference: consultation.reference }, 'Litigation settled'));
    expect(lifted).toHaveLength(1);
    await purgeExpiredRecords(db, { boardOf, now: yearsFromNow(7), ...system });
    expect(await recordIds()).not.toContain(consultation.recordId);

    const { rows } = await db.query<{ action: string; actor: string }>('SELECT action, actor FROM audit_log WHERE record_id = $1 ORDER BY id', [consultation.recordId]);
    expect(rows.map((row) => row.action)).toEqual(['record.submitted', 'record.hold_placed', 'record.hold_lifted', 'record.purged']);
  });

  it('holds every record of a person, found by name, without writing the name to the audit trail', async () => {
    const referral = await submit('lado_referral', BOARD);
    const held = await placeLegalHold(db, holdChange({ scope: 'person', name: '  gareth   INVENTED ' }));
    expect(held.map((record) => record.reference)).toContain(referral.reference);
    const { rows } = await db.query<{ detail: object }>("SELECT detail FROM audit_log WHERE action = 'record.hold_placed' AND record_id = $1", [referral.recordId]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toMatch(/gareth/i);
    await liftLegalHold(db, holdChange({ scope: 'person', name: 'Gareth Invented' }, 'Proceedings ended'));
  });

  it('keeps a LADO referral until 10 years after a false outcome’s closure, then purges the outcome with it', async () => {
    const referral = await submit('lado_referral', BOARD);
    const outcome = await submit('lado_outcome', BOARD, { referralReference: referral.reference, outcome: 'false', outcomeOn: '2026-04-20', closedOn: '2026-04-24' });

    const before = await planPurge(db, { boardOf, now: new Date('2036-04-24T12:00:00Z'), ...system });
    expect(before.due.map((due) => due.reference)).not.toContain(referral.reference);
    expect(before.kept['kept with its lado referral']).toBeGreaterThanOrEqual(1);

    const plan = await planPurge(db, { boardOf, now: new Date('2036-04-25T12:00:00Z'), ...system });
    expect(plan.due.map((due) => due.recordId)).toEqual(expect.arrayContaining([referral.recordId, outcome.recordId]));
    const purged = await purgeExpiredRecords(db, { boardOf, now: new Date('2036-04-25T12:00:00Z'), ...system });
    const outcomeGone = purged.due.find((due) => due.recordId === outcome.recordId);
    expect(purged.due.find((due) => due.recordId === referral.recordId)?.reason).toBe('retention period ended: 10 years from closure (Devon County Council: records retention)');
    expect(outcomeGone?.reason).toMatch(new RegExp(`^kept with ${referral.reference}: retention period ended`));
    expect(await recordIds()).not.toContain(outcome.recordId);
  });

  it('keeps record types the board has no period for, and says why in a dry run', async () => {
    const notification = await submit('serious_incident_notification', BOARD);
    const plan = await planPurge(db, { boardOf, now: yearsFromNow(200), ...system });
    expect(plan.due.map((due) => due.recordId)).not.toContain(notification.recordId);
    expect(plan.kept['the board has no retention period for this record type']).toBeGreaterThanOrEqual(1);
    expect(await recordIds()).toContain(notification.recordId);
  });

  it('deletes a purged record’s audit trail after the board’s audit period, and nothing else may delete audit entries', async () => {
    const consultation = await submit('lado_consultation', AUDITED_BOARD);
    const housekeeping = (now: Date) => new Housekeeping({ db, logger: pino({ level: 'silent' }), boards: () => boards.boards.values(), clock: { now: () => now } });
    expect((await housekeeping(yearsFromNow(2, 2)).runOnce()).recordsPurged).toBeGreaterThanOrEqual(1);
    const trail = () => db.query('SELECT 1 FROM audit_log WHERE record_id = $1', [consultation.recordId]);
    expect((await trail()).rowCount).toBeGreaterThan(0);
    await expect(db.query('DELETE FROM audit_log WHERE record_id = $1', [consultation.recordId])).rejects.toThrow(/append-only/);
    await expect(db.query("UPDATE audit_log SET actor = 'someone' WHERE record_id = $1", [consultation.recordId])).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);

    expect((await housekeeping(yearsFromNow(3, 4)).runOnce()).auditEntriesExpired).toBeGreaterThan(0);
    expect((await trail()).rowCount).toBe(0);
    const { rows } = await db.query<{ detail: { boardId: string } }>("SELECT detail FROM audit_log WHERE action = 'audit.expired'");
    expect(rows.map((row) => row.detail.boardId)).toContain(AUDITED_BOARD);
    expect((await db.query('SELECT 1 FROM record_tombstones WHERE record_id = $1', [consultation.recordId])).rowCount).toBe(1);
  });

  it('two instances purging at once (two connections on PostgreSQL) purge each record once, without error', async () => {
    const template = await submit('lado_consultation', BOARD);
    await copyRecord(db, template.recordId, 3_000);
    const other = db.url ? await openPostgresDatabase({ connectionString: db.url, maxConnections: 2 }) : db;
    try {
      const now = yearsFromNow(7);
      const [first, second] = await Promise.all([
        purgeExpiredRecords(db, { boardOf, now, actor: 'system:one', batchSize: 200 }),
        purgeExpiredRecords(other, { boardOf, now, actor: 'system:two', batchSize: 200 }),
      ]);
      const purgedIds = [...first.due, ...second.due].map((due) => due.recordId);
      expect(new Set(purgedIds).size).toBe(purgedIds.length);
      expect(purgedIds.length).toBeGreaterThanOrEqual(3_001);
      const { rows } = await db.query<{ duplicates: number }>("SELECT count(*)::int - count(DISTINCT record_id)::int AS duplicates FROM audit_log WHERE action = 'record.purged'");
      expect(rows[0]?.duplicates).toBe(0);
      expect((await db.query("SELECT 1 FROM records WHERE reference LIKE 'COPY-%'")).rowCount).toBe(0);
    } finally {
      if (other !== db) await other.close();
    }
  });
});
