import { executiveSummaryForm } from '../../cards/seriousIncident/executiveSummaryForm.ts';
import type { FormSpec } from '../../cards/forms/formSpec.ts';
import { ladoConsultationForm, ladoDecisionForm, ladoGateForm, ladoOutcomeForm, ladoReferralForm } from '../../cards/lado/index.ts';
import { seriousIncidentDecisionForm } from '../../cards/seriousIncident/seriousIncidentDecisionForm.ts';
import { SERIOUS_INCIDENT_FORMS } from '../../cards/seriousIncident/seriousIncidentForm.ts';
import { seriousIncidentMilestoneForm, seriousIncidentNationalNotificationForm } from '../../cards/seriousIncident/seriousIncidentMilestoneForm.ts';
import { EDITION_IDS } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import { LADO_HARM_TESTS } from '../../knowledge/lado/index.ts';

/** Every form whose choices give a stored code its words, e.g. employmentBasis 'selfEmployed' → 'Self-employed'. */
function everyForm(): FormSpec[] {
  return [
    ladoReferralForm,
    ladoConsultationForm,
    ladoDecisionForm,
    ladoOutcomeForm,
    executiveSummaryForm,
    seriousIncidentNationalNotificationForm,
    ...Object.values(SERIOUS_INCIDENT_FORMS),
    ...EDITION_IDS.flatMap((edition) => [seriousIncidentDecisionForm(edition), seriousIncidentMilestoneForm(edition)]),
    ...LADO_HARM_TESTS.map((test) => ladoGateForm(test)),
  ];
}

let byFieldAndValue: Map<string, string> | undefined;
let byValue: Map<string, string> | undefined;

function dictionaries(): { byFieldAndValue: Map<string, string>; byValue: Map<string, string> } {
  if (!byFieldAndValue || !byValue) {
    byFieldAndValue = new Map();
    byValue = new Map();
    for (const field of everyForm().flatMap((form) => form.sections.flatMap((section) => section.fields))) {
      for (const choice of field.choices ?? []) {
        byFieldAndValue.set(`${field.id}\u0000${choice.value}`, choice.title);
        if (!byValue.has(choice.value)) byValue.set(choice.value, choice.title);
      }
    }
  }
  return { byFieldAndValue, byValue };
}

/** 'notKnown' → 'Not known': a code no form names still reads as words. */
function humanised(code: string): string {
  const words = code.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A stored code (an enum value) in words: the guidance edition's title, the form's choice title, or the code as words. */
export function codeInWords(key: string, code: string): string {
  if (key === 'edition' && (EDITION_IDS as readonly string[]).includes(code)) return getEdition(code).title;
  const { byFieldAndValue: exact, byValue: loose } = dictionaries();
  return exact.get(`${key}\u0000${code}`) ?? loose.get(code) ?? humanised(code);
}
