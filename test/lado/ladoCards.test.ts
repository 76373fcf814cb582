import { describe, expect, it } from 'vitest';
import { renderSectionCard } from '../../cards/adaptive/renderSectionCard.ts';
import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';
import type { FormSpec } from '../../cards/forms/formSpec.ts';
import { childReferralCard, consultationReceiptCard, emergencyCard, referralReceiptCard } from '../../cards/lado/ladoCards.ts';
import { guidanceCard } from '../../cards/templates/guidanceCard.ts';
import { ladoConsultationForm } from '../../cards/lado/ladoConsultationForm.ts';
import { ladoDecisionForm } from '../../cards/lado/ladoDecisionForm.ts';
import { ladoGateForm, ladoKnownAtForm } from '../../cards/lado/ladoGateForm.ts';
import { gateDecisionOf } from '../../knowledge/lado/harmTestRouting.ts';
import * as guidance from '../../knowledge/lado/ladoGuidance.ts';
import { ladoOutcomeForm } from '../../cards/lado/ladoOutcomeForm.ts';
import { ladoReferralForm } from '../../cards/lado/ladoReferralForm.ts';
import { renderSummaryCard } from '../../cards/templates/summaryCard.ts';
import { loadBoardById } from '../../knowledge/boards/boardRegistry.ts';
import { harmTestOn, LADO_HARM_TESTS } from '../../knowledge/lado/ladoHarmTest.ts';

const contacts = loadBoardById('sample-partnership').contacts;
const NOW = new Date('2026-11-26T10:00:00Z');

function everySectionCard(form: FormSpec) {
  return form.sections.map((section) => ({ name: `${form.id} › ${section.id}`, card: renderSectionCard(form, section.id, { instanceId: 'i-1', canGoBack: true, stepBanner: 'banner' }) }));
}

describe('LADO cards', () => {
  const forms = [ladoReferralForm, ladoConsultationForm, ladoDecisionForm, ladoOutcomeForm, ladoKnownAtForm(NOW), ...LADO_HARM_TESTS.map((test) => ladoGateForm(test))];
  const cards = [
    ...forms.flatMap(everySectionCard),
    ...forms.map((form) => ({ name: `${form.id} summary`, card: renderSummaryCard(form, {}, { instanceId: 'i-1' }) })),
    ...Object.entries(guidance).flatMap(([name, statement]) => (typeof statement === 'object' && 'citations' in statement ? [{ name, card: guidanceCard(statement) }] : [])),
    { name: 'emergency', card: emergencyCard(contacts) },
    { name: 'child referral', card: childReferralCard(contacts) },
    {
      name: 'referral receipt',
      card: referralReceiptCard(
        { reference: 'LADO-2026-000001', duplicate: false, alert: 'pending', deliveredThrough: 'webhook', deadlineText: 'Due by the end of Friday 27 November 2026.' },
        contacts,
      ),
    },
    { name: 'consultation receipt', card: consultationReceiptCard({ reference: 'LADOC-2026-000001', duplicate: true, alert: 'alerted', deliveredThrough: 'boardInbox' }, contacts) },
  ];

  it.each(cards)('$name parses as Adaptive Card 1.5 without warnings', ({ card }) => {
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('offers the harm test limbs in the wording of the referral’s date: three before 1 September 2020, four from then', () => {
    expect(LADO_HARM_TESTS.map((test) => test.limbs.length)).toEqual([3, 3, 4]);
    const choicesOn = (date: string) => ladoGateForm(harmTestOn(date)).sections[0]!.fields[0]!.choices!.map((choice) => choice.value);
    expect(choicesOn('2026-12-04')).toEqual(['harmedChild', 'possibleCriminalOffence', 'mayPoseRiskOfHarm', 'mayBeUnsuitableToWorkWithChildren', 'notSure', 'none']);
    expect(choicesOn('2019-06-10')).toEqual(['harmedChild', 'possibleCriminalOffence', 'mayPoseRiskOfHarm', 'notSure', 'none']);
    expect(choicesOn('2013-06-10')).toEqual(['harmedChild', 'possibleCriminalOffence', 'behavedUnsuitablyTowardsChildren', 'notSure', 'none']);
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
