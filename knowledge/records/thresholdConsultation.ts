import { z } from 'zod';
import { agencyTypeSchema, instantSchema, narrativeSchema, recordHeader, shortTextSchema } from './fields.ts';

/** A threshold conversation, kept without the child's name: boards use these to see how thresholds are applied. */

export const AGE_BANDS = ['unborn', 'under1', '1to4', '5to10', '11to15', '16to17'] as const;

/** Risk factors the brief asks every threshold conversation to capture (§5.5). */
export const THRESHOLD_RISK_FACTORS = ['domesticAbuse', 'parentalSubstanceMisuse', 'parentalMentalIllHealth', 'parentalLearningDisability'] as const;

export const THRESHOLD_NEXT_STEPS = ['universalServices', 'earlyHelp', 'childInNeedReferral', 'childProtectionReferral', 'emergencyCall', 'ladoReferral', 'discussWithSafeguardingLead'] as const;

export const CONSENT_STATUSES = ['given', 'refused', 'notSought', 'notRequired'] as const;

const idListSchema = z.array(shortTextSchema);

export const thresholdPractitionerSection = z
  .strictObject({
    agencyType: agencyTypeSchema,
    role: shortTextSchema.optional().meta({ title: 'Your role', description: 'For example "class teacher" or "health visitor".' }),
  })
  .meta({ title: 'About you' });

export const thresholdConcernSection = z
  .strictObject({
    ageBand: z.enum(AGE_BANDS).meta({ title: "Child's age" }),
    redFlags: idListSchema.default([]).meta({ title: 'Immediate-danger red flags that apply' }),
    indicators: idListSchema.default([]).meta({ title: 'Indicators that apply', description: 'Ids from the board’s threshold document.' }),
    notSureCount: z.int().nonnegative().default(0).meta({ title: 'Questions answered "not sure"' }),
    riskFactors: z.array(z.enum(THRESHOLD_RISK_FACTORS)).default([]).meta({ title: 'Risk factors in the family' }),
    childVoice: narrativeSchema.optional().meta({
      title: 'What the child says or shows',
      description: 'Kept in the record only if you choose to keep it.',
      personalData: true,
    }),
  })
  .meta({ title: 'The concern' });

export const thresholdLevelSection = z
  .strictObject({
    thresholdDocument: z.strictObject({
      id: shortTextSchema.meta({ title: 'Threshold document' }),
      version: shortTextSchema.meta({ title: 'Threshold document version' }),
    }),
    recommendedLevel: shortTextSchema.optional().meta({
      title: 'Level the check points to',
      description: 'None when nothing ticked matched the threshold document.',
    }),
    practitionerLevel: shortTextSchema.optional().meta({
      title: 'Level you chose',
      description: 'None when you took the concern to your safeguarding lead without choosing a level.',
    }),
    overrideReason: narrativeSchema.optional().meta({
      title: 'Why you chose a different level',
      description: 'Your professional judgement counts; the record keeps both levels.',
    }),
  })
  .superRefine((section, context) => {
    const chosenAnother = section.practitionerLevel !== undefined && section.practitionerLevel !== section.recommendedLevel;
    if (chosenAnother && section.overrideReason === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['overrideReason'],
        message: 'give a reason when the level you chose differs from the suggested level',
      });
    }
  })
  .meta({ title: 'Level' });

export const thresholdOutcomeSection = z
  .strictObject({
    nextStep: z.enum(THRESHOLD_NEXT_STEPS).meta({ title: 'What happens next' }),
    consent: z.enum(CONSENT_STATUSES).optional().meta({ title: 'Consent' }),
    consentNotSoughtReason: narrativeSchema.optional().meta({ title: 'Why consent was not sought' }),
  })
  .superRefine((section, context) => {
    if (section.consent === 'notSought' && section.consentNotSoughtReason === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['consentNotSoughtReason'],
        message: 'record why consent was not sought',
      });
    }
  })
  .meta({ title: 'Outcome' });

export const thresholdConsultationSchema = z
  .strictObject({
    ...recordHeader('threshold_consultation'),
    completedAt: instantSchema.meta({ title: 'Completed at' }),
    practitioner: thresholdPractitionerSection,
    concern: thresholdConcernSection,
    level: thresholdLevelSection,
    outcome: thresholdOutcomeSection,
  })
  .meta({
    title: 'Threshold consultation',
    description: 'A practitioner’s threshold conversation. No child name is collected.',
    marking: 'OFFICIAL',
  });

export type ThresholdConsultation = z.infer<typeof thresholdConsultationSchema>;
