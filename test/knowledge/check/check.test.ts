import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../knowledge/cli/check.ts';

const fixture = (path: string) => relative(process.cwd(), fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)));

async function check(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out, err };
}

describe('check', () => {
  const savedDirectory = process.env.BOARD_CONFIG_DIR;
  afterEach(() => {
    if (savedDirectory === undefined) delete process.env.BOARD_CONFIG_DIR;
    else process.env.BOARD_CONFIG_DIR = savedDirectory;
  });

  it('passes the demo configuration with a short summary', async () => {
    delete process.env.BOARD_CONFIG_DIR;
    const { code, out, err } = await check();
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toBe('OK: 2 boards, 2 threshold documents.');
    expect(out.join('\n')).toContain('sample-partnership: Sample Safeguarding Partnership, edition wt2023');
    expect(out.join('\n')).toContain("northfield-partnership: Northfield Children's Safeguarding Partnership, edition wt2013");
  });

  it('warns of record types with no retention period, and of an audit trail with no period of its own', async () => {
    const { out } = await check('knowledge/data/boards/sample-partnership.yaml');
    expect(out[1]).toContain(
      'Warning: sample-partnership has no retention period for threshold_consultation, serious_incident_notification, scr_decision, scr_milestone, executive_summary: these records are kept until one is set under "retention".',
    );
    expect(out[1]).toContain('Warning: sample-partnership has no "auditTrailYearsAfterPurge": the audit trail of purged records is kept indefinitely.');
  });

  it.each([
    ['boards/wrong-types.yaml', 'areas: Invalid input: expected array, received string'],
    ['boards/wrong-types.yaml', 'edition: must be one of wt2010, wt2013, wt2015, wt2018, wt2023'],
    ['boards/wrong-types.yaml', 'calendar.workingHours.end: must be a 24-hour time HH:mm, e.g. "17:00"'],
    ['boards/wrong-types.yaml', 'options.postThresholdConsultations: Invalid input: expected boolean, received string'],
    ['boards/missing-lado-contact.yaml', 'contacts.lado: is required (object)'],
    ['boards/missing-lado-contact.yaml', 'contacts.frontDoor.phone: is required (string)'],
    [
      'boards/missing-document-contact.yaml',
      'contacts.others.earlyHelp: missing: threshold document "sample-partnership-thresholds" routes to contact "earlyHelp" (Early help advice and early help assessments)',
    ],
    ['boards/bad-references.yaml', 'roles.manager[0]: must be "aad:<object id>", "slack:<team id>:<user id>" or "local:<name>"'],
    ['boards/bad-references.yaml', 'alertRoutes.lado_referal: unknown record type; alerts can be routed for threshold_consultation'],
    ['boards/bad-references.yaml', 'retention.lado_referal: unknown record type'],
    ['boards/bad-references.yaml', 'channels.slack[0].botTokenEnv: must be the NAME of an environment variable (e.g. SLACK_BOT_TOKEN_SAMPLE), never the secret itself'],
    ['boards/bad-references.yaml', 'clockSettings.LADO_REPORT: LADO_REPORT is set by guidance (status S) in wt2013; a board may only set U or L clocks'],
    ['boards/bad-references.yaml', 'clockSettings.NOT_A_CLOCK: no clock NOT_A_CLOCK in edition wt2013'],
    ['boards/broken-thresholds.yaml', 'thresholdDocument: the threshold document does not load (see its problems)'],
    ['boards/missing-threshold-file.yaml', 'thresholdDocument: file not found: ../thresholds/no-such-document.yaml'],
  ])('rejects %s: %s', async (file, problem) => {
    const { code, err } = await check(fixture(file));
    expect(code).toBe(1);
    expect(err.some((line) => line.startsWith(`${fixture(file)}: ${problem}`))).toBe(true);
  });

  it('reports the problems of a board’s threshold document against that document', async () => {
    const { err } = await check(fixture('boards/broken-thresholds.yaml'));
    expect(err).toContain(`${fixture('thresholds/unknown-level.yaml')}: indicators[2].level: unknown level "3"; known levels: A, B`);
  });

  it('checks a threshold document given on its own', async () => {
    const { code, err } = await check(fixture('thresholds/duplicate-ids.yaml'));
    expect(code).toBe(1);
    expect(err).toContain(`${fixture('thresholds/duplicate-ids.yaml')}: indicators[1].id: duplicate id "A-C1" (already used by indicators[0])`);
    expect(err.at(-1)).toBe('check: 2 problems found.');
  });

  it('passes a good threshold document given on its own', async () => {
    const { code, out } = await check('knowledge/data/thresholds/three-level-demo.yaml');
    expect(code).toBe(0);
    expect(out).toEqual(['OK: 0 boards, 1 threshold document.']);
  });

  it('never prints a secret pasted into the configuration', async () => {
    const { err } = await check(fixture('boards/bad-references.yaml'));
    expect(err.join('\n')).not.toContain('xoxb-');
  });

  it('checks the directory in BOARD_CONFIG_DIR, finding duplicate board ids across files', async () => {
    process.env.BOARD_CONFIG_DIR = fixture('boards/duplicates');
    const { code, err } = await check();
    expect(code).toBe(1);
    expect(err).toContain(`${fixture('boards/duplicates/board-b.yaml')}: id: duplicate board id "fixture-twin" (also in ${fixture('boards/duplicates/board-a.yaml')})`);
  });

  it('checks the directory given with --dir', async () => {
    const { code } = await check('--dir', 'knowledge/data/boards');
    expect(code).toBe(0);
  });

  describe('with nothing sensible to check', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-boards-'));
    afterAll(() => rmSync(empty, { recursive: true, force: true }));

    it.each([
      [['--dir', empty], 1, 'check: nothing to check (no .yaml, .yml or .json files).'],
      [['--dir', join(empty, 'missing')], 2, `check: no such directory: ${join(empty, 'missing')}`],
      [['--verbose'], 2, 'check: unknown option --verbose'],
    ])('%j exits %i', async (args, expectedCode, message) => {
      const { code, err } = await check(...args);
      expect(code).toBe(expectedCode);
      expect(err[0]).toBe(message);
    });
  });
});
