import { describe, expect, it } from 'vitest';
import { boardClockSettingsSchema } from '../../../knowledge/clocks/boardClockSetting.ts';
import { resolveClock, UnknownClockError } from '../../../knowledge/clocks/resolveClock.ts';

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
