import type { z } from 'zod';
import { CARD_ACTION_KEYS, REVIEW_SECTION_ID } from '../adaptive/submissionContract.ts';

/**
 * A form declared once, channel-neutral: the Adaptive Card renderer (Teams, Web Chat) and the
 * Block Kit renderer (Slack) both draw from it, and the submission parser validates against it.
 */
export type FieldKind = 'text' | 'multiline' | 'email' | 'phone' | 'date' | 'time' | 'datetime' | 'number' | 'choice' | 'multiChoice' | 'toggle';

export type Choice = { value: string; title: string };

export type FieldSpec = {
  id: string;
  label: string;
  kind: FieldKind;
  /** For a toggle: it must be switched on (e.g. a declaration). For anything else: it must be answered. */
  required: boolean;
  help?: string;
  placeholder?: string;
  maxLength?: number;
  choices?: Choice[];
  /** Choice lists: a dropdown ('compact') or radio buttons / checkboxes ('expanded'). */
  style?: 'compact' | 'expanded';
  /** A date or time of something that has already happened (an incident, an awareness, a start): refused when after now. */
  pastOnly?: boolean;
  /** An email address that must be a secure work address: on the board's accepted domains when it keeps a list. */
  secureWorkEmail?: boolean;
};

export type SectionSpec<Schema extends z.ZodObject = z.ZodObject> = {
  id: string;
  title: string;
  intro?: string;
  /** Shown prominently at the top of the section, e.g. "Never upload or forward indecent images: tell the police". */
  warnings?: string[];
  fields: FieldSpec[];
  /** Validates the section's values on the server, whatever the channel checked already. */
  schema: Schema;
  /** Whether the section can apply given what is known so far (e.g. the review step only when a review starts). Default: always. */
  appliesWhen?(known: KnownAnswers): boolean;
};

/** Per section: its values, or a list of them for a section answered more than once (e.g. each child). */
export type ValuesBySection = Record<string, SectionValues | SectionValues[] | undefined>;

/** What a form's conditional sections are decided on: the answers so far and what the flow settled before the form. */
export type KnownAnswers = { values: ValuesBySection; facts: Record<string, unknown> };

export type FormSpec = {
  id: string;
  title: string;
  /** Record type the confirmed form becomes, e.g. 'lado-referral'. */
  recordType: string;
  marking?: 'OFFICIAL-SENSITIVE';
  sections: SectionSpec[];
};

/** Values keyed by field id, as parsed from a submission or held in a draft. */
export type SectionValues = Record<string, unknown>;

/**
 * Checks what the renderers and the parser rely on, so a mistake in a form declaration fails at
 * start-up rather than in front of a practitioner. Returns the form unchanged.
 */
export function defineForm(form: FormSpec): FormSpec {
  const problems = formDeclarationProblems(form);
  if (problems.length > 0) throw new Error(`Form "${form.id}" is declared wrongly: ${problems.join('; ')}`);
  return form;
}

function formDeclarationProblems(form: FormSpec): string[] {
  const problems: string[] = [];
  if (form.sections.length === 0) problems.push('it has no sections');
  problems.push(...duplicates(form.sections.map((section) => section.id)).map((id) => `section "${id}" is declared twice`));
  for (const section of form.sections) {
    if (section.id === REVIEW_SECTION_ID) problems.push(`"${REVIEW_SECTION_ID}" is reserved for the summary step`);
    problems.push(...sectionDeclarationProblems(section).map((problem) => `section "${section.id}": ${problem}`));
  }
  return problems;
}

function sectionDeclarationProblems(section: SectionSpec): string[] {
  const problems: string[] = [];
  if (section.fields.length === 0) problems.push('it has no fields');
  const fieldIds = section.fields.map((field) => field.id);
  problems.push(...duplicates(fieldIds).map((id) => `field "${id}" is declared twice`));
  const schemaKeys = Object.keys(section.schema.shape);
  for (const id of fieldIds) {
    if ((CARD_ACTION_KEYS as readonly string[]).includes(id)) problems.push(`field id "${id}" is reserved for the card contract`);
    if (!schemaKeys.includes(id)) problems.push(`field "${id}" is not in the section schema`);
  }
  for (const key of schemaKeys) {
    if (!fieldIds.includes(key)) problems.push(`schema key "${key}" has no field`);
  }
  for (const field of section.fields) problems.push(...choiceProblems(field), ...lengthLimitProblems(field));
  return problems;
}

function choiceProblems(field: FieldSpec): string[] {
  const hasChoices = field.kind === 'choice' || field.kind === 'multiChoice';
  if (!hasChoices) return field.choices === undefined ? [] : [`field "${field.id}" has choices but is a ${field.kind}`];
  if (field.choices === undefined || field.choices.length === 0) return [`field "${field.id}" needs choices`];
  // Adaptive Cards send a multi-select as one comma-separated string.
  return field.choices
    .filter((choice) => choice.value.includes(',') || choice.value.trim() === '')
    .map((choice) => `field "${field.id}": choice value "${choice.value}" must be non-empty and contain no comma`);
}

const FREE_TEXT_KINDS: readonly FieldKind[] = ['text', 'multiline', 'email', 'phone'];

/** Every free-text answer has a length limit, from its schema, so the server refuses an over-long one with a field error. */
function lengthLimitProblems(field: FieldSpec): string[] {
  return FREE_TEXT_KINDS.includes(field.kind) && field.maxLength === undefined ? [`free-text field "${field.id}" needs a maximum length in its schema`] : [];
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** The form as it is asked: only the sections that can apply to what is known (a form always keeps its first section). */
export function applicableForm(form: FormSpec, known: KnownAnswers): FormSpec {
  const sections = form.sections.filter((section, index) => index === 0 || section.appliesWhen === undefined || section.appliesWhen(known));
  return sections.length === form.sections.length ? form : { ...form, sections };
}

/** The answers of the sections that apply; answers left in a section that no longer applies are not part of the record. */
export function applicableValues<Values extends ValuesBySection>(form: FormSpec, known: KnownAnswers & { values: Values }): Values {
  const asked = new Set(applicableForm(form, known).sections.map((section) => section.id));
  return Object.fromEntries(Object.entries(known.values).filter(([sectionId]) => asked.has(sectionId))) as Values;
}

export function findSection(form: FormSpec, sectionId: string): SectionSpec {
  const section = form.sections.find((candidate) => candidate.id === sectionId);
  if (section === undefined) throw new Error(`Form "${form.id}" has no section "${sectionId}"`);
  return section;
}
