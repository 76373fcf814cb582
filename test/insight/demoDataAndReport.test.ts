import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SUBMITTER, fillDemoData, holdsRealRecords, type DemoSummary } from '../../bot/insight/demoData.ts';
import { loadBoardInsight } from '../../bot/insight/boardInsightQuery.ts';
import { runRecordsCli } from '../../bot/records/cli/main.ts';
import type { Database } from '../../bot/storage/database.ts';
import { loadBoardById } from '../../knowledge/boards/boardRegistry.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { InsightFilter } from '../../knowledge/insight/boardInsight.ts';
import { FEWER_THAN_FIVE } from '../../knowledge/insight/suppressSmallCounts.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';

const UNTIL = new Date('2026-12-01T08:00:00Z');
const YEAR: InsightFilter = { boardId: 'sample-partnership', period: { from: '2025-12-01', to: '2026-11-30' } };
const IDENTIFYING = ['Demo Child', 'Demo Adult', 'Demo Street', 'Demo Practitioner', 'Demo Officer', 'Demo allegation', 'Demo reason', 'LADO-20', 'SIN-20'];

/** The board's name carries markup, which the HTML export must show as text. */
const board: Board = { ...loadBoardById('sample-partnership'), name: 'Sample <b>Safeguarding</b> & "Partners"' };

describe.each(testDatabases())('demo data and the annual report on $engine', (engine) => {
  let db: TestDatabase;
  let summary: DemoSummary;

  /** The CLI closes what it opens: hand it the test's database without letting it close it. */
  async function report(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    const output = { out: '', err: '' };
    const io = { out: (text: string) => (output.out += `${text}\n`), err: (text: string) => (output.err += `${text}\n`) };
    const kept: Database = { ...db, close: async () => {} };
    const code = await runRecordsCli(['report', ...args], io, async () => ({ db: kept, boards: new Map([[board.id, board]]), io, actor: 'operator:test', json: false, now: () => UNTIL }));
    return { code, ...output };
  }

  beforeAll(async () => {
    db = await engine.migrated();
    summary = await fillDemoData(db, board, { until: UNTIL });
  }, 240_000);

  afterAll(async () => {
    await db?.close();
  });

  it('fills a year of fictional activity the insight counts exactly, and a second run adds nothing', async () => {
    expect(summary.thresholdChecks).toBeGreaterThan(200);
    expect(summary.ladoReferrals).toBeGreaterThan(50);
    expect(summary.incidents).toBeGreaterThan(5);
    expect(await holdsRealRecords(db)).toBe(false);
    const insight = await loadBoardInsight(db, board, YEAR, UNTIL);
    expect(insight.headline.ladoContactMix).toMatchObject({ referrals: summary.ladoReferrals, consultations: summary.ladoConsultations });
    expect(insight.headline.thresholdConsultations.count).toBe(summary.thresholdChecks);
    expect(insight.overrides.up).toBeGreaterThan(0);
    expect(insight.overrides.down).toBeGreaterThan(0);
    expect(insight.headline.ladoReferralsWithinOneWorkingDay.onTime).toBeLessThan(insight.headline.ladoReferralsWithinOneWorkingDay.total);
    expect(await fillDemoData(db, board, { until: UNTIL })).toEqual({ thresholdChecks: 0, ladoReferrals: 0, ladoConsultations: 0, incidents: 0, reviewDecisions: 0, milestones: 0 });
  });

  it('leaves no reminder of the past year to fire', async () => {
    const { rows } = await db.query<{ due: number }>(
      `SELECT count(*)::int AS due FROM timers t JOIN records r ON r.id = t.record_id WHERE r.submitter_identity = $1 AND t.fired_at IS NULL AND t.fire_at < $2`,
      [DEMO_SUBMITTER, UNTIL],
    );
    expect(rows[0]?.due).toBe(0);
  });

  it('exports CSV with the edition, the definitions and their sources, small counts suppressed and no identifiers', async () => {
    const { code, out } = await report('--board', board.id, '--from', '2025-12-01', '--to', '2026-11-30');
    expect(code).toBe(0);
    expect(out).toMatch(/^"section","measure","value","unit"\r\n/);
    expect(out).toContain('"Report","Guidance edition","Working Together to Safeguard Children 2023",""');
    expect(out).toContain(`"LADO","Referrals","${summary.ladoReferrals}","count"`);
    expect(out).toMatch(/"Definition","Referrals within one working day","[^"]+ Source: [^"]+\."/);
    for (const word of IDENTIFYING) expect(out).not.toContain(word);
    const april = await report('--board', board.id, '--from', '2026-04-01', '--to', '2026-04-30');
    expect(april.out).toContain(`"${FEWER_THAN_FIVE}"`);
    expect(april.out).not.toMatch(/"[1-4]","count"/);
  });

  it('exports self-contained, escaped HTML and audits the export', async () => {
    const { code, out } = await report('--board', board.id, '--from', '2025-12-01', '--to', '2026-11-30', '--format', 'html');
    expect(code).toBe(0);
    expect(out).toContain('Sample &lt;b&gt;Safeguarding&lt;/b&gt; &amp; &quot;Partners&quot;');
    expect(out).not.toContain('<b>');
    expect(out).not.toMatch(/<script|<link|src=/);
    expect(out).toContain('<h2>Definitions</h2>');
    const { rows } = await db.query<{ detail: unknown }>(`SELECT detail FROM audit_log WHERE action = 'insight.reportExported' AND actor = 'operator:test'`);
    expect(rows.map((row) => row.detail)).toContainEqual({ boardId: board.id, from: '2025-12-01', to: '2026-11-30', format: 'html' });
  });

  it('refuses a period the wrong way round or without its dates, in words', async () => {
    const backwards = await report('--board', board.id, '--from', '2026-11-30', '--to', '2025-12-01');
    expect(backwards).toMatchObject({ code: 2, out: '' });
    expect(backwards.err).toContain('--from must not be after --to');
    const missing = await report('--board', board.id, '--from', '2026-01-01');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('give the last day as --to YYYY-MM-DD');
  });
});
