import { describe, expect, it } from 'vitest';
import { boardCalendarSettingsSchema } from '../../../knowledge/calendar/boardCalendarSettings.ts';
import { isWithinWorkingHours, lastBoardOpenDayOnOrBefore } from '../../../knowledge/calendar/boardWorkingTime.ts';

const standardHours = boardCalendarSettingsSchema.parse({});
const closedOnChristmasEve = boardCalendarSettingsSchema.parse({
  workingHours: { start: '08:30', end: '16:30' },
  extraClosureDays: [{ date: '2025-12-24', reason: 'Office closed' }],
});

describe('board working hours', () => {
  it('defaults to 09:00–17:00 Europe/London with no closure days and no out-of-hours receipt', () => {
    expect(standardHours).toEqual({
      timeZone: 'Europe/London',
      workingHours: { start: '09:00', end: '17:00' },
      closeOfBusiness: '17:00',
      extraClosureDays: [],
    });
  });

  it.each([
    ['2025-07-01T08:00:00Z', true, '09:00 BST'],
    ['2025-07-01T07:59:00Z', false, '08:59 BST'],
    ['2025-07-01T16:00:00Z', false, '17:00 BST, the end is excluded'],
    ['2025-12-01T16:59:00Z', true, '16:59 GMT'],
    ['2025-04-18T10:00:00Z', false, 'Good Friday'],
    ['2025-04-19T10:00:00Z', false, 'Saturday'],
  ])('%s is within standard hours: %s (%s)', (instant, expected) => {
    expect(isWithinWorkingHours(new Date(instant), standardHours)).toBe(expected);
  });

  it('treats a board closure day as outside working hours', () => {
    expect(isWithinWorkingHours(new Date('2025-12-24T10:00:00Z'), closedOnChristmasEve)).toBe(false);
    expect(isWithinWorkingHours(new Date('2025-12-23T16:00:00Z'), closedOnChristmasEve)).toBe(true);
    expect(isWithinWorkingHours(new Date('2025-12-23T16:30:00Z'), closedOnChristmasEve)).toBe(false);
  });

  it('moves reminders back over closure days and holidays', () => {
    expect(lastBoardOpenDayOnOrBefore('2025-12-24', closedOnChristmasEve)).toBe('2025-12-23');
    expect(lastBoardOpenDayOnOrBefore('2025-12-26', closedOnChristmasEve)).toBe('2025-12-23');
    expect(lastBoardOpenDayOnOrBefore('2025-12-24', standardHours)).toBe('2025-12-24');
  });

  it('rejects a malformed time with a readable message', () => {
    const result = boardCalendarSettingsSchema.safeParse({ closeOfBusiness: '5pm' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/HH:mm/);
  });
});
