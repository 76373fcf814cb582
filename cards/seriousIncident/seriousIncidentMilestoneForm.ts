import { z } from 'zod';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import type { MilestoneKind } from '../../knowledge/editions/reviewClocks.ts';
import { reviewFrameworkOf, type ReviewFramework } from '../../knowledge/seriousIncident/scrDecision.ts';
import { dateSchema, instantSchema, TEXT_LIMITS, textSchema } from '../../knowledge/records/fields.ts';
import { defineForm, type FormSpec } from '../forms/formSpec.ts';
import { sectionFromSchema } from '../forms/sectionFromSchema.ts';

/**
 * What board staff record after the decision (domain brief §7.3): the review's milestones, one card each, and the
 * national notifications made outside the bot (domain brief §7.2). Both become scr_milestone records.
 */

const MILESTONE_TITLES: Record<MilestoneKind, string> = {
  reviewStarted: 'Reviewer commissioned: the review has started',
  nationalPanelNotified: 'National panel told of the decision',
  rapidReviewSentToPanel: 'Rapid review sent to the Panel',
  panelReplied: 'The Panel replied',
  reportCompleted: 'Final report received',
  publicationPlanned: 'Publication planned: give the date the report will be published',
  prePublicationCopySent: 'Copy sent to the Panel and the Secretary of State before publication',
  published: 'Report published',
  removedFromWebsite: 'Report taken off the website',
  delayed: 'The review is delayed (give the reasons)',
  publicationWithheld: 'Publication withheld (give the reasons)',
};

/** The milestones of a serious case review (to WT2015) or a local child safeguarding practice review (from WT2018). */
const MILESTONES: Record<ReviewFramework, [MilestoneKind, ...MilestoneKind[]]> = {
  scr: ['reviewStarted', 'panelReplied', 'reportCompleted', 'published', 'removedFromWebsite', 'delayed', 'publicationWithheld'],
  lcspr: ['rapidReviewSentToPanel', 'panelReplied', 'reviewStarted', 'reportCompleted', 'publicationPlanned', 'prePublicationCopySent', 'published', 'delayed', 'publicationWithheld'],
};

export const EXPLAINED: readonly MilestoneKind[] = ['delayed', 'publicationWithheld'];

function milestoneSchema(framework: ReviewFramework) {
  return z
    .strictObject({
      kind: z.enum(MILESTONES[framework]).meta({ title: 'Milestone' }),
      on: dateSchema.meta({ title: 'Date' }),
      note: textSchema.max(2000).optional().meta({ title: 'Note, or the reasons for a delay or withheld publication' }),
      url: z.url().max(TEXT_LIMITS.url).optional().meta({ title: 'Where it is published (publication only)' }),
      removeNotBefore: dateSchema.optional().meta({
        title: 'Keep online until at least (publication only)',
        description: 'Leave empty to use the edition’s minimum where it sets one.',
      }),
      redactions: textSchema.max(2000).optional().meta({ title: 'What was redacted, and why (publication only)' }),
      archiveLocation: textSchema.max(300).optional().meta({ title: 'Archive location (publication only)' }),
    })
    .refine((values) => values.kind !== 'published' || values.url !== undefined, { path: ['url'], error: 'give the address where it is published' })
    .refine((values) => !EXPLAINED.includes(values.kind) || values.note !== undefined, { path: ['note'], error: 'give the reasons' });
}

export function seriousIncidentMilestoneForm(edition: EditionId): FormSpec {
  const framework = reviewFrameworkOf(edition);
  return defineForm({
    id: `seriousIncidentMilestone-${framework}`,
    title: framework === 'scr' ? 'Serious case review milestone' : 'Local review milestone',
    recordType: 'scr_milestone',
    sections: [
      sectionFromSchema('milestone', 'The milestone', milestoneSchema(framework), {
        fields: { kind: { choices: MILESTONES[framework].map((value) => ({ value, title: MILESTONE_TITLES[value] })), style: 'expanded' } },
      }),
    ],
  });
}

const nationalNotificationSchema = z.strictObject({
  reference: textSchema.max(100).meta({ title: 'Their reference', description: 'For example the CSINS or Ofsted reference.' }),
  sentAt: instantSchema.meta({ title: 'When it was sent' }),
});

export const seriousIncidentNationalNotificationForm = defineForm({
  id: 'seriousIncidentNationalNotification',
  title: 'National notification sent',
  recordType: 'scr_milestone',
  sections: [
    sectionFromSchema('sent', 'The notification sent', nationalNotificationSchema, {
      intro: 'Made outside this bot. Recording when it was sent, and its reference, stops its clock.',
      fields: { sentAt: { pastOnly: true } },
    }),
  ],
});
