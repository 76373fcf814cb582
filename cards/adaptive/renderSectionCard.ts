import { findSection } from '../forms/formSpec.ts';
import type { FormSpec, SectionSpec, SectionValues } from '../forms/formSpec.ts';
import type { FieldProblem } from '../forms/parseSubmission.ts';
import { adaptiveCard, bulletList, heading, markingLine, paragraph, styledContainer, submitAction, subtleText } from './cardElements.ts';
import type { AdaptiveAction, AdaptiveCardJson, AdaptiveElement } from './cardElements.ts';
import { renderField } from './renderField.ts';
import type { CardAction, CardIntent } from './submissionContract.ts';

export type SectionCardOptions = {
  instanceId: string;
  /** Prefill: parsed values, or what the user sent last time so nothing they typed is lost. */
  values?: SectionValues;
  /** From parseSectionSubmission: listed at the top and shown under their fields. */
  problems?: FieldProblem[];
  /** A line kept in front of the user on every step, e.g. the clock. */
  stepBanner?: string;
  canGoBack: boolean;
};

/** One section of a form as an Adaptive Card 1.5, with Next (or Review on the last section), Back and Cancel. */
export function renderSectionCard(form: FormSpec, sectionId: string, options: SectionCardOptions): AdaptiveCardJson {
  const section = findSection(form, sectionId);
  const position = form.sections.indexOf(section) + 1;
  const problems = options.problems ?? [];
  const body: AdaptiveElement[] = [
    ...(form.marking === undefined ? [] : [markingLine(form.marking)]),
    subtleText(`Step ${position} of ${form.sections.length} · ${section.title}`),
    heading(section.title),
    ...(options.stepBanner === undefined ? [] : [styledContainer('emphasis', [paragraph(options.stepBanner)])]),
    ...warningsOf(section),
    ...problemSummary(problems),
    ...(section.intro === undefined ? [] : [paragraph(section.intro)]),
    ...section.fields.map((field) => renderField(field, options.values?.[field.id], problems.find((problem) => problem.fieldId === field.id)?.message)),
  ];
  return adaptiveCard(body, sectionActions(form, section, position === form.sections.length, options));
}

function warningsOf(section: SectionSpec): AdaptiveElement[] {
  if (section.warnings === undefined || section.warnings.length === 0) return [];
  const lines = section.warnings.map((warning) => ({ ...paragraph(warning), weight: 'bolder', color: 'attention' }));
  return [styledContainer('attention', lines)];
}

function problemSummary(problems: FieldProblem[]): AdaptiveElement[] {
  if (problems.length === 0) return [];
  const intro = problems.length === 1 ? 'There is 1 thing to fix:' : `There are ${problems.length} things to fix:`;
  return [styledContainer('attention', [{ ...paragraph(intro), weight: 'bolder', color: 'attention' }, bulletList(problems.map((problem) => problem.message))])];
}

function sectionActions(form: FormSpec, section: SectionSpec, isLast: boolean, options: SectionCardOptions): AdaptiveAction[] {
  const data = (intent: CardIntent): CardAction => ({ form: form.id, instance: options.instanceId, section: section.id, intent });
  return [
    submitAction(isLast ? 'Review' : 'Next', data('next'), { style: 'positive', withInputs: true }),
    ...(options.canGoBack ? [submitAction('Back', data('back'))] : []),
    submitAction('Cancel', data('cancel')),
  ];
}
