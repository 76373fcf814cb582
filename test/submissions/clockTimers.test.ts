import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDERS } from '../../knowledge/boards/alertRoutes.ts';
import { boardCalendarSettingsSchema } from '../../knowledge/calendar/boardCalendarSettings.ts';
import { computeDeadline, type DueDeadline } from '../../knowledge/clocks/computeDeadline.ts';
import { resolveClock } from '../../knowledge/clocks/resolveClock.ts';
import { timersForDeadline } from '../../bot/submissions/clockTimers.ts';

const officeHours = boardCalendarSettingsSchema.parse({});

function deadline(clockId: string, start: string, settings = officeHours, clockSettings = {}): DueDeadline {
  const result = computeDeadline(resolveClock('wt2018', clockId, clockSettings), new Date(start), settings);
  if (result.kind !== 'due') throw new Error('expected a running clock');
  return result;
}

const times = (timers: ReturnType<typeof timersForDeadline>) => timers.map((timer) => [timer.kind, timer.fireAt.toISOString()]);

describe('timers of a running clock', () => {
  it('remind 4 working hours before close of business, at close of business, and once overdue', () => {
    // SIN from Thursday 18 December 2025: due Monday 29 December (the brief's worked example 5).
    const sin = deadline('SIN', '2025-12-18T10:00:00Z');
    expect(times(timersForDeadline(sin, DEFAULT_REMINDERS, officeHours, new Date('2025-12-18T10:05:00Z')))).toEqual([
      ['reminder', '2025-12-29T13:00:00.000Z'],
      ['due', '2025-12-29T17:00:00.000Z'],
      ['overdue', '2025-12-30T00:00:00.000Z'],
    ]);
  });

  it('counts working hours back across the evening into the day before', () => {
    const sin = deadline('SIN', '2025-12-18T10:00:00Z');
    const tenWorkingHours = [{ at: 'beforeCloseOfBusiness' as const, workingHours: 10 }];
    // 8 hours on Monday 29 December, 2 more before 17:00 on Wednesday 24 December (25 and 26 are bank holidays).
    expect(times(timersForDeadline(sin, tenWorkingHours, officeHours, new Date('2025-12-18T10:05:00Z')))).toEqual([['reminder', '2025-12-24T15:00:00.000Z']]);
  });

  it("brings reminders forward over the board's closure days, never the deadline itself (W7)", () => {
    const closed = boardCalendarSettingsSchema.parse({ extraClosureDays: [{ date: '2025-12-29', reason: 'office closed' }] });
    const sin = deadline('SIN', '2025-12-18T10:00:00Z', closed);
    expect(times(timersForDeadline(sin, [{ at: 'closeOfBusiness', workingDaysBefore: 0 }, { at: 'overdue' }], closed, new Date('2025-12-18T10:05:00Z')))).toEqual([
      ['due', '2025-12-24T17:00:00.000Z'],
      ['overdue', '2025-12-30T00:00:00.000Z'],
    ]);
  });

  it('counts elapsed hours for an hours clock', () => {
    const internal = deadline('SIN_INTERNAL', '2026-03-02T10:00:00Z', officeHours, {
      SIN_INTERNAL: { length: 24, unit: 'hours', citation: { source: 'local procedure' } },
    });
    expect(times(timersForDeadline(internal, DEFAULT_REMINDERS, officeHours, new Date('2026-03-02T10:05:00Z')))).toEqual([
      ['reminder', '2026-03-03T06:00:00.000Z'],
      ['overdue', '2026-03-03T10:00:00.000Z'],
    ]);
  });

  it('leaves out reminders already past at submission, but keeps the overdue escalation', () => {
    const sin = deadline('SIN', '2025-12-18T10:00:00Z');
    expect(times(timersForDeadline(sin, DEFAULT_REMINDERS, officeHours, new Date('2026-01-05T09:00:00Z')))).toEqual([['overdue', '2025-12-30T00:00:00.000Z']]);
  });
});
