import { z } from 'zod';
import type { RecordType } from '../records/recordSchema.ts';
import { RECORD_TYPES } from '../records/recordSchema.ts';

/**
 * Where alerts go: a route name per record type, plus `operations` for delivery failures. The conversation
 * behind a route is registered later, in chat, by a board admin; here a route is only a name.
 */

export const ALERT_TOPICS = [...RECORD_TYPES, 'operations'] as const;
export type AlertTopic = RecordType | 'operations';

const routeNameSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a route name like "lado-duty"' });

export const DEFAULT_ALERT_ROUTES: Partial<Record<AlertTopic, string>> = {
  lado_referral: 'lado-duty',
  lado_consultation: 'lado-duty',
  serious_incident_notification: 'business-team',
  scr_decision: 'business-team',
  scr_milestone: 'business-team',
  executive_summary: 'business-team',
  operations: 'operations',
};

function isAlertTopic(value: string): value is AlertTopic {
  return (ALERT_TOPICS as readonly string[]).includes(value);
}

/** A board's routes, merged over the defaults; a board removes a default route by setting it to null. */
export const alertRoutesSchema = z
  .record(z.string(), routeNameSchema.nullable())
  .superRefine((routes, context) => {
    for (const topic of Object.keys(routes)) {
      if (!isAlertTopic(topic)) {
        context.addIssue({
          code: 'custom',
          path: [topic],
          message: `unknown record type; alerts can be routed for ${ALERT_TOPICS.join(', ')}`,
        });
      }
    }
  })
  .default({})
  .transform((routes) => {
    const merged: Partial<Record<AlertTopic, string>> = { ...DEFAULT_ALERT_ROUTES };
    for (const [topic, route] of Object.entries(routes)) {
      if (!isAlertTopic(topic)) continue;
      if (route === null) delete merged[topic];
      else merged[topic] = route;
    }
    return merged;
  });
export type AlertRoutes = z.output<typeof alertRoutesSchema>;

/** When reminders fire before a clock's end; `overdue` is the escalation once it has passed. */
export const reminderOffsetSchema = z.discriminatedUnion('at', [
  z.strictObject({ at: z.literal('beforeCloseOfBusiness'), workingHours: z.number().positive() }),
  z.strictObject({ at: z.literal('closeOfBusiness'), workingDaysBefore: z.int().nonnegative().default(0) }),
  z.strictObject({ at: z.literal('overdue') }),
]);
export type ReminderOffset = z.infer<typeof reminderOffsetSchema>;

export const DEFAULT_REMINDERS: ReminderOffset[] = [{ at: 'beforeCloseOfBusiness', workingHours: 4 }, { at: 'closeOfBusiness', workingDaysBefore: 0 }, { at: 'overdue' }];
