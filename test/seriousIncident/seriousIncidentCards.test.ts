import { describe, expect, it } from 'vitest';
import type { AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';
import { renderSectionCard } from '../../cards/adaptive/renderSectionCard.ts';
import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';
import { executiveSummaryForm } from '../../cards/seriousIncident/executiveSummaryForm.ts';
import type { FormSpec } from '../../cards/forms/formSpec.ts';
import { parseSectionSubmission } from '../../cards/forms/parseSubmission.ts';
import { assessmentCard, notificationReceiptCard, onlyManagersCard } from '../../cards/seriousIncident/seriousIncidentCards.ts';
import { incidentCriteriaForm } from '../../cards/seriousIncident/seriousIncidentCriteriaForm.ts';
import { seriousIncidentDecisionForm } from '../../cards/seriousIncident/seriousIncidentDecisionForm.ts';
import { SERIOUS_INCIDENT_FORMS } from '../../cards/seriousIncident/seriousIncidentForm.ts';
import { seriousIncidentMilestoneForm, seriousIncidentNationalNotificationForm } from '../../cards/seriousIncident/seriousIncidentMilestoneForm.ts';
import { renderSummaryCard } from '../../cards/templates/summaryCard.ts';
import { loadBoardById } from '../../knowledge/boards/boardRegistry.ts';
import { resolveClock } from '../../knowledge/clocks/resolveClock.ts';
import { assessIncident } from '../../knowledge/editions/assessIncident.ts';
import { EDITION_IDS } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';

const forms: FormSpec[] = [
  ...EDITION_IDS.flatMap((edition) => [incidentCriteriaForm(edition), seriousIncidentDecisionForm(edition), seriousIncidentMilestoneForm(edition)]),
  SERIOUS_INCIDENT_FORMS.death,
  SERIOUS_INCIDENT_FORMS.harm,
  seriousIncidentNationalNotificationForm,
  executiveSummaryForm,
];

/** Every section empty, with every problem the server finds in an empty answer, and the summary. */
const formCards: [string, AdaptiveCardJson][] = forms.flatMap((form) => [
  ...form.sections.flatMap((section): [string, AdaptiveCardJson][] => {
    const parsed = parseSectionSubmission(section, {});
    return [
      [`${form.id} ${section.id}`, renderSectionCard(form, section.id, { instanceId: 'i', canGoBack: true, stepBanner: 'Working Together 2023.' })],
      [`${form.id} ${section.id} with problems`, renderSectionCard(form, section.id, { instanceId: 'i', canGoBack: false, ...(parsed.ok ? {} : { problems: parsed.problems }) })],
    ];
  }),
  [`${form.id} summary`, renderSummaryCard(form, {}, { instanceId: 'i' })],
]);

const demo = loadBoardById('sample-partnership');
const died = {
  outcome: 'died',
  abuseOrNeglect: 'suspected',
  concernAboutWorkingTogether: false,
  lookedAfter: false,
  diedInCustody: false,
  diedInRegulatedSetting: false,
  incidentInArea: true,
  normallyResidentInArea: true,
} as const;
const otherCards: [string, AdaptiveCardJson][] = [
  ...EDITION_IDS.map((edition): [string, AdaptiveCardJson] => {
    const assessment = assessIncident(edition, died);
    return [
      `assessment ${edition}`,
      assessmentCard(
        assessment,
        getEdition(edition),
        assessment.clockIds.map((clockId) => resolveClock(edition, clockId)),
      ),
    ];
  }),
  ['only managers', onlyManagersCard(demo.name, demo.contacts)],
  [
    'receipt',
    notificationReceiptCard(
      {
        reference: 'SIN-2026-000001',
        duplicate: false,
        alert: 'none',
        deliveredThrough: 'boardInbox',
        clockLines: ['- Panel notified: due'],
        nationalSteps: ['Ofsted told.'],
        staffConductConcern: true,
      },
      demo.contacts,
    ),
  ],
];

describe('every serious incident card is Adaptive Card 1.5 without warnings', () => {
  it.each([...formCards, ...otherCards])('%s', (_name, card) => {
    expect(adaptiveCardProblems(card)).toEqual([]);
  });
});
