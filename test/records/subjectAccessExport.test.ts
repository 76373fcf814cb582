import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SubmissionService } from '../../bot/submissions/submissionService.ts';
import type { RecordType } from '../../knowledge/records/recordSchema.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';
import { recordFor, submissionRequest } from '../submissions/sampleSubmissions.ts';
import { testBoardConfig, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';
import { recordsCli } from './recordsCli.ts';

const BOARD = 'export-board';
const HOSTILE_SUMMARY = 'She said <script>alert("x")</script> & <img src="https://tracker.example/p.gif"> happened';

let boards: TestBoardDirectory;
beforeAll(async () => {
  boards = await writeTestBoards([testBoardConfig(BOARD), testBoardConfig('other-board')]);
});
afterAll(() => boards.remove());

/** The fields these tests change, on whichever record type has them. */
interface EditableRecord {
  children: Array<Record<string, unknown>>;
  allegation: { summary: string };
  referrer: { name: string };
  subject: { name: string; knownAs?: string };
  referralReference: string;
}
type Edit = (record: EditableRecord) => void;

describe.each(testDatabases())('subject access export on $engine', (engine) => {
  let db: TestDatabase;
  let out: string;
  let cli: ReturnType<typeof recordsCli>;

  beforeEach(async () => {
    db = await engine.migrated();
    out = await mkdtemp(join(tmpdir(), 'export-test-'));
    cli = recordsCli(db, boards.boards);
  });
  afterEach(async () => {
    await db.close();
    await rm(out, { recursive: true, force: true });
  });

  async function submit(type: RecordType, edit: Edit, boardId = BOARD): Promise<string> {
    const record = recordFor(type, boardId);
    edit(record as unknown as EditableRecord);
    const service = new SubmissionService({ db, boardFor: (id) => boards.boards.get(id), time: { now: () => new Date() } });
    return (await service.submit(submissionRequest(type, boardId, { formInstanceId: randomUUID(), record }))).reference;
  }

  const namingChild =
    (fullName: string): Edit =>
    (record) => {
      record.children = [{ identity: 'known', fullName, ageYears: 9, sex: 'female', status: 'noneOfThese' }];
    };

  /** Zoë Brontë's records, records of people with names like hers, and hers on another board. */
  async function seed() {
    const zoeAsChild = await submit('lado_referral', (record) => {
      namingChild('Zoë Brontë')(record);
      record.allegation.summary = HOSTILE_SUMMARY;
    });
    const zoeInIncident = await submit('serious_incident_notification', (record) => {
      record.children[0]!.fullName = 'ZOE  BRONTE';
    });
    const decisionOnHerReferral = await submit('lado_decision', (record) => {
      record.referralReference = zoeAsChild;
    });
    const nearMisses = [
      await submit('lado_referral', (record) => {
        namingChild('Zoe Bronte-Smith')(record);
        record.referrer.name = 'Zoey Bronte';
        record.subject.name = 'Zoe Bront';
      }),
      await submit('lado_referral', (record) => void (record.subject.knownAs = 'Zoë Brontë Jr')),
      await submit('lado_decision', (record) => void (record.referralReference = 'LADO-2026-999999')),
    ];
    await submit('lado_referral', namingChild('Zoë Brontë'), 'other-board');
    return { zoeAsChild, zoeInIncident, decisionOnHerReferral, nearMisses };
  }

  async function exportedFiles() {
    const names = (await readdir(out)).sort();
    const read = (suffix: string) => readFile(join(out, names.find((name) => name.endsWith(suffix)) as string), 'utf8');
    return { names, json: JSON.parse(await read('.json')), html: await read('.html') };
  }

  it("exports exactly the subject's records, found by name in any case and with or without accents, and the records that follow on", async () => {
    const seeded = await seed();

    const run = await cli('export', '--board', BOARD, '--subject', 'zoe bronte', '--out', out);

    expect(run.code).toBe(0);
    expect(run.out).toContain(`Exported 3 records: ${seeded.zoeAsChild}, ${seeded.zoeInIncident}, ${seeded.decisionOnHerReferral}.`);
    const { json, html, names } = await exportedFiles();
    expect(run.out).toContain(
      `Readable page: ${join(
        out,
        names.find((name) => name.endsWith('.html'))!,
      )}`,
    );
    expect(json.records.map((record: { reference: string }) => record.reference)).toEqual([seeded.zoeAsChild, seeded.zoeInIncident, seeded.decisionOnHerReferral]);
    expect(json.records.map((record: { because: string[] }) => record.because)).toEqual([
      ['names the subject in children[].fullName'],
      ['names the subject in children[].fullName'],
      [`follows on from ${seeded.zoeAsChild}`],
    ]);
    expect(json).toMatchObject({ marking: 'OFFICIAL-SENSITIVE', boardId: BOARD, exportedBy: 'operator:tester', request: { kind: 'subject', subject: 'zoe bronte' } });
    expect(json.records[0]).toMatchObject({
      payload: { allegation: { summary: HOSTILE_SUMMARY }, children: [{ fullName: 'Zoë Brontë' }] },
      delivery: { destination: 'boardInbox', status: 'delivered' },
      audit: [{ action: 'record.submitted', actor: 'local:demo-user' }],
    });
    for (const miss of seeded.nearMisses) expect(html).not.toContain(miss);
  });

  it('finds the subject among more records than the search reads at once', async () => {
    const seeded = await seed();
    /** Copies of a stored record under new ids and references, straight into the store. */
    const copies = (reference: string, count: number, prefix: string) =>
      db.query(
        `INSERT INTO records (id, board_id, type, reference, form_instance_id, edition, pack_version, submitter_identity, payload, created_at)
         SELECT gen_random_uuid(), board_id, type, $3 || n, $3 || n, edition, pack_version, submitter_identity, payload, created_at + n * interval '1 second'
         FROM records, generate_series(1, $2::int) AS n WHERE reference = $1 AND board_id = '${BOARD}'`,
        [reference, count, prefix],
      );
    await copies(seeded.nearMisses[0]!, 1_200, 'NEAR-');
    await copies(seeded.zoeInIncident, 2, 'ZOE-');

    const run = await cli('export', '--board', BOARD, '--subject', 'Zoe Bronte', '--out', out, '--json');

    expect(JSON.parse(run.out).references).toEqual([seeded.zoeAsChild, seeded.zoeInIncident, seeded.decisionOnHerReferral, 'ZOE-1', 'ZOE-2']);
  });

  it('writes files only this account may read, and a page that shows what people typed as text and loads nothing', async () => {
    await seed();
    await cli('export', '--board', BOARD, '--subject', 'Zoë Brontë', '--out', out);

    const { names, html } = await exportedFiles();
    expect(names).toHaveLength(2);
    for (const name of names) expect((await stat(join(out, name))).mode & 0o777).toBe(0o600);
    expect(html.match(/OFFICIAL-SENSITIVE/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('She said &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=&quot;https://tracker.example/p.gif&quot;&gt; happened');
    expect(html).not.toMatch(/<(script|img|link|iframe|object|embed)\b|\s(src|href)=["']|url\(/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<th scope="row">Full name (not initials)</th><td>Zoë Brontë</td>');
    expect(html).toContain('Included because it names the subject in children[].fullName.');
  });

  it('exports one record by its reference', async () => {
    const seeded = await seed();

    const run = await cli('export', '--board', BOARD, '--reference', seeded.zoeInIncident.toLowerCase(), '--out', out, '--json');

    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ boardId: BOARD, references: [seeded.zoeInIncident] });
    expect((await exportedFiles()).json.records).toHaveLength(1);
  });

  it('audits the export by record and as a whole, without the name searched for', async () => {
    const seeded = await seed();
    await cli('export', '--board', BOARD, '--subject', 'Zoë Brontë', '--out', out);

    const { rows } = await db.query<{ actor: string; action: string; record_id: string | null; detail: Record<string, unknown> }>(
      `SELECT actor, action, record_id, detail FROM audit_log WHERE action IN ('record.exported', 'records.exported') ORDER BY id`,
    );
    expect(rows.map((row) => [row.actor, row.action])).toEqual([
      ['operator:tester', 'record.exported'],
      ['operator:tester', 'record.exported'],
      ['operator:tester', 'record.exported'],
      ['operator:tester', 'records.exported'],
    ]);
    expect(rows[3]?.detail).toMatchObject({ boardId: BOARD, by: 'subject', references: [seeded.zoeAsChild, seeded.zoeInIncident, seeded.decisionOnHerReferral] });
    const everyEntry = JSON.stringify((await db.query('SELECT * FROM audit_log')).rows);
    expect(everyEntry).not.toMatch(/bront/i);
  });

  it('says what is missing or contradictory, and exports nothing', async () => {
    expect(await cli('export', '--board', BOARD, '--out', out)).toMatchObject({ code: 2, err: expect.stringContaining('give either --subject <full name> or --reference <ref>') });
    expect(await cli('export', '--board', BOARD, '--subject', 'A B', '--reference', 'LADO-2026-000001', '--out', out)).toMatchObject({ code: 2 });
    expect(await cli('export', '--subject', 'Zoë Brontë', '--out', out)).toMatchObject({ code: 2, err: expect.stringContaining('give the board with --board <id>') });
    expect(await cli('export', '--board', 'nowhere', '--subject', 'Zoë Brontë', '--out', out)).toMatchObject({ code: 2, err: expect.stringContaining('no board "nowhere"') });
    expect(await cli('export', '--board', BOARD, '--reference', 'LADO-2026-000042', '--out', out)).toMatchObject({ code: 1, err: `There is no record LADO-2026-000042 on board ${BOARD}.` });
    expect(await readdir(out)).toEqual([]);
  });
});
