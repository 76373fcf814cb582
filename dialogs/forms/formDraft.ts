import type { SectionValues } from '../../cards/forms/formSpec.ts';

/** Where the walk is: answering a section, deciding whether to add another item, or checking the summary. */
export type DraftStage = 'section' | 'addAnother' | 'review';

/**
 * A form being filled in, kept in the user's own state (never the conversation's) so it survives
 * restarts and can be resumed from any later conversation of the same user. Plain JSON only.
 */
export interface FormDraft<Facts extends object = object> {
  formId: string;
  /** The form instance: every card carries it, and a card from another instance is refused. */
  instanceId: string;
  boardId: string;
  ownerIdentity: string;
  createdAt: string;
  updatedAt: string;
  /** What the flow settled before the form (e.g. when the allegation came to light, the harm test limbs). */
  facts: Facts;
  /** Per section: its values, or a list for a repeatable section (e.g. one entry per child). */
  values: Record<string, SectionValues | SectionValues[]>;
  stage: DraftStage;
  sectionId: string;
  /** Which entry of a repeatable section is open; 0 otherwise. */
  item: number;
  /** After Edit on the summary: finishing the section returns to the summary. */
  editingFromReview: boolean;
}

export interface NewDraft<Facts extends object> {
  formId: string;
  instanceId: string;
  boardId: string;
  ownerIdentity: string;
  firstSectionId: string;
  facts: Facts;
  now: Date;
}

export function startDraft<Facts extends object>(details: NewDraft<Facts>): FormDraft<Facts> {
  const { firstSectionId, now, ...identity } = details;
  return {
    ...identity,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    values: {},
    stage: 'section',
    sectionId: firstSectionId,
    item: 0,
    editingFromReview: false,
  };
}

/** The entries of a repeatable section (an empty list when none are saved yet). */
export function itemsOf(draft: FormDraft, sectionId: string): SectionValues[] {
  const values = draft.values[sectionId];
  if (values === undefined) return [];
  return Array.isArray(values) ? values : [values];
}

/** The values the open section (or entry) was last saved with, to prefill its card. */
export function currentValues(draft: FormDraft, repeatable: boolean): SectionValues | undefined {
  if (repeatable) return itemsOf(draft, draft.sectionId)[draft.item];
  const values = draft.values[draft.sectionId];
  return Array.isArray(values) ? values[0] : values;
}
