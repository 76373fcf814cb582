import { actionSet, adaptiveCard, labelledValues, heading, markingLine, paragraph, styledContainer, submitAction, subheading, subtleText } from '../adaptive/cardElements.ts';
import type { AdaptiveCardJson, AdaptiveElement } from '../adaptive/cardElements.ts';
import { REVIEW_SECTION_ID } from '../adaptive/submissionContract.ts';
import type { CardAction, CardIntent } from '../adaptive/submissionContract.ts';
import type { FormSpec, SectionSpec, SectionValues } from '../forms/formSpec.ts';
import { NOT_GIVEN, displayValue } from './displayValue.ts';

/** Per section: its values, or a list of them for a section answered more than once (e.g. each child). */
export type ValuesBySection = Record<string, SectionValues | SectionValues[] | undefined>;

export type SummaryCardOptions = { instanceId: string; stepBanner?: string };

/** Every answer before submitting, section by section, each with an Edit button; then Confirm and submit, or Cancel. */
export function renderSummaryCard(form: FormSpec, valuesBySection: ValuesBySection, options: SummaryCardOptions): AdaptiveCardJson {
  const data = (intent: CardIntent, section: string): CardAction => ({ form: form.id, instance: options.instanceId, section, intent });
  const body: AdaptiveElement[] = [
    ...(form.marking === undefined ? [] : [markingLine(form.marking)]),
    subtleText('Check your answers'),
    heading(form.title),
    ...(options.stepBanner === undefined ? [] : [styledContainer('emphasis', [paragraph(options.stepBanner)])]),
    paragraph('Check each section. Use Edit to change one; nothing is sent until you confirm.'),
    ...form.sections.flatMap((section) => [
      subheading(section.title),
      ...sectionAnswers(section, valuesBySection[section.id]),
      actionSet([submitAction('Edit', data('edit', section.id), { tooltip: `Edit ${section.title}` })]),
    ]),
  ];
  return adaptiveCard(body, [submitAction('Confirm and submit', data('confirm', REVIEW_SECTION_ID), { style: 'positive' }), submitAction('Cancel', data('cancel', REVIEW_SECTION_ID))]);
}

const NOTHING_ENTERED = 'Nothing entered.';

function sectionAnswers(section: SectionSpec, values: SectionValues | SectionValues[] | undefined): AdaptiveElement[] {
  if (!Array.isArray(values)) return [answerFacts(section, values ?? {})];
  if (values.length === 0) return [paragraph(NOTHING_ENTERED)];
  return values.flatMap((item, index) => [subtleText(`${index + 1} of ${values.length}`), answerFacts(section, item)]);
}

/** The answers given, in the form's order; a question left empty is not shown (an unticked box is an answer: No). */
function answerFacts(section: SectionSpec, values: SectionValues): AdaptiveElement {
  const facts = section.fields.map((field) => ({ label: field.label, value: displayValue(field, values[field.id]) })).filter((fact) => fact.value !== NOT_GIVEN);
  return facts.length === 0 ? paragraph(NOTHING_ENTERED) : labelledValues(facts);
}
