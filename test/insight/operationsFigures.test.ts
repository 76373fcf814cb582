import { describe, expect, it } from 'vitest';
import { latenessBand, parkedOf, unacknowledgedOf } from '../../knowledge/insight/operationsFigures.ts';

describe('alerts unacknowledged past their due time', () => {
  it.each([
    { why: 'due yesterday', dueBy: '2026-03-03T00:00:00Z', now: '2026-03-03T12:00:00Z', band: 'upTo1WorkingDay' },
    { why: 'due Friday night, Monday now: one working day late', dueBy: '2026-03-07T00:00:00Z', now: '2026-03-09T10:00:00Z', band: 'upTo1WorkingDay' },
    {
      why: 'due as Thursday 2 April 2026 began, the Wednesday after Easter: Good Friday and Easter Monday skipped',
      dueBy: '2026-04-02T00:00:00+01:00',
      now: '2026-04-08T10:00:00+01:00',
      band: 'upTo5WorkingDays',
    },
    { why: 'the Tuesday after Easter is only one working day on', dueBy: '2026-04-02T00:00:00+01:00', now: '2026-04-07T10:00:00+01:00', band: 'upTo1WorkingDay' },
    { why: 'two weeks late', dueBy: '2026-03-02T00:00:00Z', now: '2026-03-16T10:00:00Z', band: 'moreThan5WorkingDays' },
  ])('$why', ({ dueBy, now, band }) => {
    expect(latenessBand(new Date(dueBy), new Date(now))).toBe(band);
  });

  it('counts only items whose due time has passed, by band', () => {
    const now = new Date('2026-03-16T10:00:00Z');
    const items = ['2026-03-02T00:00:00Z', '2026-03-16T00:00:00Z', '2026-03-17T00:00:00Z'].map((dueBy) => ({ dueBy: new Date(dueBy) }));
    expect(unacknowledgedOf(items, now)).toEqual({
      count: 2,
      byLateness: [
        { band: 'upTo1WorkingDay', count: 1 },
        { band: 'upTo5WorkingDays', count: 0 },
        { band: 'moreThan5WorkingDays', count: 1 },
      ],
    });
  });

  it('counts parked deliveries by destination', () => {
    expect(parkedOf([{ destination: 'webhook' }, { destination: 'webhook' }])).toEqual({ count: 2, byDestination: [{ destination: 'webhook', count: 2 }] });
  });
});
