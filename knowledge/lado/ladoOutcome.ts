import { z } from 'zod';
import { dateSchema, narrativeSchema, recordHeader, shortTextSchema } from '../records/fields.ts';

/**
 * How an allegation ended (domain brief §6.5). Substantiated: enough evidence to prove it. False: enough to
 * disprove it. Malicious: disproved and a deliberate act to deceive. Unsubstantiated: not enough evidence either
 * way. Unfounded: no evidence or proper basis.
 */
export const LADO_OUTCOMES = ['substantiated', 'false', 'malicious', 'unsubstantiated', 'unfounded'] as const;
export const ladoOutcomeValueSchema = z.enum(LADO_OUTCOMES);
export type LadoOutcomeValue = z.infer<typeof ladoOutcomeValueSchema>;

export const ladoOutcomeSchema = z
  .strictObject({
    ...recordHeader('lado_outcome'),
    referralReference: shortTextSchema.meta({ title: 'Referral reference' }),
    outcome: ladoOutcomeValueSchema.meta({ title: 'Outcome' }),
    outcomeOn: dateSchema.meta({ title: 'Outcome date' }),
    reviews: z
      .array(z.strictObject({ heldOn: dateSchema.meta({ title: 'Review date' }), note: narrativeSchema.meta({ title: 'Note', personalData: true }) }))
      .default([])
      .meta({ title: 'Reviews' }),
    dbsReferral: z.enum(['referred', 'notRequired', 'underConsideration']).meta({
      title: 'Referral to the DBS',
      description:
        'Required where the employer removes the person from regulated activity (dismissal, redeployment, or would have removed them had they not left) and the harm test or the relevant conduct test is met, or they were cautioned or convicted of a relevant offence (Safeguarding Vulnerable Groups Act 2006, section 35).',
    }),
    teachingRegulationAgencyReferral: z.boolean().meta({ title: 'Referred to the Teaching Regulation Agency?' }),
    otherRegulator: shortTextSchema.optional().meta({ title: 'Other regulator referred to' }),
    learning: narrativeSchema.optional().meta({ title: 'Learning', personalData: true }),
    closedOn: dateSchema.meta({ title: 'Closure date' }),
  })
  .superRefine((outcome, context) => {
    if (outcome.closedOn < outcome.outcomeOn) {
      context.addIssue({ code: 'custom', path: ['closedOn'], message: 'must not be before outcomeOn' });
    }
  })
  .meta({ title: 'LADO outcome', marking: 'OFFICIAL-SENSITIVE' });

export type LadoOutcome = z.infer<typeof ladoOutcomeSchema>;
