import { z } from 'zod';
import { addressSchema, dateSchema, instantSchema, narrativeSchema, recordHeader, shortTextSchema, TEXT_LIMITS, textSchema } from '../records/fields.ts';

/**
 * A dated step in a review's life (domain brief §7.3): start, panel exchanges, completion, publication, delays,
 * and the national notifications made outside the bot (domain brief §7.2), whose recording stops their clock.
 */

export const PLAIN_MILESTONES = [
  'reviewStarted',
  'nationalPanelNotified',
  'rapidReviewSentToPanel',
  'panelReplied',
  'reportCompleted',
  'publicationPlanned',
  'prePublicationCopySent',
  'removedFromWebsite',
] as const;

const plainMilestoneSchema = z.strictObject({
  kind: z.enum(PLAIN_MILESTONES).meta({ title: 'Milestone' }),
  on: dateSchema.meta({ title: 'Date' }),
  note: narrativeSchema.optional().meta({ title: 'Note' }),
});

const publishedMilestoneSchema = z.strictObject({
  kind: z.literal('published'),
  on: dateSchema.meta({ title: 'Published on' }),
  url: z.url().max(TEXT_LIMITS.url).meta({ title: 'Where it is published' }),
  redactions: narrativeSchema.optional().meta({ title: 'What was redacted, and why' }),
  removeNotBefore: dateSchema.meta({ title: 'Keep online until at least' }),
  archiveLocation: addressSchema.optional().meta({ title: 'Archive location' }),
});

const nationalNotificationMilestoneSchema = z.strictObject({
  kind: z.literal('nationalNotificationSent'),
  sentTo: shortTextSchema.meta({ title: 'Sent to', description: 'For example the Child Safeguarding Practice Review Panel through CSINS, or Ofsted.' }),
  reference: textSchema.max(100).meta({ title: 'Their reference' }),
  sentAt: instantSchema.meta({ title: 'Sent at' }),
});

const explainedMilestoneSchema = z.strictObject({
  kind: z.enum(['delayed', 'publicationWithheld']).meta({ title: 'Milestone' }),
  on: dateSchema.meta({ title: 'Date' }),
  reasons: narrativeSchema.meta({ title: 'Reasons' }),
});

export const scrMilestoneEventSchema = z
  .discriminatedUnion('kind', [plainMilestoneSchema, publishedMilestoneSchema, nationalNotificationMilestoneSchema, explainedMilestoneSchema])
  .meta({ title: 'Milestone' });

export const scrMilestoneSchema = z
  .strictObject({
    ...recordHeader('scr_milestone'),
    reviewReference: shortTextSchema.meta({ title: 'Review reference' }),
    milestone: scrMilestoneEventSchema,
  })
  .superRefine((record, context) => {
    const { milestone } = record;
    if (milestone.kind === 'published' && milestone.removeNotBefore < milestone.on) {
      context.addIssue({ code: 'custom', path: ['milestone', 'removeNotBefore'], message: 'must not be before the publication date' });
    }
  })
  .meta({ title: 'Review milestone', marking: 'OFFICIAL' });

export type ScrMilestone = z.infer<typeof scrMilestoneSchema>;
