import { z } from 'zod';
import type { Citation } from '../citation.ts';
import { citationSchema } from '../citation.ts';
import { publicSource } from '../editions/sources.ts';
import { LADO_OUTCOMES } from '../lado/index.ts';
import type { RecordType } from '../records/recordSchema.ts';
import { isRecordType, RECORD_TYPES } from '../records/recordSchema.ts';

/**
 * How long a board keeps each record type (domain brief §8). Every period is the board's to set; the
 * product ships labelled defaults only where the brief gives one. SIN, rapid review, SCR and LCSPR files are
 * unverified (U) and have no default, and neither do threshold consultations (kept only as aggregate counts).
 */

export const RETENTION_STARTS = ['submission', 'lastContact', 'closure', 'subjectDateOfBirth'] as const;

export const retentionPeriodSchema = z.strictObject({
  years: z.int().positive(),
  from: z.enum(RETENTION_STARTS),
  citation: citationSchema.optional(),
});
export type RetentionPeriod = z.infer<typeof retentionPeriodSchema>;

const byLadoOutcomeSchema = z.strictObject({
  byOutcome: z.strictObject(Object.fromEntries(LADO_OUTCOMES.map((outcome) => [outcome, retentionPeriodSchema])) as Record<(typeof LADO_OUTCOMES)[number], typeof retentionPeriodSchema>),
});

/** Kept as part of another record's file, e.g. a LADO decision with its referral. */
const keptWithSchema = z.strictObject({ keptWith: z.enum(RECORD_TYPES) });

export const retentionRuleSchema = z.union([retentionPeriodSchema, byLadoOutcomeSchema, keptWithSchema]);
export type RetentionRule = z.infer<typeof retentionRuleSchema>;

/** One local authority's schedule: a labelled default, which each board replaces with its own. */
const DEVON_SCHEDULE: Citation = publicSource('DEVRET');
const UNTIL_SUBJECT_IS_100: RetentionPeriod = { years: 100, from: 'subjectDateOfBirth', citation: DEVON_SCHEDULE };
const TEN_YEARS_FROM_CLOSURE: RetentionPeriod = { years: 10, from: 'closure', citation: DEVON_SCHEDULE };

export const DEFAULT_RETENTION: Partial<Record<RecordType, RetentionRule>> = {
  lado_consultation: { years: 6, from: 'lastContact', citation: DEVON_SCHEDULE },
  lado_referral: {
    byOutcome: {
      substantiated: UNTIL_SUBJECT_IS_100,
      unsubstantiated: UNTIL_SUBJECT_IS_100,
      false: TEN_YEARS_FROM_CLOSURE,
      malicious: TEN_YEARS_FROM_CLOSURE,
      unfounded: TEN_YEARS_FROM_CLOSURE,
    },
  },
  lado_decision: { keptWith: 'lado_referral' },
  lado_outcome: { keptWith: 'lado_referral' },
};

export const boardRetentionSchema = z
  .record(z.string(), retentionRuleSchema)
  .superRefine((rules, context) => {
    for (const [type, rule] of Object.entries(rules)) {
      if (!isRecordType(type)) {
        context.addIssue({ code: 'custom', path: [type], message: `unknown record type; known: ${RECORD_TYPES.join(', ')}` });
      } else if ('keptWith' in rule && rule.keptWith === type) {
        context.addIssue({ code: 'custom', path: [type, 'keptWith'], message: 'a record type cannot be kept with itself' });
      }
    }
  })
  .default({})
  .transform((rules) => ({ ...DEFAULT_RETENTION, ...rules }) as Partial<Record<RecordType, RetentionRule>>);

/** Record types the board has no retention period for yet (no product default, and none configured). */
export function unsetRetention(retention: Partial<Record<RecordType, RetentionRule>>): RecordType[] {
  return RECORD_TYPES.filter((type) => retention[type] === undefined);
}
