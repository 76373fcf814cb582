import { z } from 'zod';
import { dateSchema, instantSchema, narrativeSchema, recordHeader, shortTextSchema } from '../records/fields.ts';
import { harmTestLimbSchema } from './harmTestLimbs.ts';

/** The LADO's decision on a referral (domain brief §6.5): threshold, meeting, who investigates. */

export const LADO_THRESHOLD_DECISIONS = ['met', 'notMet', 'consultationOnly'] as const;
export const INVESTIGATING_BODIES = ['police', 'childrensSocialCare', 'employer'] as const;

export const ladoMeetingSection = z
  .strictObject({
    kind: z.enum(['strategy', 'evaluation']).meta({ title: 'Meeting' }),
    heldOn: dateSchema.meta({ title: 'Date' }),
    attendees: z
      .array(
        z.strictObject({
          role: shortTextSchema.meta({ title: 'Role' }),
          organisation: shortTextSchema.meta({ title: 'Organisation' }),
        }),
      )
      .min(1)
      .meta({ title: 'Attendees (by role)' }),
  })
  .meta({ title: 'Strategy or evaluation meeting' });

export const ladoDecisionSchema = z
  .strictObject({
    ...recordHeader('lado_decision'),
    referralReference: shortTextSchema.meta({ title: 'Referral reference' }),
    decidedAt: instantSchema.meta({ title: 'Decided at' }),
    decidedBy: shortTextSchema.meta({ title: 'LADO', personalData: true }),
    threshold: z.enum(LADO_THRESHOLD_DECISIONS).meta({ title: 'Is the harm test met?' }),
    limbsMet: z.array(harmTestLimbSchema).default([]).meta({ title: 'Limbs met' }),
    reasons: narrativeSchema.meta({ title: 'Reasons', personalData: true }),
    meeting: ladoMeetingSection.optional(),
    policeOrSection47Needed: z.boolean().meta({ title: 'Police investigation or s47 enquiry needed?' }),
    investigatedBy: z.array(z.enum(INVESTIGATING_BODIES)).default([]).meta({ title: 'Who investigates' }),
    suspensionAdvice: z.enum(['notNeeded', 'considerAlternatives', 'suspensionAdvised']).meta({ title: 'Advice to the employer on suspension' }),
  })
  .superRefine((decision, context) => {
    if (decision.threshold === 'met' && decision.limbsMet.length === 0) {
      context.addIssue({ code: 'custom', path: ['limbsMet'], message: 'name at least one limb when the harm test is met' });
    }
  })
  .meta({ title: 'LADO decision', marking: 'OFFICIAL-SENSITIVE' });

export type LadoDecision = z.infer<typeof ladoDecisionSchema>;
