import { z } from 'zod';
import { citationSchema } from '../citation.ts';

export const clockUnitSchema = z.enum(['workingDays', 'calendarDays', 'months', 'hours']);
export type ClockUnit = z.infer<typeof clockUnitSchema>;

/** How a board fills a clock the brief leaves unverified (U) or local (L): a value plus the board's own citation. */
export const boardClockSettingSchema = z.object({
  length: z.number().positive(),
  unit: clockUnitSchema,
  citation: citationSchema,
});
export type BoardClockSetting = z.infer<typeof boardClockSettingSchema>;

/** Keyed by clock id, e.g. { LADO_REPORT: { length: 1, unit: 'workingDays', citation: {...} } }. */
export const boardClockSettingsSchema = z.record(z.string().min(1), boardClockSettingSchema);
export type BoardClockSettings = z.infer<typeof boardClockSettingsSchema>;
