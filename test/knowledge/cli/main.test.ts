import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runKnowledgeCli } from '../../../knowledge/cli/main.ts';
import { captureOutput } from './captureOutput.ts';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the CLI as `npm run knowledge -- …` does: Node running knowledge/cli/main.ts directly. */
function knowledgeCli(...args: string[]) {
  return spawnSync(process.execPath, ['knowledge/cli/main.ts', ...args], { cwd: repositoryRoot, encoding: 'utf8' });
}

describe('npm run knowledge (spawned)', () => {
  it('prints a deadline as one JSON object', () => {
    const result = knowledgeCli('deadline', '--clock', 'LADO_REPORT', '--from', '2025-04-17T10:00:00+01:00', '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      clock: 'LADO_REPORT',
      edition: 'wt2023',
      start: '2025-04-17T10:00:00+01:00',
      dueDate: '2025-04-22',
      overdueFrom: '2025-04-23T00:00:00+01:00',
      closeOfBusiness: '2025-04-22T17:00:00+01:00',
    });
  });

  it('exits 2 with a clear message and no stack trace on bad input', () => {
    const result = knowledgeCli('deadline', '--clock', 'LADO_REPORT', '--from', 'yesterday');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--from "yesterday" is not an ISO 8601 instant');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with the usage for an unknown command', () => {
    const result = knowledgeCli('deadlines');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown command "deadlines".');
    expect(result.stderr).toContain('Usage: npm run knowledge -- <command>');
  });
});

describe('runKnowledgeCli', () => {
  it('takes a board’s edition and close of business from the board registry', async () => {
    const io = captureOutput();
    const exitCode = await runKnowledgeCli(['deadline', '--clock', 'LADO_REPORT', '--from', '2026-12-18T10:00:00Z', '--board', 'northfield-partnership', '--json'], io);
    expect(exitCode).toBe(0);
    expect(JSON.parse(io.stdout())).toMatchObject({ edition: 'wt2013', dueDate: '2026-12-21', closeOfBusiness: '2026-12-21T16:30:00+00:00' });
  });

  it('names the known boards when the board is unknown', async () => {
    const io = captureOutput();
    expect(await runKnowledgeCli(['deadline', '--clock', 'SIN', '--from', '2026-12-18', '--board', 'atlantis'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^No board "atlantis"\. Known boards: /);
  });

  it('dispatches rules and prints usage on request', async () => {
    const rulesOutput = captureOutput();
    expect(await runKnowledgeCli(['rules', '--edition', 'wt2010'], rulesOutput)).toBe(0);
    expect(rulesOutput.stdout()).toMatch(/^Working Together to Safeguard Children 2010 \(wt2010\)/);
    const helpOutput = captureOutput();
    expect(await runKnowledgeCli(['help'], helpOutput)).toBe(0);
    expect(helpOutput.stdout()).toContain('deadline --clock <id> --from <ISO instant>');
  });

  it('exits 2 when no command is given', async () => {
    const io = captureOutput();
    expect(await runKnowledgeCli([], io)).toBe(2);
    expect(io.stderr()).toMatch(/^No command given\./);
  });
});
