import type { z } from 'zod';
import { londonDate } from '../../knowledge/calendar/london.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import type { IncidentAnswers } from '../../knowledge/editions/incidentCriteria.ts';
import { DEATHS, seriousIncidentNotificationSchema, type IncidentNature, type SeriousIncidentNotification } from '../../knowledge/seriousIncident/seriousIncidentNotification.ts';
import type { SectionValues } from '../forms/formSpec.ts';
import { validatedRecord, type RecordResult } from './recordResult.ts';
import { SERIOUS_INCIDENT_SECTIONS as SECTION } from '../seriousIncident/seriousIncidentForm.ts';

/** What the flow settles before the form: the criteria's answer and the start of the clock. */
export type SeriousIncidentFacts = {
  boardId: string;
  edition: EditionId;
  nature: IncidentNature;
  /** The criteria say a serious case review may be needed (an Ofsted form reason up to WT2015). */
  scrCriteriaMet: boolean;
  /** The clocks the criteria start (assessIncident's clockIds). */
  assessedClockIds: string[];
  /** As answered with the criteria, so the form does not ask it again. Drafts started before it was kept hold it in their answers. */
  abuseOrNeglect?: IncidentAnswers['abuseOrNeglect'];
};

type Input = z.input<typeof seriousIncidentNotificationSchema>;
/** A draft's values: one object per section, a list for a section answered once per item (children, partners). */
type Values = Record<string, SectionValues | SectionValues[] | undefined>;

const CLOCK_SKEW_MS = 5 * 60_000;

/** When the local authority became aware, as the draft holds it (the clock's start), once that card is answered. */
export function awareAtOf(values: Values): Date | undefined {
  const awareAt = (values[SECTION.awareness] as SectionValues | undefined)?.awareAt;
  return typeof awareAt === 'string' ? new Date(awareAt) : undefined;
}

/** Editions whose notifications went to Ofsted on its own form, with its reasons (domain brief §7.4 item 4). */
const OFSTED_FORM_EDITIONS: readonly EditionId[] = ['wt2010', 'wt2013', 'wt2015'];

function ofstedReasonsOf(facts: SeriousIncidentFacts, staffConductConcern: boolean): Input['ofstedReasons'] {
  const reasons: NonNullable<Input['ofstedReasons']> = [];
  if (facts.scrCriteriaMet) reasons.push('scrConfirmedOrPossible');
  if (facts.nature === 'lookedAfterChildDeath') reasons.push('lookedAfterChildDeath');
  if (facts.nature === 'deathInRegulatedSetting') reasons.push('deathOrSeriousHarmInChildrensHome');
  if (facts.nature === 'seriousHarm') reasons.push('seriousHarm');
  if (staffConductConcern) reasons.push('staffConduct');
  return reasons;
}

function linesOf(text: unknown): string[] {
  return typeof text === 'string'
    ? text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
    : [];
}

/** The notification record from the answered sections, validated with the record schema. Problems never repeat the values entered. */
export function buildSeriousIncidentNotification(facts: SeriousIncidentFacts, values: Values, now: Date): RecordResult<SeriousIncidentNotification> {
  const single = (sectionId: string) => (values[sectionId] ?? {}) as SectionValues;
  const list = (sectionId: string) => (values[sectionId] ?? []) as SectionValues[];
  const { agenciesInvolved, ...whatHappened } = single(SECTION.whatHappened);
  const nextSteps = single(SECTION.nextSteps);
  const incident = single(SECTION.incident);
  const awareAt = awareAtOf(values);
  if (awareAt !== undefined && awareAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    return { ok: false, problems: ['When the local authority became aware: this is in the future. Give the date and time it first knew.'] };
  }
  if (awareAt !== undefined && typeof incident.occurredOn === 'string' && incident.occurredOn > londonDate(awareAt)) {
    return { ok: false, problems: ['The incident: its date is after the local authority became aware of it. Check both dates.'] };
  }
  const candidate = {
    type: 'serious_incident_notification',
    schemaVersion: 1,
    boardId: facts.boardId,
    edition: facts.edition,
    notifier: single(SECTION.notifier),
    awareAt: single(SECTION.awareness).awareAt,
    incident,
    nature: facts.nature,
    ...(OFSTED_FORM_EDITIONS.includes(facts.edition) ? { ofstedReasons: ofstedReasonsOf(facts, nextSteps.staffConductConcern === true) } : {}),
    abuseOrNeglect: { ...single(SECTION.abuseOrNeglect), ...(facts.abuseOrNeglect === undefined ? {} : { status: facts.abuseOrNeglect }) },
    children: list(SECTION.child),
    ...whatHappened,
    agenciesInvolved: linesOf(agenciesInvolved),
    otherChildren: single(SECTION.otherChildren),
    proceedings: single(SECTION.proceedings),
    ...(DEATHS.includes(facts.nature) ? { childDeath: single(SECTION.childDeath) } : {}),
    partnersConsulted: list(SECTION.partner),
    ...nextSteps,
  } as Input;
  return validatedRecord(seriousIncidentNotificationSchema, candidate);
}
