import { z } from 'zod';
import { executiveSummarySchema } from '../seriousIncident/executiveSummary.ts';
import { ladoConsultationSchema, ladoDecisionSchema, ladoOutcomeSchema, ladoReferralSchema } from '../lado/index.ts';
import { scrDecisionSchema } from '../seriousIncident/scrDecision.ts';
import { scrMilestoneSchema } from '../seriousIncident/scrMilestone.ts';
import { seriousIncidentNotificationSchema } from '../seriousIncident/seriousIncidentNotification.ts';
import { thresholdConsultationSchema } from './thresholdConsultation.ts';

/** Every record the product stores or sends, by its `type`. */
export const RECORD_SCHEMAS = {
  threshold_consultation: thresholdConsultationSchema,
  lado_referral: ladoReferralSchema,
  lado_consultation: ladoConsultationSchema,
  lado_decision: ladoDecisionSchema,
  lado_outcome: ladoOutcomeSchema,
  serious_incident_notification: seriousIncidentNotificationSchema,
  scr_decision: scrDecisionSchema,
  scr_milestone: scrMilestoneSchema,
  executive_summary: executiveSummarySchema,
} as const;

export type RecordType = keyof typeof RECORD_SCHEMAS;
export const RECORD_TYPES = Object.keys(RECORD_SCHEMAS) as RecordType[];

export const recordSchema = z.discriminatedUnion('type', [
  thresholdConsultationSchema,
  ladoReferralSchema,
  ladoConsultationSchema,
  ladoDecisionSchema,
  ladoOutcomeSchema,
  seriousIncidentNotificationSchema,
  scrDecisionSchema,
  scrMilestoneSchema,
  executiveSummarySchema,
]);
export type SafeguardingRecord = z.infer<typeof recordSchema>;
export type RecordOfType<Type extends RecordType> = z.infer<(typeof RECORD_SCHEMAS)[Type]>;

/** Government Security Classification shown on cards and exports (domain brief §8). */
export type Marking = 'OFFICIAL' | 'OFFICIAL-SENSITIVE';

/** Completed LADO and serious incident records are OFFICIAL-SENSITIVE; the marking is declared on each schema. */
export function markingOf(type: RecordType): Marking {
  return RECORD_SCHEMAS[type].meta()?.marking === 'OFFICIAL-SENSITIVE' ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL';
}

export function isRecordType(value: string): value is RecordType {
  return Object.hasOwn(RECORD_SCHEMAS, value);
}
