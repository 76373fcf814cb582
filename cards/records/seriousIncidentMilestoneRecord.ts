import { londonDate } from '../../knowledge/calendar/london.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import type { MilestoneKind } from '../../knowledge/editions/reviewClocks.ts';
import { scrMilestoneSchema, type ScrMilestone } from '../../knowledge/seriousIncident/scrMilestone.ts';
import type { ValuesBySection } from '../forms/formSpec.ts';
import { EXPLAINED } from '../seriousIncident/seriousIncidentMilestoneForm.ts';
import { validatedRecord, type RecordResult } from './recordResult.ts';

export type MilestoneHeader = { boardId: string; edition: EditionId; reviewReference: string };

function buildMilestone(header: MilestoneHeader, milestone: Record<string, unknown>): RecordResult<ScrMilestone> {
  return validatedRecord(scrMilestoneSchema, { type: 'scr_milestone', schemaVersion: 1, ...header, milestone });
}

/**
 * A milestone record from its card. Publication keeps the report online until the edition's minimum
 * (`earliestRemoval` of the publication date) unless the card gives a date.
 */
export function buildSeriousIncidentMilestone(header: MilestoneHeader, values: ValuesBySection, now: Date, earliestRemoval: (publishedOn: string) => string | undefined): RecordResult<ScrMilestone> {
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
export function buildNationalNotification(header: MilestoneHeader, sentTo: string, values: ValuesBySection, now: Date): RecordResult<ScrMilestone> {
  const { reference, sentAt } = (values.sent ?? {}) as Record<string, string | undefined>;
  if (sentAt !== undefined && new Date(sentAt) > now) return { ok: false, problems: ['The notification sent: its time is in the future. Record it once it is sent.'] };
  return buildMilestone(header, { kind: 'nationalNotificationSent', sentTo, reference, sentAt });
}
