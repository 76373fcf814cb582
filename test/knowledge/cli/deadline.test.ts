import { describe, expect, it } from 'vitest';
import { boardCalendarSettingsSchema } from '../../../knowledge/calendar/boardCalendarSettings.ts';
import { parseStartInstant, runDeadline, type BoardLookup } from '../../../knowledge/cli/deadline.ts';
import { captureOutput } from './captureOutput.ts';

function deadline(args: string[], lookUpBoard?: BoardLookup) {
  const io = captureOutput();
  const exitCode = runDeadline(args, io, lookUpBoard);
  return { exitCode, stdout: io.stdout(), stderr: io.stderr() };
}

describe('deadline command', () => {
  it('prints the due date in words and London time', () => {
    const { exitCode, stdout } = deadline(['--clock', 'LADO_REPORT', '--from', '2025-04-17T10:00:00+01:00', '--edition', 'wt2013']);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('Clock LADO_REPORT (wt2013, Working Together to Safeguard Children 2013)');
    expect(stdout).toContain('Started:     10:00 on Thursday 17 April 2025 (2025-04-17T10:00:00+01:00)');
    expect(stdout).toContain('Due by the end of Tuesday 22 April 2025 (overdue from 00:00 Wednesday 23 April).');
    expect(stdout).toContain('Close of business on the due date: 17:00 on Tuesday 22 April 2025 (2025-04-22T17:00:00+01:00)');
    expect(stdout).toContain('Bank holidays in the count: Good Friday (Friday 18 April 2025), Easter Monday (Monday 21 April 2025)');
    expect(stdout).toContain('seeds/004_e13bb95539be3372.txt L49');
    expect(stdout).toContain('Superseded edition: Working Together to Safeguard Children 2013');
  });

  it('uses the current edition, WT2023, when neither an edition nor a board is given', () => {
    const { exitCode, stdout } = deadline(['--clock', 'SIN', '--from', '2026-12-23T10:00:00Z']);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('Clock SIN (wt2023, Working Together to Safeguard Children 2023)');
    expect(stdout).not.toContain('Superseded edition');
  });

  it('prints one JSON object with offsets on every instant', () => {
    const { exitCode, stdout } = deadline(['--clock', 'SIN', '--from', '2026-12-23T10:00:00Z', '--edition', 'WT2023', '--json']);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      clock: 'SIN',
      edition: 'wt2023',
      status: 'P',
      start: '2026-12-23T10:00:00+00:00',
      dueDate: '2027-01-04',
      overdueFrom: '2027-01-05T00:00:00+00:00',
      closeOfBusiness: '2027-01-04T17:00:00+00:00',
      description: 'Due by the end of Monday 4 January 2027 (overdue from 00:00 Tuesday 5 January).',
    });
  });

  it('shows summer time offsets in JSON', () => {
    const { stdout } = deadline(['--clock', 'lado_report', '--from', '2025-03-28T16:00:00Z', '--json']);
    expect(JSON.parse(stdout)).toMatchObject({
      start: '2025-03-28T16:00:00+00:00',
      dueDate: '2025-03-31',
      overdueFrom: '2025-04-01T00:00:00+01:00',
      closeOfBusiness: '2025-03-31T17:00:00+01:00',
    });
  });

  it('says when a clock has no national value instead of inventing one', () => {
    const { exitCode, stdout } = deadline(['--clock', 'SIN_2013', '--from', '2014-03-03T10:00:00Z', '--edition', 'wt2013', '--json']);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'notSet', message: 'No national deadline recorded – board to set' });
  });

  it('uses the board’s edition, calendar and clock settings', () => {
    const lookUpBoard: BoardLookup = (boardId) => {
      if (boardId !== 'demo') throw new Error(`No board "${boardId}".`);
      return {
        edition: 'wt2013',
        calendar: boardCalendarSettingsSchema.parse({ closeOfBusiness: '16:00' }),
        clocks: { SIN_2013: { length: 2, unit: 'workingDays', citation: { source: 'Demo LSCB procedure' } } },
      };
    };
    const { exitCode, stdout } = deadline(['--clock', 'SIN_2013', '--from', '2014-03-03T10:00:00Z', '--board', 'demo', '--json'], lookUpBoard);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ dueDate: '2014-03-05', closeOfBusiness: '2014-03-05T16:00:00+00:00', setByBoard: true });
    const missing = deadline(['--clock', 'SIN', '--from', '2025-01-06', '--board', 'nowhere'], lookUpBoard);
    expect(missing).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('No board "nowhere".') });
  });

  it.each([
    [['--from', '2025-04-17T10:00:00Z'], '--clock is required'],
    [['--clock', 'SIN'], '--from is required'],
    [['--clock', 'SIN', '--from', 'next Tuesday'], '--from "next Tuesday" is not an ISO 8601 instant'],
    [['--clock', 'SIN', '--from', '2025-04-17T10:00:00Z', '--edition', 'wt2013'], 'Clock SIN is not part of edition wt2013 (it belongs to wt2018, wt2023).'],
    [['--clock', 'SIN', '--from', '2025-04-17T10:00:00Z', '--edition', 'wt1999'], 'Unknown edition "wt1999"'],
    [['--clock', 'SIN', '--from', '2025-04-17T10:00:00Z', '--colour'], "Unknown option '--colour'"],
  ])('rejects %j with a clear message and exit code 2', async (args, message) => {
    const { exitCode, stdout, stderr } = deadline(args);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run knowledge -- deadline --clock <id> --from <ISO instant>');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('reading --from', () => {
  it.each([
    ['2025-04-17T10:00:00+01:00', '2025-04-17T09:00:00.000Z'],
    ['2025-04-17T10:00:00Z', '2025-04-17T10:00:00.000Z'],
    ['2025-04-17T10:00', '2025-04-17T09:00:00.000Z'],
    ['2025-12-17T10:00', '2025-12-17T10:00:00.000Z'],
    ['2025-04-17', '2025-04-16T23:00:00.000Z'],
  ])('%s is the instant %s', (text, expected) => {
    expect(parseStartInstant(text).toISOString()).toBe(expected);
  });

  it('refuses impossible dates', () => {
    expect(() => parseStartInstant('2025-02-30')).toThrow(/not an ISO 8601 instant/);
  });
});

describe('deadline command on a months clock', () => {
  it('points reminders at the last working day when the due date is a weekend', () => {
    const { stdout } = deadline(['--clock', 'CP_REVIEW_1', '--from', '2026-11-30T10:00']);
    expect(stdout).toContain('That is not a working day: aim for Friday 26 February 2027, the last working day before it.');
    expect(stdout).toContain('Reminders aim for: 17:00 on Friday 26 February 2027 (2027-02-26T17:00:00+00:00)');
    expect(stdout).not.toContain('Close of business on the due date');
    expect(stdout).not.toContain('Bank holidays in the count');
  });
});
