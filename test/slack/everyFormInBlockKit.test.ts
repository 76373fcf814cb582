import { describe, expect, it } from 'vitest';
import type { AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';
import { renderSectionCard } from '../../cards/adaptive/renderSectionCard.ts';
import type { FieldSpec, FormSpec, SectionSpec, SectionValues } from '../../cards/forms/formSpec.ts';
import { ladoConsultationForm } from '../../cards/lado/ladoConsultationForm.ts';
import { ladoGateForm, ladoKnownAtForm } from '../../cards/lado/ladoGateForm.ts';
import { ladoReferralForm } from '../../cards/lado/ladoReferralForm.ts';
import { parseSectionSubmission } from '../../cards/forms/parseSubmission.ts';
import { renderSummaryCard } from '../../cards/templates/summaryCard.ts';
import { renderFormModal } from '../../cards/slack/formModal.ts';
import { renderCardMessage } from '../../cards/slack/messageBlocks.ts';
import { answersFromViewState } from '../../cards/slack/viewState.ts';
import { FOUR_LIMB_TEST, PRE_2014_TEST, THREE_LIMB_TEST } from '../../knowledge/lado/ladoHarmTest.ts';
import { sampleForm } from '../cards/sampleForm.ts';
import { messageLimitProblems, viewLimitProblems } from './blockKitLimits.ts';

const FORMS: FormSpec[] = [
  ladoReferralForm,
  ladoConsultationForm,
  ladoGateForm(PRE_2014_TEST),
  ladoGateForm(THREE_LIMB_TEST),
  ladoGateForm(FOUR_LIMB_TEST),
  ladoKnownAtForm(new Date('2026-11-23T10:00:00Z')),
  sampleForm,
];

const metadata = (submit: Record<string, unknown>) => JSON.stringify({ channel: 'D0TEST', submit });

/** The longest answer each field allows: what stretches a card the most. */
function longestAnswer(field: FieldSpec): unknown {
  switch (field.kind) {
    case 'choice':
      return field.choices?.at(-1)?.value;
    case 'multiChoice':
      return field.choices?.map((choice) => choice.value);
    case 'toggle':
      return true;
    case 'date':
      return '2026-11-20';
    case 'time':
      return '09:30';
    case 'datetime':
      return '2026-11-20T09:30:00+00:00';
    case 'number':
      return 12;
    default:
      return 'Ä'.repeat(field.maxLength ?? 300);
  }
}

function longestAnswers(section: SectionSpec): SectionValues {
  return Object.fromEntries(section.fields.map((field) => [field.id, longestAnswer(field)]));
}

/** A problem under every field, and one about the section as a whole. */
function everyProblem(section: SectionSpec) {
  return [
    { fieldId: '', label: section.title, message: `${section.title}: these answers do not fit together` },
    ...section.fields.map((field) => ({ fieldId: field.id, label: field.label, message: `${field.label}: ${'please fix this '.repeat(20)}` })),
  ];
}

const sectionCards: Array<[string, AdaptiveCardJson]> = FORMS.flatMap((form) =>
  form.sections.flatMap((section): Array<[string, AdaptiveCardJson]> => [
    [`${form.id}/${section.id}, empty`, renderSectionCard(form, section.id, { instanceId: 'instance-1', canGoBack: true })],
    [
      `${form.id}/${section.id}, longest answers and every problem`,
      renderSectionCard(form, section.id, {
        instanceId: 'instance-1',
        canGoBack: true,
        values: longestAnswers(section),
        problems: everyProblem(section),
        stepBanner: 'Tell the LADO: due by the end of Tuesday 24 November 2026',
      }),
    ],
  ]),
);

describe('every form in Block Kit, within Slack’s limits', () => {
  it.each(sectionCards)('%s: the message and the modal', (_name, card) => {
    const message = renderCardMessage(card);
    expect(message.isForm).toBe(true);
    expect(messageLimitProblems(message)).toEqual([]);
    const modal = renderFormModal(card, metadata);
    expect(modal).toBeDefined();
    expect(viewLimitProblems(modal!.view)).toEqual([]);
  });

  it.each(FORMS.map((form): [string, FormSpec] => [form.id, form]))('%s: the summary of the longest answers keeps every answer whole', (_name, form) => {
    const values = Object.fromEntries(form.sections.map((section) => [section.id, longestAnswers(section)]));
    const message = renderCardMessage(renderSummaryCard(form, values, { instanceId: 'instance-1' }));
    const messages = chunks(message.blocks, 50);
    for (const part of messages) expect(messageLimitProblems({ blocks: part })).toEqual([]);
    const shown = JSON.stringify(message.blocks);
    for (const field of form.sections.flatMap((section) => section.fields).filter((field) => field.maxLength !== undefined)) {
      expect(shown).toContain('Ä'.repeat(Math.min(field.maxLength ?? 0, 1500)));
    }
  });

  it('lists harm-test limbs in full beside the checkboxes when Slack’s option text would cut them', () => {
    const card = renderSectionCard(ladoGateForm(FOUR_LIMB_TEST), 'harmTest', { instanceId: 'i', canGoBack: false });
    const shown = JSON.stringify(renderFormModal(card, metadata)!.view).toLowerCase();
    for (const limb of FOUR_LIMB_TEST.limbs) expect(shown).toContain(limb.text.toLowerCase());
  });

  it('puts the card’s Next on the modal and keeps Back and Cancel on the message', () => {
    const card = renderSectionCard(ladoReferralForm, 'subject', { instanceId: 'instance-1', canGoBack: true });
    const modal = renderFormModal(card, metadata)!;
    expect(modal.view.submit?.text).toBe('Next');
    expect(modal.submitData).toEqual({ form: 'ladoReferral', instance: 'instance-1', section: 'subject', intent: 'next' });
    const buttons = renderCardMessage(card).blocks.flatMap((block) => (block.type === 'actions' ? block.elements : []));
    expect(buttons.map((button) => button.text.text)).toEqual(['Open form', 'Back', 'Cancel']);
  });

  it('splits a menu of more than 100 choices into groups, and shows a long expanded list as a menu', () => {
    const many = Array.from({ length: 150 }, (_, index) => ({ value: `area${index}`, title: `Area ${index}` }));
    const twelve = many.slice(0, 12);
    const card = adaptiveCardWithInputs([
      { type: 'Input.ChoiceSet', id: 'area', label: 'Area', choices: many, style: 'compact' },
      { type: 'Input.ChoiceSet', id: 'areas', label: 'Areas', choices: twelve, style: 'expanded', isMultiSelect: true },
    ]);
    const view = renderFormModal(card, metadata)!.view;
    expect(viewLimitProblems(view)).toEqual([]);
    const [area, areas] = view.blocks.filter((block) => block.type === 'input').map((block) => block.element);
    expect(area?.option_groups).toHaveLength(2);
    expect(areas?.type).toBe('multi_static_select');
  });
});

function adaptiveCardWithInputs(inputs: Array<Record<string, unknown>>): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'Where', style: 'heading' }, ...inputs.map((input) => ({ type: 'Container', items: [input] }))],
    actions: [{ type: 'Action.Submit', title: 'Next', data: { form: 'f', instance: 'i', section: 's', intent: 'next' }, associatedInputs: 'auto' }],
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));
}

describe('a Slack form submission reads as an Adaptive Card submission', () => {
  it('gives the section parser the same values for the same answers', () => {
    const section = ladoReferralForm.sections.find((candidate) => candidate.id === 'allegation')!;
    const contract = { form: 'ladoReferral', instance: 'i', section: 'allegation', intent: 'next' };
    const slackAnswers = answersFromViewState({
      raisedBy: { text: { type: 'plain_text_input', value: 'Pupil' } },
      relationshipToSubject: { text: { type: 'plain_text_input', value: 'Pupil in their class' } },
      occurredFrom: { date: { type: 'datepicker', selected_date: '2026-11-19' } },
      occurredTo: { date: { type: 'datepicker', selected_date: null } },
      place: { text: { type: 'plain_text_input', value: 'Classroom 3' } },
      categories: { choices: { type: 'checkboxes', selected_options: [{ value: 'physical' }, { value: 'online' }] } },
      pattern: { choice: { type: 'radio_buttons', selected_option: { value: 'single' } } },
      afterAuthorisedRestraint: { toggle: { type: 'checkboxes', selected_options: [] } },
      summary: { text: { type: 'plain_text_input', value: 'What was said.' } },
    });
    const teamsAnswers = {
      raisedBy: 'Pupil',
      relationshipToSubject: 'Pupil in their class',
      occurredFrom: '2026-11-19',
      occurredTo: '',
      place: 'Classroom 3',
      categories: 'physical,online',
      pattern: 'single',
      afterAuthorisedRestraint: 'false',
      summary: 'What was said.',
    };
    expect(slackAnswers).toEqual(teamsAnswers);
    const fromSlack = parseSectionSubmission(section, { ...slackAnswers, ...contract });
    expect(fromSlack.ok).toBe(true);
    expect(fromSlack).toEqual(parseSectionSubmission(section, { ...teamsAnswers, ...contract }));
  });
});
