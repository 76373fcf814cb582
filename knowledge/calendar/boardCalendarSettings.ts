import { z } from 'zod';
import { citationSchema } from '../citation.ts';

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time HH:mm, e.g. "17:00"' });

/** How a board's working week differs from the national calendar. All times are Europe/London wall-clock times. */
export const boardCalendarSettingsSchema = z.object({
  timeZone: z.literal('Europe/London').default('Europe/London'),
  workingHours: z
    .object({
      start: clockTimeSchema.default('09:00'),
      end: clockTimeSchema.default('17:00'),
    })
    .default({ start: '09:00', end: '17:00' }),
  /** Reminders aim at this time on the due date (W3). */
  closeOfBusiness: clockTimeSchema.default('17:00'),
  /** W7: local closure days never extend a statutory clock; they only bring reminders forward. */
  extraClosureDays: z.array(z.object({ date: z.iso.date(), reason: z.string().min(1) })).default([]),
  /** W4: receipt after the cutoff counts as the next working day; off unless the board cites its own procedure. */
  outOfHoursReceipt: z
    .object({
      enabled: z.boolean().default(false),
      cutoff: clockTimeSchema,
      citation: citationSchema,
    })
    .optional(),
});

export type BoardCalendarSettings = z.infer<typeof boardCalendarSettingsSchema>;

export const DEFAULT_BOARD_CALENDAR_SETTINGS: BoardCalendarSettings = boardCalendarSettingsSchema.parse({});
