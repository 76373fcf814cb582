import { describe, expect, it } from 'vitest';
import { boardClockSettingsSchema } from '../../../knowledge/clocks/boardClockSetting.ts';
import { computeDeadline } from '../../../knowledge/clocks/computeDeadline.ts';
import { resolveClock, UnknownClockError } from '../../../knowledge/clocks/resolveClock.ts';
import { loadBoards } from '../../../knowledge/boards/boardRegistry.ts';

const boardCitation = { source: 'Demo board LADO procedure', locator: 'section 2' };

describe('resolveClock', () => {
  it('gives the clock as the edition defines it', () => {
    expect(resolveClock('wt2013', 'LADO_REPORT')).toMatchObject({
      id: 'LADO_REPORT',
      edition: 'wt2013',
      length: 1,
      unit: 'workingDays',
      status: 'S',
      setByBoard: false,
    });
  });

  it('gives the unverified WT2010 variant of the same clock id', () => {
    expect(resolveClock('wt2010', 'LADO_REPORT')).toMatchObject({ length: null, status: 'U', setByBoard: false });
  });

  it('applies a board setting to a U clock, citing the board first', () => {
    const clock = resolveClock('wt2010', 'LADO_REPORT', { LADO_REPORT: { length: 2, unit: 'workingDays', citation: boardCitation } });
    expect(clock).toMatchObject({ length: 2, unit: 'workingDays', status: 'U', setByBoard: true });
    expect(clock.citations[0]).toEqual(boardCitation);
  });

  it('applies a board setting to a local clock', () => {
    const clock = resolveClock('wt2023', 'LADO_ACK', { LADO_ACK: { length: 72, unit: 'hours', citation: boardCitation } });
    expect(clock).toMatchObject({ length: 72, unit: 'hours', status: 'L', setByBoard: true });
  });

  it('never lets a board override a statutory length', () => {
    const clock = resolveClock('wt2013', 'LADO_REPORT', { LADO_REPORT: { length: 5, unit: 'workingDays', citation: boardCitation } });
    expect(clock).toMatchObject({ length: 1, setByBoard: false });
  });

  it('says which editions hold a clock that is missing from the one asked for', () => {
    expect(() => resolveClock('wt2013', 'SIN')).toThrow(UnknownClockError);
    expect(() => resolveClock('wt2013', 'SIN')).toThrow('Clock SIN is not part of edition wt2013 (it belongs to wt2018, wt2023).');
  });

  it('lists the edition’s clocks when the id is unknown everywhere', () => {
    expect(() => resolveClock('wt2015', 'LADO_REPROT')).toThrow(/clocks in wt2015: .*LADO_REPORT.*SIN_2015/);
  });
});

describe('board clock settings schema', () => {
  it('requires a positive length, a known unit and a citation', () => {
    expect(boardClockSettingsSchema.safeParse({ SIN_2013: { length: 2, unit: 'workingDays', citation: boardCitation } }).success).toBe(true);
    expect(boardClockSettingsSchema.safeParse({ SIN_2013: { length: 0, unit: 'workingDays', citation: boardCitation } }).success).toBe(false);
    expect(boardClockSettingsSchema.safeParse({ SIN_2013: { length: 2, unit: 'weeks', citation: boardCitation } }).success).toBe(false);
    expect(boardClockSettingsSchema.safeParse({ SIN_2013: { length: 2, unit: 'workingDays' } }).success).toBe(false);
  });
});

describe('the local review’s copy to the Panel and the Secretary of State before publication (LCSPR_PREPUB)', () => {
  const planned = new Date('2026-06-15T00:00:00+01:00');

  it.each(['wt2018', 'wt2023'] as const)('%s: has no built-in value, so the count waits for the board', (edition) => {
    const clock = resolveClock(edition, 'LCSPR_PREPUB');
    expect(clock).toMatchObject({ length: null, status: 'U', setByBoard: false, direction: 'before' });
    expect(computeDeadline(clock, planned)).toMatchObject({ kind: 'notSet', message: 'No national deadline recorded – board to set' });
  });

  it('counts back from the planned publication date once a board sets it with its own citation', () => {
    const citation = { source: 'Demo partnership publication protocol', locator: 'paragraph 4' };
    const clock = resolveClock('wt2023', 'LCSPR_PREPUB', boardClockSettingsSchema.parse({ LCSPR_PREPUB: { length: 7, unit: 'workingDays', citation } }));
    expect(clock).toMatchObject({ length: 7, setByBoard: true });
    expect(clock.citations).toEqual([citation]);
    expect(computeDeadline(clock, planned)).toMatchObject({ kind: 'due', dueDate: '2026-06-04' });
  });

  it('is not set by either demo board, so no value is invented', () => {
    for (const board of loadBoards().values()) expect(board.clockSettings?.LCSPR_PREPUB).toBeUndefined();
  });
});
