import { describe, expect, it } from 'vitest';
import { FEWER_THAN_FIVE, suppressSmallCount, suppressSmallCounts, WITHHELD, type ReportValue } from '../../knowledge/insight/suppressSmallCounts.ts';

const cases: Array<{ why: string; value: ReportValue; shown: unknown }> = [
  { why: 'zero identifies nobody', value: { kind: 'count', count: 0 }, shown: 0 },
  { why: 'one is suppressed', value: { kind: 'count', count: 1 }, shown: FEWER_THAN_FIVE },
  { why: 'four is suppressed', value: { kind: 'count', count: 4 }, shown: FEWER_THAN_FIVE },
  { why: 'five is shown', value: { kind: 'count', count: 5 }, shown: 5 },
  { why: 'a share of a small total is withheld', value: { kind: 'share', part: 4, total: 4 }, shown: WITHHELD },
  { why: 'a share whose part is small is withheld', value: { kind: 'share', part: 3, total: 20 }, shown: WITHHELD },
  { why: 'a share whose remainder is small is withheld (20 of 22 would reveal 2 late)', value: { kind: 'share', part: 20, total: 22 }, shown: WITHHELD },
  { why: 'a share of all is shown', value: { kind: 'share', part: 12, total: 12 }, shown: 100 },
  { why: 'a share in percent, one decimal', value: { kind: 'share', part: 10, total: 15 }, shown: 66.7 },
  { why: 'a share of nothing is empty', value: { kind: 'share', part: 0, total: 0 }, shown: null },
  { why: 'a median over few items is withheld', value: { kind: 'hours', hours: 3.5, over: 3 }, shown: WITHHELD },
  { why: 'a median over five is shown', value: { kind: 'hours', hours: 3.5, over: 5 }, shown: 3.5 },
];

describe('small counts in exports', () => {
  it.each(cases)('$why', ({ value, shown }) => {
    expect(suppressSmallCount(value)).toEqual(shown);
  });

  it('suppresses every line and keeps the rest of it', () => {
    expect(suppressSmallCounts([{ measure: 'Referrals', value: { kind: 'count', count: 2 } }])).toEqual([{ measure: 'Referrals', value: FEWER_THAN_FIVE }]);
  });
});
