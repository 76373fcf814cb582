import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../bot/storage/openDatabase.ts';
import { SubmissionService } from '../../bot/submissions/submissionService.ts';
import { submissionRequest } from '../submissions/sampleSubmissions.ts';
import { testBoardConfig, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';

const run = promisify(execFile);
const CLI = 'bot/records/cli/main.ts';

let boards: TestBoardDirectory;
let folder: string;
let reference: string;

/** `npm run records -- …` as a separate process on the embedded store in DATA_DIR, as an operator runs it. */
async function records(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { DATABASE_URL: _testRunDatabase, ...inherited } = process.env;
  const env = { ...inherited, DATA_DIR: join(folder, 'data'), BOARD_CONFIG_DIR: boards.directory, LOG_LEVEL: 'silent' };
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  boards = await writeTestBoards([testBoardConfig('cli-board')]);
  folder = await mkdtemp(join(tmpdir(), 'records-cli-'));
  const db = await openDatabase({ dataDir: join(folder, 'data') });
  try {
    const service = new SubmissionService({ db, boardFor: (id) => boards.boards.get(id), time: { now: () => new Date() } });
    ({ reference } = await service.submit(submissionRequest('lado_referral', 'cli-board', { formInstanceId: randomUUID() })));
  } finally {
    await db.close();
  }
});
afterAll(async () => {
  await boards.remove();
  await rm(folder, { recursive: true, force: true });
});

describe('npm run records as its own process', () => {
  it('exports a subject’s records to files only this account may read, and prints where', async () => {
    const out = join(folder, 'exports');

    const result = await records('export', '--board', 'cli-board', '--subject', 'gareth invented', '--out', out, '--as', 'dpo');

    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Exported 1 record: ${reference}.`);
    const names = await readdir(out);
    expect(names.map((name) => name.replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/, 'ID')).sort()).toEqual(['subject-access-ID.html', 'subject-access-ID.json']);
    for (const name of names) {
      expect(result.stdout).toContain(join(out, name));
      expect((await stat(join(out, name))).mode & 0o777).toBe(0o600);
    }
    expect((await stat(out)).mode & 0o777).toBe(0o700);
  });

  it('prints JSON with --json', async () => {
    const result = await records('parked', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ parked: [] });
  });

  it('explains that the embedded store is in use while the bot has it open', async () => {
    const db = await openDatabase({ dataDir: join(folder, 'data') });
    try {
      const result = await records('parked');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('The parked command failed: the bot (or another command) has the embedded store open');
      expect(result.stderr).toContain('Stop the bot, run the command, then start the bot again; or run the bot on PostgreSQL (DATABASE_URL)');
    } finally {
      await db.close();
    }
  });
});
