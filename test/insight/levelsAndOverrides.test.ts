import { describe, expect, it } from 'vitest';
import type { ThresholdCheckRow } from '../../knowledge/insight/insightRows.ts';
import { levelMixOf } from '../../knowledge/insight/levelMix.ts';
import { overrideDirection, overridesOf } from '../../knowledge/insight/overrides.ts';

const LEVELS = ['1', '2', '3', '4'];
const at = new Date('2026-03-02T10:00:00Z');

function check(suggested: string | undefined, chosen: string | undefined, extra: Partial<ThresholdCheckRow> = {}): ThresholdCheckRow {
  return { agencyType: 'school', ageBand: '5to10', submittedAt: at, ...(suggested ? { suggestedLevel: suggested } : {}), ...(chosen ? { chosenLevel: chosen } : {}), ...extra };
}

describe('override direction by the threshold document’s order', () => {
  it.each([
    { suggested: '2', chosen: '2', direction: 'same' },
    { suggested: '2', chosen: '3', direction: 'up' },
    { suggested: '4', chosen: '1', direction: 'down' },
    { suggested: undefined, chosen: '1', direction: 'up' },
    { suggested: '2', chosen: 'B', direction: 'other' },
    { suggested: 'B', chosen: '2', direction: 'other' },
  ])('suggested $suggested, chosen $chosen: $direction', ({ suggested, chosen, direction }) => {
    expect(overrideDirection(LEVELS, suggested, chosen)).toBe(direction);
  });
});

describe('overrides by level and agency', () => {
  const checks = [
    check('2', '2'),
    check('2', '3'),
    check('2', '3'),
    check('3', '2', { agencyType: 'health' }),
    check('3', '3', { agencyType: 'health' }),
    check(undefined, '1', { agencyType: 'health' }),
    check('4', undefined),
  ];

  it('counts only checks where the practitioner chose a level', () => {
    const overrides = overridesOf(LEVELS, checks);
    expect(overrides).toMatchObject({ total: 6, same: 2, up: 3, down: 1, other: 0 });
  });

  it('gives the suggested × chosen matrix by agency, the by-level and the by-agency counts', () => {
    const overrides = overridesOf(LEVELS, checks);
    expect(overrides.matrix).toEqual([
      { agencyType: 'school', suggestedLevel: '2', chosenLevel: '2', count: 1 },
      { agencyType: 'school', suggestedLevel: '2', chosenLevel: '3', count: 2 },
      { agencyType: 'health', suggestedLevel: '3', chosenLevel: '2', count: 1 },
      { agencyType: 'health', suggestedLevel: '3', chosenLevel: '3', count: 1 },
      { agencyType: 'health', suggestedLevel: 'none', chosenLevel: '1', count: 1 },
    ]);
    expect(overrides.bySuggestedLevel).toEqual([
      { level: '2', total: 3, same: 1, up: 2, down: 0, other: 0 },
      { level: '3', total: 2, same: 1, up: 0, down: 1, other: 0 },
      { level: 'none', total: 1, same: 0, up: 1, down: 0, other: 0 },
    ]);
    expect(overrides.byAgency).toEqual([
      { agencyType: 'school', total: 3, same: 1, up: 2, down: 0, other: 0 },
      { agencyType: 'health', total: 3, same: 1, up: 1, down: 1, other: 0 },
    ]);
  });

  it('level mix by chosen level in the document’s order, then no level, by agency and age band', () => {
    const mix = levelMixOf(LEVELS, [...checks, check('1', '1', { ageBand: 'under1' })]);
    expect(mix.levels).toEqual([
      { level: '1', count: 2 },
      { level: '2', count: 2 },
      { level: '3', count: 3 },
      { level: 'none', count: 1 },
    ]);
    expect(mix.byAgency.map((group) => group.agencyType)).toEqual(['school', 'health']);
    expect(mix.byAgeBand).toEqual([
      { ageBand: 'under1', levels: [{ level: '1', count: 1 }] },
      {
        ageBand: '5to10',
        levels: [
          { level: '1', count: 1 },
          { level: '2', count: 2 },
          { level: '3', count: 3 },
          { level: 'none', count: 1 },
        ],
      },
    ]);
  });
});
