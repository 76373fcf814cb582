import { applicableForm, type FormSpec, type KnownAnswers, type SectionValues } from '../../cards/forms/formSpec.ts';
import { incidentCriteriaForm } from '../../cards/seriousIncident/seriousIncidentCriteriaForm.ts';
import { SERIOUS_INCIDENT_FORMS } from '../../cards/seriousIncident/seriousIncidentForm.ts';
import { criteriaAnswersFromNotification, seriousIncidentDecisionForm, type NotifiedIncident } from '../../cards/seriousIncident/seriousIncidentDecisionForm.ts';
import { seriousIncidentMilestoneForm, seriousIncidentNationalNotificationForm } from '../../cards/seriousIncident/seriousIncidentMilestoneForm.ts';
import { executiveSummaryForm } from '../../cards/seriousIncident/executiveSummaryForm.ts';
import { ladoGateForm, ladoKnownAtForm } from '../../cards/lado/ladoGateForm.ts';
import { ladoReferralForm } from '../../cards/lado/ladoReferralForm.ts';
import { ladoConsultationForm } from '../../cards/lado/ladoConsultationForm.ts';
import { ladoDecisionForm } from '../../cards/lado/ladoDecisionForm.ts';
import { ladoOutcomeForm } from '../../cards/lado/ladoOutcomeForm.ts';
import { aboutForm, childVoiceForm, domainForm, redFlagsForm } from '../../cards/thresholds/thresholdForms.ts';
import { prefilledReviewValues } from '../../dialogs/boardDecisions/boardDecisionsDialog.ts';
import { harmTestOn } from '../../knowledge/lado/ladoHarmTest.ts';
import { prefilledNotification } from '../../dialogs/seriousIncident/notificationWalk.ts';
import { loadBoardById } from '../../knowledge/boards/boardRegistry.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import type { ScrDecision } from '../../knowledge/seriousIncident/scrDecision.ts';

/**
 * How long each flow's forms are: the cards of questions a person fills in (one per section that applies to the
 * scenario, a repeating section counted once), the fields on them, and how many of those the bot fills in from what
 * it already knows. Measured from the form declarations and the dialogs' own prefill, for the README's flow table.
 */

export type FlowSize = { flow: string; cards: number; fields: number; prefilled?: number };

const MEASURED_ON = new Date('2025-06-02T09:00:00Z');
const TODAY = '2025-06-02';

type Step = { form: FormSpec; known?: KnownAnswers };
type Flow = { flow: string; steps: Step[] };

const sample = loadBoardById('sample-partnership');
const NONE: KnownAnswers = { values: {}, facts: {} };

/** A death in the area with abuse suspected, and a looked-after child: the notification the decision flows start from. */
const NOTIFIED: NotifiedIncident = {
  nature: 'childDeath',
  abuseOrNeglect: { status: 'suspected' },
  incident: { area: 'inArea' },
  children: [{ legalStatus: 'childProtectionPlan' }],
};

function decisionFlow(edition: EditionId, outcome: ScrDecision['decision']['outcome'], label: string): Flow {
  const facts = { kind: 'decision' as const, reference: 'SIN-2025-000001', edition, criteriaFromNotification: criteriaAnswersFromNotification(edition, NOTIFIED) };
  const values = prefilledReviewValues(facts, TODAY);
  return { flow: `Review decision: ${label}`, steps: [{ form: seriousIncidentDecisionForm(edition), known: { values: { ...values, decision: { ...values.decision, outcome } }, facts } }] };
}

function seriousIncidentFlow(edition: EditionId, kind: 'death' | 'harm', abuseOrNeglect: string, label: string): Flow {
  const known = { values: prefilledNotification(sample, MEASURED_ON, 'inArea'), facts: { abuseOrNeglect } };
  return { flow: `Serious incident: ${label}`, steps: [{ form: incidentCriteriaForm(edition) }, { form: SERIOUS_INCIDENT_FORMS[kind], known }] };
}

function flows(): Flow[] {
  const document = sample.thresholds;
  const gate = ladoGateForm(harmTestOn(TODAY));
  const domains = document.domains.map((domain, index) => domainForm(document, domain, { index: index + 1, count: document.domains.length }));
  return [
    { flow: 'Threshold check', steps: [redFlagsForm(document), aboutForm(), ...domains, childVoiceForm()].map((form) => ({ form })) },
    { flow: 'LADO referral', steps: [gate, ladoKnownAtForm(MEASURED_ON), ladoReferralForm].map((form) => ({ form })) },
    { flow: 'LADO consultation', steps: [gate, ladoConsultationForm].map((form) => ({ form })) },
    { flow: 'LADO decision (LADO)', steps: [{ form: ladoDecisionForm }] },
    { flow: 'LADO outcome (LADO)', steps: [{ form: ladoOutcomeForm }] },
    seriousIncidentFlow('wt2013', 'death', 'suspected', 'a death, abuse suspected (WT2013)'),
    seriousIncidentFlow('wt2023', 'harm', 'known', 'serious harm, abuse known (WT2023)'),
    seriousIncidentFlow('wt2023', 'harm', 'notSuspected', 'serious harm, abuse not suspected (WT2023)'),
    decisionFlow('wt2013', 'scr', 'serious case review started (WT2013)'),
    decisionFlow('wt2013', 'noReview', 'no serious case review (WT2013)'),
    decisionFlow('wt2023', 'lcspr', 'local review started (WT2023)'),
    decisionFlow('wt2023', 'noLcspr', 'no local review (WT2023)'),
    { flow: 'Review milestone', steps: [{ form: seriousIncidentMilestoneForm('wt2023') }] },
    { flow: 'National notification sent', steps: [{ form: seriousIncidentNationalNotificationForm }] },
    { flow: 'Executive summary', steps: [{ form: executiveSummaryForm }] },
  ];
}

function sizeOf(step: Step): Omit<FlowSize, 'flow'> {
  const known = step.known ?? NONE;
  const sections = applicableForm(step.form, known).sections;
  const prefilledIn = (sectionId: string, fieldId: string) => (known.values[sectionId] as SectionValues | undefined)?.[fieldId] !== undefined;
  return {
    cards: sections.length,
    fields: sections.reduce((sum, section) => sum + section.fields.length, 0),
    prefilled: sections.reduce((sum, section) => sum + section.fields.filter((field) => prefilledIn(section.id, field.id)).length, 0),
  };
}

export function measureFlows(): FlowSize[] {
  return flows().map(({ flow, steps }) => {
    const sizes = steps.map(sizeOf);
    const total = (key: 'cards' | 'fields' | 'prefilled') => sizes.reduce((sum, size) => sum + (size[key] ?? 0), 0);
    return { flow, cards: total('cards'), fields: total('fields'), prefilled: total('prefilled') };
  });
}

const BASELINE_COMMIT = '33f77c4';

/** The README's table: each flow before the forms were shortened (the same measurement taken at BASELINE_COMMIT) and now. */
export function flowSizeTable(now: FlowSize[], before: FlowSize[]): string {
  const beforeOf = (flow: string) => before.find((row) => row.flow === flow);
  const rows = now.map((row) => {
    const old = beforeOf(row.flow);
    return `| ${row.flow} | ${old === undefined ? 'new' : `${old.cards} / ${old.fields}`} | ${row.cards} / ${row.fields} | ${row.prefilled ?? 0} |`;
  });
  return [`| flow | cards / fields before (${BASELINE_COMMIT}) | cards / fields now | of which filled in for you |`, '| --- | --- | --- | --- |', ...rows].join('\n');
}
