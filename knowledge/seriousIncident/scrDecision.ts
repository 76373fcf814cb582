import { z } from 'zod';
import type { EditionId } from '../editions/editionId.ts';
import { dateSchema, fullNameSchema, narrativeSchema, recordHeader, shortTextSchema } from '../records/fields.ts';

/**
 * The decision whether to hold a review after a notified incident (domain brief §7.3). Up to WT2015 the
 * LSCB chair decides on a serious case review; from WT2018 the safeguarding partners decide on an LCSPR.
 * Every outcome, "no review" included, keeps its criteria answers, reasons, decision-maker and date.
 */

export const SCR_OUTCOMES = ['scr', 'otherLearningReview', 'goodPracticeReview', 'noReview'] as const;
export const LCSPR_OUTCOMES = ['lcspr', 'noLcspr', 'referToPanel'] as const;
export const REVIEW_MODELS = ['learningTogether', 'systems', 'appreciativeInquiry', 'other'] as const;

export type ReviewFramework = 'scr' | 'lcspr';

export function reviewFrameworkOf(edition: EditionId): ReviewFramework {
  return edition === 'wt2018' || edition === 'wt2023' ? 'lcspr' : 'scr';
}

export const scrCriterionAnswerSchema = z.strictObject({
  criterion: narrativeSchema.meta({ title: 'Criterion', description: 'The criterion as the edition’s rule pack words it, with its rule number.' }),
  answer: z.enum(['yes', 'no', 'notKnown']).meta({ title: 'Answer' }),
  rationale: narrativeSchema.meta({ title: 'Rationale', personalData: true }),
});

export const reviewDecisionSchema = z
  .discriminatedUnion('framework', [
    z.strictObject({ framework: z.literal('scr'), outcome: z.enum(SCR_OUTCOMES).meta({ title: 'Decision' }) }),
    z.strictObject({ framework: z.literal('lcspr'), outcome: z.enum(LCSPR_OUTCOMES).meta({ title: 'Decision' }) }),
  ])
  .meta({ title: 'Decision' });

export const reviewerSchema = z.strictObject({
  name: fullNameSchema.meta({ title: 'Name', personalData: true }),
  role: shortTextSchema.meta({ title: 'Role', description: 'For example "lead reviewer" or "panel chair".' }),
  independent: z.boolean().meta({ title: 'Independent of the agencies involved?' }),
});

export const scrDecisionSchema = z
  .strictObject({
    ...recordHeader('scr_decision'),
    incidentReference: shortTextSchema.meta({ title: 'Notification reference' }),
    criteria: z.array(scrCriterionAnswerSchema).min(1).meta({ title: 'Criteria answers' }),
    decision: reviewDecisionSchema,
    reasons: narrativeSchema.meta({ title: 'Reasons', personalData: true }),
    goesAgainstCriteria: z
      .strictObject({
        criteria: z.array(narrativeSchema).min(1).meta({ title: 'Criteria answered as met that always require a review' }),
        reason: narrativeSchema.meta({ title: 'Reason for going against them', personalData: true }),
      })
      .optional()
      .meta({
        title: 'Decision against a criterion that always requires a review',
        description: 'Recorded when the decision does not start the review that a criterion answered as met always requires.',
      }),
    decisionMaker: z.enum(['chair', 'safeguardingPartners']).meta({ title: 'Who decided' }),
    decidedOn: dateSchema.meta({ title: 'Decision date' }),
    reviewers: z.array(reviewerSchema).default([]).meta({ title: 'Reviewers' }),
    reviewModel: z.enum(REVIEW_MODELS).optional().meta({ title: 'Review model' }),
    reviewModelOther: shortTextSchema.optional().meta({ title: 'Other review model' }),
    nationalPanel: z
      .strictObject({
        challenged: z.boolean().meta({ title: 'Did the national panel challenge the decision?' }),
        chairAttended: z.boolean().meta({ title: 'Did the chair attend the panel?' }),
        notes: narrativeSchema.optional().meta({ title: 'Notes' }),
      })
      .optional()
      .meta({ title: 'National panel' }),
  })
  .superRefine((record, context) => {
    const expected = reviewFrameworkOf(record.edition);
    if (record.decision.framework !== expected) {
      context.addIssue({
        code: 'custom',
        path: ['decision', 'framework'],
        message: `${record.edition} decides on ${expected === 'scr' ? 'a serious case review' : 'an LCSPR'}: use framework "${expected}"`,
      });
    }
    if (record.reviewModel === 'other' && record.reviewModelOther === undefined) {
      context.addIssue({ code: 'custom', path: ['reviewModelOther'], message: 'name the review model' });
    }
  })
  // The decision, its reasons and the criteria answers are not published: OFFICIAL-SENSITIVE.
  .meta({ title: 'Review decision', marking: 'OFFICIAL-SENSITIVE' });

export type ScrDecision = z.infer<typeof scrDecisionSchema>;
