import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecordsCli, type OpenRecordsContext } from '../../bot/records/cli/main.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';
import { captureOutput } from '../knowledge/cli/captureOutput.ts';
import { testBoardConfig, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';
import { recordSubmitter, yearsFromNow } from './retentionStore.ts';

const BOARD = 'cli-retention-board';

describe.each(testDatabases())('purge and hold commands on $engine', (engine) => {
  let db: TestDatabase;
  let boards: TestBoardDirectory;
  let submit: ReturnType<typeof recordSubmitter>;

  /** Runs `npm run records -- <args>` in this process against the test store, at `now`, as operator:alice. */
  async function records(args: string[], now = new Date()) {
    const io = captureOutput();
    const openContext: OpenRecordsContext = async ({ json, io: output }) => ({
      db: { ...db, close: async () => {} },
      boards: boards.boards,
      io: output,
      actor: 'operator:alice',
      json,
      now: () => now,
    });
    const code = await runRecordsCli(args, io, openContext);
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  }

  beforeAll(async () => {
    db = await engine.migrated();
    boards = await writeTestBoards([testBoardConfig(BOARD)]);
    submit = recordSubmitter(db, boards);
  });
  afterAll(async () => {
    await db?.close();
    await boards?.remove();
  });

  it('lists what a purge would remove and why, changing nothing; then purges it', async () => {
    const consultation = await submit('lado_consultation', BOARD);
    await submit('serious_incident_notification', BOARD);
    const later = yearsFromNow(6, 3);

    const dryRun = await records(['purge', '--dry-run', '--json'], later);
    expect(dryRun.code).toBe(0);
    const plan = JSON.parse(dryRun.stdout) as { records: Array<{ reference: string; reason: string }>; kept: Record<string, number> };
    expect(plan.records).toEqual([expect.objectContaining({ reference: consultation.reference, reason: expect.stringContaining('6 years from last contact') })]);
    expect(plan.kept).toMatchObject({ 'the board has no retention period for this record type': 1 });
    expect((await db.query('SELECT 1 FROM records WHERE id = $1', [consultation.recordId])).rowCount).toBe(1);

    const purge = await records(['purge'], later);
    expect(purge.stdout).toContain(`Purged 1 record(s).\n  ${consultation.reference} (lado_consultation, ${BOARD})`);
    const { rows } = await db.query<{ actor: string }>("SELECT actor FROM audit_log WHERE action = 'record.purged' AND record_id = $1", [consultation.recordId]);
    expect(rows).toEqual([{ actor: 'operator:alice' }]);
  });

  it('places and lifts a hold on a case with a reason, audited as the operator', async () => {
    const referral = await submit('lado_referral', BOARD);
    const held = await records(['hold', '--case', referral.reference, '--reason', 'IICSA request', '--json']);
    expect(JSON.parse(held.stdout)).toEqual({ held: [{ reference: referral.reference, boardId: BOARD }] });

    const lifted = await records(['lift-hold', '--case', referral.reference, '--reason', 'Request withdrawn']);
    expect(lifted.stdout).toBe(`Lifted the legal hold on 1 record(s):\n  ${referral.reference} (${BOARD})`);
    const { rows } = await db.query<{ action: string; actor: string }>("SELECT action, actor FROM audit_log WHERE record_id = $1 AND action LIKE 'record.hold%' ORDER BY id", [referral.recordId]);
    expect(rows).toEqual([
      { action: 'record.hold_placed', actor: 'operator:alice' },
      { action: 'record.hold_lifted', actor: 'operator:alice' },
    ]);
  });

  it.each([
    [['hold', 'LADO-2026-000001'], 'Reason: give a reason (for example "IICSA request" or "litigation").'],
    [['hold', '--reason', 'litigation'], 'Name one record, person or case.'],
    [['hold', 'X', '--reason', 'litigation', '--board', 'nowhere'], 'No board "nowhere".'],
    [['purge', '--everything'], 'Unexpected "--everything".'],
  ])('answers %j with a clear message and exit code 2', async (args, message) => {
    const result = await records(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('says when a hold finds no record', async () => {
    expect((await records(['hold', 'LADO-1999-000001', '--reason', 'litigation'])).stdout).toBe('No record found: nothing changed.');
  });
});
