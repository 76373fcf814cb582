import type { z } from 'zod';
import { CARD_ACTION_KEYS } from '../adaptive/submissionContract.ts';
import { coerceFieldInput } from './coerceInput.ts';
import { datetimePartIds } from './datetimeParts.ts';
import { failedChecks, type SubmissionChecks } from './fieldChecks.ts';
import type { FieldSpec, SectionSpec, SectionValues } from './formSpec.ts';
import { fieldMessage, whatToEnter, whatToFix } from './problemMessages.ts';

/** One thing to fix. `fieldId` is '' when the problem is about the section as a whole. */
export type FieldProblem = { fieldId: string; label: string; message: string };

export type SectionParseResult<Schema extends z.ZodObject> = { ok: true; values: z.output<Schema> } | { ok: false; problems: FieldProblem[] };

const LONGEST_ECHOED_KEY = 40;

/**
 * Reads what a card sent for one section: coerces each input per its FieldSpec, refuses anything
 * that is not a field of the section or a contract key, then validates with the section's schema.
 * Never throws on bad input; messages name the field by its label and say what to fix. With `checks`, dates of what has
 * happened cannot be after now and secure work emails must be on the board's domains.
 */
export function parseSectionSubmission<Schema extends z.ZodObject>(section: SectionSpec<Schema>, raw: unknown, checks: SubmissionChecks = {}): SectionParseResult<Schema> {
  if (!isRecord(raw)) {
    return { ok: false, problems: [sectionProblem(section, 'the answers could not be read; please fill in the card again')] };
  }
  const problems = unexpectedFieldProblems(section, raw);
  const values: SectionValues = {};
  for (const field of section.fields) {
    const fieldSchema = section.schema.shape[field.id] as z.ZodType;
    const coerced = coerceFieldInput(field, raw, fieldSchema);
    if (!coerced.readable) problems.push(problemFor(field, coerced.whatToFix ?? whatToEnter(field)));
    else if (coerced.value !== undefined) values[field.id] = coerced.value;
  }
  const validation = section.schema.safeParse(values);
  if (!validation.success) problems.push(...schemaProblems(section, values, validation.error.issues, problems));
  const reported = new Set(problems.map((problem) => problem.fieldId));
  for (const { field, whatToFix } of failedChecks(section, values, checks)) {
    if (!reported.has(field.id)) problems.push(problemFor(field, whatToFix));
  }
  if (problems.length > 0) return { ok: false, problems: inFormOrder(section, problems) };
  return { ok: true, values: validation.data as z.output<Schema> };
}

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function unexpectedFieldProblems(section: SectionSpec, raw: Record<string, unknown>): FieldProblem[] {
  const expected = new Set<string>([...CARD_ACTION_KEYS, ...section.fields.flatMap(inputIds)]);
  return Object.keys(raw)
    .filter((key) => !expected.has(key))
    .map((key) => {
      // Echoed on the card: letters, digits and a few marks only, so a key can carry no markdown or control character.
      const safe = key.replace(/[^\w.-]/g, '?');
      const shown = safe.length > LONGEST_ECHOED_KEY ? `${safe.slice(0, LONGEST_ECHOED_KEY)}…` : safe;
      return { fieldId: key, label: shown, message: `Unexpected field "${shown}": this section has no such question` };
    });
}

/** The keys a field's answer may arrive under. */
function inputIds(field: FieldSpec): string[] {
  if (field.kind !== 'datetime') return [field.id];
  const parts = datetimePartIds(field.id);
  return [field.id, parts.date, parts.time];
}

/** One problem per field: the first issue zod reports, unless the field already has one. */
function schemaProblems(section: SectionSpec, values: SectionValues, issues: z.core.$ZodIssue[], existing: FieldProblem[]): FieldProblem[] {
  const reported = new Set(existing.map((problem) => problem.fieldId));
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const field = section.fields.find((candidate) => candidate.id === issue.path[0]);
    const problem = field === undefined ? sectionProblem(section, issue.message) : problemFor(field, whatToFix(field, issue, values[field.id]));
    if (reported.has(problem.fieldId)) continue;
    reported.add(problem.fieldId);
    problems.push(problem);
  }
  return problems;
}

/** Whole-section and unexpected-field problems first, then the fields top to bottom, as the user reads the card. */
function inFormOrder(section: SectionSpec, problems: FieldProblem[]): FieldProblem[] {
  const position = (problem: FieldProblem) => section.fields.findIndex((field) => field.id === problem.fieldId);
  return [...problems].sort((a, b) => position(a) - position(b));
}

function problemFor(field: FieldSpec, whatToFixText: string): FieldProblem {
  return { fieldId: field.id, label: field.label, message: fieldMessage(field, whatToFixText) };
}

function sectionProblem(section: SectionSpec, message: string): FieldProblem {
  return { fieldId: '', label: section.title, message: `${section.title}: ${message}` };
}
