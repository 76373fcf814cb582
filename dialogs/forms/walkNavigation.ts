import type { SectionValues } from '../../cards/forms/formSpec.ts';
import { itemsOf, type FormDraft } from './formDraft.ts';

/** The order of the sections that apply to a draft's answers so far, and which of them take several entries (e.g. each child). */
export interface WalkLayout {
  sectionIdsOf(draft: FormDraft): readonly string[];
  repeatable: ReadonlySet<string>;
}

/** The draft with a section's (or entry's) answers kept, still on the same step. */
export function withAnswers<Draft extends FormDraft>(draft: Draft, layout: WalkLayout, values: SectionValues): Draft {
  const { sectionId, item } = draft;
  if (!layout.repeatable.has(sectionId)) return { ...draft, values: { ...draft.values, [sectionId]: values } };
  const items = itemsOf(draft, sectionId).slice();
  items[item] = values;
  return { ...draft, values: { ...draft.values, [sectionId]: items } };
}

/** The draft after a section's answers were accepted: saved, then on to the next step. */
export function afterNext<Draft extends FormDraft>(draft: Draft, layout: WalkLayout, values: SectionValues): Draft {
  const saved = withAnswers(draft, layout, values);
  if (!layout.repeatable.has(draft.sectionId)) return leaveSection(saved, layout);
  // Step through the entries already there (after Back, or correcting from the summary) before asking about another.
  if (draft.item < itemsOf(saved, draft.sectionId).length - 1) return { ...saved, item: draft.item + 1 };
  return { ...saved, stage: 'addAnother' };
}

/** From "add another?": a new, empty entry of the repeatable section. */
export function addAnotherItem<Draft extends FormDraft>(draft: Draft): Draft {
  return { ...draft, stage: 'section', item: itemsOf(draft, draft.sectionId).length };
}

/** From "add another?": drop the entry just answered; with none left, ask for the first again. */
export function removeCurrentItem<Draft extends FormDraft>(draft: Draft): Draft {
  const items = itemsOf(draft, draft.sectionId).filter((_entry, index) => index !== draft.item);
  const values = { ...draft.values, [draft.sectionId]: items };
  if (items.length === 0) return { ...draft, values, stage: 'section', item: 0 };
  return { ...draft, values, item: items.length - 1 };
}

/** From "add another?": the repeatable section is done. */
export function finishItems<Draft extends FormDraft>(draft: Draft, layout: WalkLayout): Draft {
  return leaveSection(draft, layout);
}

/** Back one step: the previous entry, the previous section (its last entry), or the summary when correcting from it. */
export function afterBack<Draft extends FormDraft>(draft: Draft, layout: WalkLayout): Draft {
  if (draft.item > 0) return { ...draft, stage: 'section', item: draft.item - 1 };
  if (draft.editingFromReview) return toReview(draft);
  const sectionIds = layout.sectionIdsOf(draft);
  const previous = sectionIds[sectionIds.indexOf(draft.sectionId) - 1];
  if (previous === undefined) return draft;
  const lastItem = layout.repeatable.has(previous) ? Math.max(0, itemsOf(draft, previous).length - 1) : 0;
  return { ...draft, stage: 'section', sectionId: previous, item: lastItem };
}

/** Edit on the summary: reopen a section at its first entry, returning to the summary when done. */
export function editSection<Draft extends FormDraft>(draft: Draft, sectionId: string): Draft {
  return { ...draft, stage: 'section', sectionId, item: 0, editingFromReview: true };
}

export function canGoBack(draft: FormDraft, layout: WalkLayout): boolean {
  return draft.item > 0 || draft.editingFromReview || layout.sectionIdsOf(draft).indexOf(draft.sectionId) > 0;
}

function leaveSection<Draft extends FormDraft>(draft: Draft, layout: WalkLayout): Draft {
  const sectionIds = layout.sectionIdsOf(draft);
  if (draft.editingFromReview) {
    // An answer changed on the summary can bring in a section not asked before (a review now starting): ask it first.
    const neverAsked = sectionIds.find((sectionId) => draft.values[sectionId] === undefined);
    return neverAsked === undefined ? toReview(draft) : { ...draft, stage: 'section', sectionId: neverAsked, item: 0 };
  }
  const next = sectionIds[sectionIds.indexOf(draft.sectionId) + 1];
  if (next === undefined) return toReview(draft);
  return { ...draft, stage: 'section', sectionId: next, item: 0 };
}

function toReview<Draft extends FormDraft>(draft: Draft): Draft {
  return { ...draft, stage: 'review', item: 0, editingFromReview: false };
}
