import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditTrailOf } from '../../bot/audit/auditLog.ts';
import { SubmissionRejectedError, SubmissionService, type SubmittedRecord } from '../../bot/submissions/submissionService.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';
import { recordFor, submissionRequest } from './sampleSubmissions.ts';
import { testBoardConfig, writeTestBoards, type TestBoardDirectory } from './testBoards.ts';

const MONDAY_AFTERNOON = new Date('2026-03-02T16:10:00Z');
const ALLEGATION_KNOWN = new Date('2026-03-02T15:40:00Z');

let boards: TestBoardDirectory;
beforeAll(async () => {
  boards = await writeTestBoards([
    testBoardConfig('webhook-board', { webhookUrl: 'https://board.example.org/records' }),
    testBoardConfig('inbox-board'),
    testBoardConfig('older-board', { edition: 'wt2013' }),
    testBoardConfig('posting-board', { webhookUrl: 'https://board.example.org/records', extra: { options: { postThresholdConsultations: true } } }),
  ]);
});
afterAll(() => boards.remove());

describe.each(testDatabases())('the submission service on $engine', (engine) => {
  let db: TestDatabase;
  let now: Date;
  let committed: SubmittedRecord[];
  let service: SubmissionService;

  beforeEach(async () => {
    db = await engine.migrated();
    now = MONDAY_AFTERNOON;
    committed = [];
    service = new SubmissionService({
      db,
      boardFor: (id) => boards.boards.get(id),
      time: { now: () => now },
      onSubmitted: (record) => committed.push(record),
    });
  });
  afterEach(() => db.close());

  const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n;

  it('stores a LADO referral with its reference, clock, timers, outbox row and audit entry, and hands back a receipt', async () => {
    const receipt = await service.submit(submissionRequest('lado_referral', 'webhook-board', { formInstanceId: 'form-1', clocks: [{ clockId: 'LADO_REPORT', startsAt: ALLEGATION_KNOWN }] }));

    expect(receipt).toMatchObject({ reference: 'LADO-2026-000001', duplicate: false, submittedAt: MONDAY_AFTERNOON, deliveredThrough: 'webhook' });
    expect(receipt.clocks).toEqual([
      {
        clockId: 'LADO_REPORT',
        description: 'Due by the end of Tuesday 3 March 2026 (overdue from 00:00 Wednesday 4 March).',
        dueBy: new Date('2026-03-04T00:00:00Z'),
      },
    ]);
    const { rows: records } = await db.query<{ edition: string; pack_version: string; submitter_identity: string; payload: { type: string } }>(
      'SELECT edition, pack_version, submitter_identity, payload FROM records WHERE id = $1',
      [receipt.recordId],
    );
    expect(records[0]).toMatchObject({ edition: 'wt2018', submitter_identity: 'local:demo-user', payload: { type: 'lado_referral' } });
    expect(records[0]?.pack_version).toMatch(/^wt2018:[0-9a-f]{12}$/);

    const { rows: outbox } = await db.query('SELECT destination, status, attempts FROM outbox WHERE record_id = $1', [receipt.recordId]);
    expect(outbox).toEqual([{ destination: 'webhook', status: 'pending', attempts: 0 }]);

    const { rows: timers } = await db.query<{ kind: string; fire_at: Date; target_route: string }>(
      'SELECT kind, fire_at, target_kind, target_route FROM timers WHERE record_id = $1 ORDER BY fire_at',
      [receipt.recordId],
    );
    // The board's default reminders: 4 working hours before close of business, at close of business, and overdue.
    expect(timers).toEqual([
      { kind: 'reminder', fire_at: new Date('2026-03-03T13:00:00Z'), target_kind: 'route', target_route: 'lado-duty' },
      { kind: 'due', fire_at: new Date('2026-03-03T17:00:00Z'), target_kind: 'route', target_route: 'lado-duty' },
      { kind: 'overdue', fire_at: new Date('2026-03-04T00:00:00Z'), target_kind: 'route', target_route: 'lado-duty' },
    ]);

    const trail = await auditTrailOf(db, receipt.recordId);
    expect(trail).toMatchObject([{ actor: 'local:demo-user', action: 'record.submitted', detail: { type: 'lado_referral', reference: 'LADO-2026-000001', destination: 'webhook', timers: 3 } }]);
    expect(committed).toEqual([{ recordId: receipt.recordId, boardId: 'webhook-board', type: 'lado_referral', reference: 'LADO-2026-000001', destination: 'webhook' }]);
  });

  it('numbers references per board, record type and year', async () => {
    const submit = async (type: 'lado_referral' | 'serious_incident_notification', boardId: string) =>
      (await service.submit(submissionRequest(type, boardId, { formInstanceId: randomUUID() }))).reference;

    expect(await submit('lado_referral', 'webhook-board')).toBe('LADO-2026-000001');
    expect(await submit('lado_referral', 'webhook-board')).toBe('LADO-2026-000002');
    expect(await submit('serious_incident_notification', 'webhook-board')).toBe('SIN-2026-000001');
    expect(await submit('lado_referral', 'inbox-board')).toBe('LADO-2026-000001');
    // 00:30 on 1 January in London is the new year.
    now = new Date('2027-01-01T00:30:00Z');
    expect(await submit('lado_referral', 'webhook-board')).toBe('LADO-2027-000001');
  });

  it('returns the same record, marked duplicate, when a form is confirmed again', async () => {
    const request = submissionRequest('lado_referral', 'webhook-board', { formInstanceId: 'form-twice', clocks: [{ clockId: 'LADO_REPORT', startsAt: ALLEGATION_KNOWN }] });
    const first = await service.submit(request);
    now = new Date(MONDAY_AFTERNOON.getTime() + 60_000);
    const second = await service.submit(request);

    expect(second).toEqual({ ...first, duplicate: true });
    expect(await count('records')).toBe(1);
    expect(await count('timers')).toBe(3);
    expect(committed).toHaveLength(1);
  });

  it('writes one record when confirms of one form race, and gives every confirm its receipt', async () => {
    const request = submissionRequest('serious_incident_notification', 'webhook-board', {
      formInstanceId: 'form-racing',
      clocks: [{ clockId: 'SIN', startsAt: new Date('2026-03-02T08:30:00Z') }],
    });
    const receipts = await Promise.all(Array.from({ length: 8 }, () => service.submit(request)));

    expect(new Set(receipts.map((receipt) => receipt.recordId)).size).toBe(1);
    expect(receipts.filter((receipt) => !receipt.duplicate)).toHaveLength(1);
    expect(new Set(receipts.map((receipt) => receipt.reference))).toEqual(new Set(['SIN-2026-000001']));
    expect(await count('records')).toBe(1);
    expect(await count('outbox')).toBe(1);
    expect(await count('audit_log')).toBe(1);
    // The losers' reference numbers were rolled back: the next record takes the next number.
    const next = await service.submit(submissionRequest('serious_incident_notification', 'webhook-board', { formInstanceId: 'form-after-race' }));
    expect(next.reference).toBe('SIN-2026-000002');
  });

  it('keeps records of a board without a webhook in the board inbox, delivered at once', async () => {
    const receipt = await service.submit(submissionRequest('lado_referral', 'inbox-board', { formInstanceId: 'form-inbox' }));

    expect(receipt.deliveredThrough).toBe('boardInbox');
    const { rows } = await db.query('SELECT destination, status, delivered_at FROM outbox WHERE record_id = $1', [receipt.recordId]);
    expect(rows).toEqual([{ destination: 'boardInbox', status: 'delivered', delivered_at: MONDAY_AFTERNOON }]);
  });

  it('posts threshold consultations only for boards that ask for them', async () => {
    const kept = await service.submit(submissionRequest('threshold_consultation', 'webhook-board', { formInstanceId: 'form-threshold-1' }));
    const posted = await service.submit(submissionRequest('threshold_consultation', 'posting-board', { formInstanceId: 'form-threshold-2' }));

    expect(kept.deliveredThrough).toBe('boardInbox');
    expect(posted.deliveredThrough).toBe('webhook');
  });

  it('reports a clock the board has not set, and sets no timer for it', async () => {
    const receipt = await service.submit(
      submissionRequest('serious_incident_notification', 'older-board', {
        formInstanceId: 'form-unset-clock',
        edition: 'wt2013',
        clocks: [{ clockId: 'SIN_2013', startsAt: new Date('2026-03-02T08:30:00Z') }],
      }),
    );

    expect(receipt.clocks).toEqual([{ clockId: 'SIN_2013', description: 'No national deadline recorded – board to set.', notSetMessage: 'No national deadline recorded – board to set' }]);
    expect(await count('timers')).toBe(0);
  });

  it('refuses an invalid record, naming the fields but never the values, and stores nothing', async () => {
    const record = recordFor('lado_referral', 'webhook-board');
    const subject = record.subject as Record<string, unknown>;
    subject.name = 'Z Canary';
    subject.dateOfBirth = 'the third of February 2011';

    const attempt = service.submit(submissionRequest('lado_referral', 'webhook-board', { formInstanceId: 'form-invalid', record }));

    await expect(attempt).rejects.toBeInstanceOf(SubmissionRejectedError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toContain('subject.name: must be the full name, not initials');
    expect(message).toContain('subject.dateOfBirth');
    expect(message).not.toMatch(/Canary|third of February/);
    expect(await count('records')).toBe(0);
  });

  it('refuses a record that belongs to another board, or names an unknown type or board', async () => {
    await expect(service.submit(submissionRequest('lado_referral', 'webhook-board', { formInstanceId: 'form-x', record: recordFor('lado_referral', 'inbox-board') }))).rejects.toThrow(
      /boardId: the record belongs to board "inbox-board", not "webhook-board"/,
    );
    await expect(service.submit({ ...submissionRequest('lado_referral', 'webhook-board', { formInstanceId: 'form-y' }), recordType: 'gossip' })).rejects.toThrow(/"gossip" is not a record type/);
    await expect(service.submit(submissionRequest('lado_referral', 'no-such-board', { formInstanceId: 'form-z' }))).rejects.toThrow(/no board "no-such-board"/);
  });

  it('keeps the audit trail append-only: the database refuses to change or delete an entry', async () => {
    const receipt = await service.submit(submissionRequest('lado_referral', 'webhook-board', { formInstanceId: 'form-audit' }));

    await expect(db.query(`UPDATE audit_log SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    expect(await auditTrailOf(db, receipt.recordId)).toHaveLength(1);
  });
});
