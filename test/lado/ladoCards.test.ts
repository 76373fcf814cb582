import { describe, expect, it } from 'vitest';
import { renderSectionCard } from '../../cards/adaptive/renderSectionCard.ts';
import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';
import type { FormSpec } from '../../cards/forms/formSpec.ts';
import { childReferralCard, consultationReceiptCard, emergencyCard, guidanceCard, referralReceiptCard } from '../../cards/forms/ladoCards.ts';
import { ladoConsultationForm } from '../../cards/forms/ladoConsultationForm.ts';
import { ladoDecisionForm } from '../../cards/forms/ladoDecisionForm.ts';
import { gateDecisionOf, ladoGateForm, ladoKnownAtForm } from '../../cards/forms/ladoGateForm.ts';
import * as guidance from '../../cards/forms/ladoGuidance.ts';
import { ladoOutcomeForm } from '../../cards/forms/ladoOutcomeForm.ts';
import { ladoReferralForm } from '../../cards/forms/ladoReferralForm.ts';
import { renderSummaryCard } from '../../cards/templates/summaryCard.ts';
import { loadBoardById } from '../../knowledge/boards/boardRegistry.ts';
import { listEditions } from '../../knowledge/editions/editions.ts';

const contacts = loadBoardById('sample-partnership').contacts;
const NOW = new Date('2026-11-26T10:00:00Z');

function everySectionCard(form: FormSpec) {
  return form.sections.map((section) => ({ name: `${form.id} › ${section.id}`, card: renderSectionCard(form, section.id, { instanceId: 'i-1', canGoBack: true, stepBanner: 'banner' }) }));
}

describe('LADO cards', () => {
  const forms = [ladoReferralForm, ladoConsultationForm, ladoDecisionForm, ladoOutcomeForm, ladoKnownAtForm(NOW), ...listEditions().flatMap((pack) => pack.ladoHarmTests.map((test) => ladoGateForm(test)))];
  const cards = [
    ...forms.flatMap(everySectionCard),
    ...forms.map((form) => ({ name: `${form.id} summary`, card: renderSummaryCard(form, {}, { instanceId: 'i-1' }) })),
    ...Object.entries(guidance).flatMap(([name, statement]) => (typeof statement === 'object' && 'paragraphs' in statement ? [{ name, card: guidanceCard(statement) }] : [])),
    { name: 'emergency', card: emergencyCard(contacts) },
    { name: 'child referral', card: childReferralCard(contacts) },
    { name: 'referral receipt', card: referralReceiptCard({ reference: 'LADO-2026-000001', duplicate: false, alert: 'pending', deliveredThrough: 'webhook', deadlineText: 'Due by the end of Friday 27 November 2026.' }, contacts) },
    { name: 'consultation receipt', card: consultationReceiptCard({ reference: 'LADOC-2026-000001', duplicate: true, alert: 'alerted', deliveredThrough: 'boardInbox' }, contacts) },
  ];

  it.each(cards)('$name parses as Adaptive Card 1.5 without warnings', ({ card }) => {
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('offers the harm test limbs of the edition: three before September 2020 and in older editions, four after', () => {
    const limbCounts = listEditions().map((pack) => [pack.id, pack.ladoHarmTests.map((test) => test.limbs.length)]);
    expect(Object.fromEntries(limbCounts)).toEqual({ wt2010: [3], wt2013: [3], wt2015: [3], wt2018: [3, 4], wt2023: [4] });
    const fourLimbs = ladoGateForm(listEditions().at(-1)!.ladoHarmTests[0]!).sections[0]!.fields[0]!.choices!.map((choice) => choice.value);
    expect(fourLimbs).toEqual(['harmedChild', 'possibleCriminalOffence', 'mayPoseRiskOfHarm', 'mayBeUnsuitableToWorkWithChildren', 'notSure', 'none']);
  });

  it('routes any limb to a referral, "not sure" to a consultation and none to low-level concern advice', () => {
    expect(gateDecisionOf({ harmTest: ['mayPoseRiskOfHarm'], childReferralAlsoNeeded: true })).toEqual({ route: 'referral', limbs: ['mayPoseRiskOfHarm'], childReferralAlsoNeeded: true });
    expect(gateDecisionOf({ harmTest: ['notSure'], childReferralAlsoNeeded: false }).route).toBe('consultation');
    expect(gateDecisionOf({ harmTest: ['none'], childReferralAlsoNeeded: false }).route).toBe('lowLevel');
  });

  it('marks every LADO record form OFFICIAL-SENSITIVE', () => {
    expect([ladoReferralForm, ladoConsultationForm, ladoDecisionForm, ladoOutcomeForm].map((form) => form.marking)).toEqual(Array(4).fill('OFFICIAL-SENSITIVE'));
  });
});
