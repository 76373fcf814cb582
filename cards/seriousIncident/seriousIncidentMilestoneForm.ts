import { z } from 'zod';
import { londonDate } from '../../knowledge/calendar/london.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import type { MilestoneKind } from '../../knowledge/editions/reviewClocks.ts';
import { reviewFrameworkOf, type ReviewFramework } from '../../knowledge/records/scrDecision.ts';
import { scrMilestoneSchema, type ScrMilestone } from '../../knowledge/records/scrMilestone.ts';
import { dateSchema, instantSchema, TEXT_LIMITS, textSchema } from '../../knowledge/records/fields.ts';
import { defineForm, type FormSpec, type SectionValues } from '../forms/formSpec.ts';
import { validatedRecord, type RecordResult } from '../records/recordResult.ts';
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

const EXPLAINED: readonly MilestoneKind[] = ['delayed', 'publicationWithheld'];

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

export type MilestoneHeader = { boardId: string; edition: EditionId; reviewReference: string };
type Values = Record<string, SectionValues | SectionValues[] | undefined>;

function buildMilestone(header: MilestoneHeader, milestone: Record<string, unknown>): RecordResult<ScrMilestone> {
  return validatedRecord(scrMilestoneSchema, { type: 'scr_milestone', schemaVersion: 1, ...header, milestone });
}

/**
 * A milestone record from its card. Publication keeps the report online until the edition's minimum
 * (`earliestRemoval` of the publication date) unless the card gives a date.
 */
export function buildSeriousIncidentMilestone(header: MilestoneHeader, values: Values, now: Date, earliestRemoval: (publishedOn: string) => string | undefined): RecordResult<ScrMilestone> {
  const { kind, on, note, url, removeNotBefore, redactions, archiveLocation } = (values.milestone ?? {}) as Record<string, string | undefined>;
  if (on !== undefined && on > londonDate(now)) return { ok: false, problems: ['The milestone: its date is in the future. Record it once it has happened.'] };
  if (kind === 'published') {
    const keepUntil = removeNotBefore ?? (on === undefined ? undefined : earliestRemoval(on));
    if (keepUntil === undefined) return { ok: false, problems: ['The milestone: give the date the report stays online until; this edition sets no minimum.'] };
    return buildMilestone(header, { kind, on, url, removeNotBefore: keepUntil, ...(redactions === undefined ? {} : { redactions }), ...(archiveLocation === undefined ? {} : { archiveLocation }) });
  }
  if (kind !== undefined && EXPLAINED.includes(kind as MilestoneKind)) return buildMilestone(header, { kind, on, reasons: note });
  return buildMilestone(header, { kind, on, ...(note === undefined ? {} : { note }) });
}

/** A national notification record: where it went (the edition's step), its reference and when it was sent. */
export function buildNationalNotification(header: MilestoneHeader, sentTo: string, values: Values, now: Date): RecordResult<ScrMilestone> {
  const { reference, sentAt } = (values.sent ?? {}) as Record<string, string | undefined>;
  if (sentAt !== undefined && new Date(sentAt) > now) return { ok: false, problems: ['The notification sent: its time is in the future. Record it once it is sent.'] };
  return buildMilestone(header, { kind: 'nationalNotificationSent', sentTo, reference, sentAt });
}
