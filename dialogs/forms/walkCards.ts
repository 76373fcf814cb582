import type { AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';
import { renderSectionCard, type SectionCardOptions } from '../../cards/adaptive/renderSectionCard.ts';
import { findSection, type FormSpec } from '../../cards/forms/formSpec.ts';
import { renderChoiceCard } from '../../cards/templates/choiceCard.ts';
import { renderSummaryCard } from '../../cards/templates/summaryCard.ts';
import { currentValues, itemsOf, type FormDraft } from './formDraft.ts';
import { addAnotherPrompt, CONTINUE_CHOICE } from './walkMessages.ts';
import { canGoBack, type WalkLayout } from './walkNavigation.ts';

/** A section answered once per item, e.g. one card per child. */
export interface RepeatableSection {
  /** 'Child 2'. Never the item's own content (a name), since it appears in step indicators. */
  itemTitle(position: number): string;
  /** '1 child', '2 children'. */
  countOf(count: number): string;
  /** 'Add another child'. */
  addAnotherLabel: string;
}

/** What the walk shows a draft with. */
export interface WalkView {
  form: FormSpec;
  layout: WalkLayout;
  repeatable: Record<string, RepeatableSection>;
  /** The line kept in front of the user, e.g. the time left on the clock. */
  banner?: string;
}

export const ADD_ANOTHER = 'add';
export const REMOVE = 'remove';
export const CONTINUE = 'continue';
export type AddAnotherChoice = typeof ADD_ANOTHER | typeof REMOVE | typeof CONTINUE;

/** A press on the "add another?" card, or the same typed. */
export function addAnotherChoice(text: string): AddAnotherChoice | undefined {
  const normalised = text.trim().toLowerCase();
  if (normalised === ADD_ANOTHER || normalised.startsWith('add another')) return ADD_ANOTHER;
  if (normalised === REMOVE || normalised.startsWith('remove')) return REMOVE;
  if (normalised === CONTINUE || normalised === 'next' || normalised === 'no') return CONTINUE;
  return undefined;
}

/** The card of the step the draft is at: a section (or one entry of it), "add another?", or the summary. */
export function stepCard(view: WalkView, draft: FormDraft, shown?: Pick<SectionCardOptions, 'values' | 'problems'>): AdaptiveCardJson {
  switch (draft.stage) {
    case 'section':
      return sectionCard(view, draft, shown ?? { values: currentValues(draft, view.layout.repeatable.has(draft.sectionId)) });
    case 'addAnother':
      return addAnotherCard(view, draft);
    case 'review':
      return renderSummaryCard(view.form, draft.values, { instanceId: draft.instanceId, ...bannerOf(view) });
  }
}

function sectionCard(view: WalkView, draft: FormDraft, shown: Pick<SectionCardOptions, 'values' | 'problems'>): AdaptiveCardJson {
  return renderSectionCard(formWithItemTitle(view, draft), draft.sectionId, {
    instanceId: draft.instanceId,
    canGoBack: canGoBack(draft, view.layout),
    ...bannerOf(view),
    ...(shown.values !== undefined && { values: shown.values }),
    ...(shown.problems !== undefined && { problems: shown.problems }),
  });
}

function addAnotherCard(view: WalkView, draft: FormDraft): AdaptiveCardJson {
  const repeatable = repeatableOf(view, draft.sectionId);
  const count = itemsOf(draft, draft.sectionId).length;
  const choices = [
    { value: ADD_ANOTHER, title: repeatable.addAnotherLabel },
    { value: CONTINUE, title: CONTINUE_CHOICE },
    ...(count > 1 ? [{ value: REMOVE, title: `Remove ${repeatable.itemTitle(draft.item + 1).toLowerCase()}` }] : []),
  ];
  return renderChoiceCard(findSection(view.form, draft.sectionId).title, addAnotherPrompt(repeatable.countOf(count)), choices);
}

function bannerOf(view: WalkView): { stepBanner?: string } {
  return view.banner === undefined ? {} : { stepBanner: view.banner };
}

/** A repeatable section's card is titled by its entry ("Child 2") so the step indicator says which. */
function formWithItemTitle(view: WalkView, draft: FormDraft): FormSpec {
  if (!view.layout.repeatable.has(draft.sectionId)) return view.form;
  const title = repeatableOf(view, draft.sectionId).itemTitle(draft.item + 1);
  const sections = view.form.sections.map((section) => (section.id === draft.sectionId ? { ...section, title } : section));
  return { ...view.form, sections };
}

function repeatableOf(view: WalkView, sectionId: string): RepeatableSection {
  const repeatable = view.repeatable[sectionId];
  if (repeatable === undefined) throw new Error(`section "${sectionId}" is not repeatable`);
  return repeatable;
}
