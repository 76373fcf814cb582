import type { FormSpec } from '../../cards/forms/formSpec.ts';
import { incidentCriteriaForm } from '../../cards/forms/seriousIncidentCriteriaForm.ts';
import { SERIOUS_INCIDENT_FORMS } from '../../cards/forms/seriousIncidentForm.ts';
import { seriousIncidentDecisionForm } from '../../cards/forms/seriousIncidentDecisionForm.ts';
import { seriousIncidentMilestoneForm, seriousIncidentNationalNotificationForm } from '../../cards/forms/seriousIncidentMilestoneForm.ts';
import { executiveSummaryForm } from '../../cards/forms/executiveSummaryForm.ts';
import { ladoGateForm, ladoKnownAtForm } from '../../cards/forms/ladoGateForm.ts';
import { ladoReferralForm } from '../../cards/forms/ladoReferralForm.ts';
import { ladoConsultationForm } from '../../cards/forms/ladoConsultationForm.ts';
import { ladoDecisionForm } from '../../cards/forms/ladoDecisionForm.ts';
import { ladoOutcomeForm } from '../../cards/forms/ladoOutcomeForm.ts';
import { aboutForm, childVoiceForm, domainForm, redFlagsForm } from '../../cards/thresholds/thresholdForms.ts';
import { loadBoardById } from '../../knowledge/boards/boardRegistry.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { harmTestFor } from '../../dialogs/lado/ladoExplanations.ts';

/**
 * How long each flow's forms are: the cards of questions a person fills in (one per section, a repeating section
 * counted once) and the fields on them. Measured from the form declarations, for the README's flow table.
 */

export type FlowSize = { flow: string; cards: number; fields: number };

const MEASURED_ON = new Date('2025-06-02T09:00:00Z');
const TODAY = '2025-06-02';

type Flow = { flow: string; forms: FormSpec[] };

function flows(): Flow[] {
  const sample = loadBoardById('sample-partnership');
  const document = sample.thresholds;
  const decision = (edition: EditionId, label: string): Flow => ({ flow: `Review decision, ${label}`, forms: [seriousIncidentDecisionForm(edition)] });
  return [
    {
      flow: 'Threshold check',
      forms: [redFlagsForm(document), aboutForm(), ...document.domains.map((domain, index) => domainForm(document, domain, { index: index + 1, count: document.domains.length })), childVoiceForm()],
    },
    { flow: 'LADO referral', forms: [ladoGateForm(harmTestFor(sample.edition, TODAY)), ladoKnownAtForm(MEASURED_ON), ladoReferralForm] },
    { flow: 'LADO consultation', forms: [ladoGateForm(harmTestFor(sample.edition, TODAY)), ladoConsultationForm] },
    { flow: 'LADO decision (LADO)', forms: [ladoDecisionForm] },
    { flow: 'LADO outcome (LADO)', forms: [ladoOutcomeForm] },
    { flow: 'Serious incident, a death (WT2013)', forms: [incidentCriteriaForm('wt2013'), SERIOUS_INCIDENT_FORMS.death] },
    { flow: 'Serious incident, serious harm (WT2023)', forms: [incidentCriteriaForm('wt2023'), SERIOUS_INCIDENT_FORMS.harm] },
    decision('wt2013', 'serious case review started (WT2013)'),
    decision('wt2013', 'no serious case review (WT2013)'),
    decision('wt2023', 'local review started (WT2023)'),
    decision('wt2023', 'no local review (WT2023)'),
    { flow: 'Review milestone', forms: [seriousIncidentMilestoneForm('wt2023')] },
    { flow: 'National notification sent', forms: [seriousIncidentNationalNotificationForm] },
    { flow: 'Executive summary', forms: [executiveSummaryForm] },
  ];
}

export function measureFlows(): FlowSize[] {
  return flows().map(({ flow, forms }) => {
    const sections = forms.flatMap((form) => form.sections);
    return { flow, cards: sections.length, fields: sections.reduce((sum, section) => sum + section.fields.length, 0) };
  });
}
