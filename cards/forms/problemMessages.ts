import type { z } from 'zod';
import type { FieldSpec } from './formSpec.ts';

/** What to do to answer a field, in the words a practitioner would use. */
export function whatToEnter(field: FieldSpec): string {
  switch (field.kind) {
    case 'text':
    case 'multiline':
      return 'fill this in';
    case 'email':
      return 'enter an email address like name@example.org';
    case 'phone':
      return 'enter a phone number like 01632 960123';
    case 'date':
      return 'enter a date as year-month-day, like 2025-04-22';
    case 'time':
      return 'enter a time as hours and minutes, like 14:30';
    case 'datetime':
      return 'enter both a date and a time';
    case 'number':
      return 'enter a number, like 12';
    case 'choice':
      return 'choose one of the options';
    case 'multiChoice':
      return 'choose at least one of the options';
    case 'toggle':
      return field.required ? 'switch this on to confirm' : 'answer yes or no';
  }
}

/** The sentence shown next to a field (and in the list at the top of the card): label, then what to fix. */
export function fieldMessage(field: FieldSpec, whatToFix: string): string {
  return `${field.label}: ${whatToFix}`;
}

/** Turns a zod issue about a field into what to fix; `given` is the value the schema saw. */
export function whatToFix(field: FieldSpec, issue: z.core.$ZodIssue, given: unknown): string {
  if (given === undefined || given === null) return whatToEnter(field);
  switch (issue.code) {
    case 'too_big':
      return tooBig(field, issue);
    case 'too_small':
      return tooSmall(field, issue);
    case 'invalid_format':
      return isFreeText(field) ? 'check what you entered: it is not in the expected format' : whatToEnter(field);
    case 'invalid_value':
      return field.kind === 'multiChoice' ? 'choose only from the options listed' : whatToEnter(field);
    case 'invalid_type':
      return issue.expected === 'int' ? 'enter a whole number, like 12' : whatToEnter(field);
    case 'custom':
      return issue.message;
    default:
      return whatToEnter(field);
  }
}

function isFreeText(field: FieldSpec): boolean {
  return field.kind === 'text' || field.kind === 'multiline';
}

function tooBig(field: FieldSpec, issue: z.core.$ZodIssueTooBig): string {
  const maximum = Number(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return `shorten this to ${maximum} characters or fewer`;
    case 'array':
      return `choose no more than ${maximum}`;
    case 'number':
      return `enter a number no bigger than ${maximum}`;
    default:
      return whatToEnter(field);
  }
}

function tooSmall(field: FieldSpec, issue: z.core.$ZodIssueTooSmall): string {
  const minimum = Number(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return minimum <= 1 ? whatToEnter(field) : `write at least ${minimum} characters`;
    case 'array':
      return minimum <= 1 ? whatToEnter(field) : `choose at least ${minimum}`;
    case 'number':
      return `enter a number of at least ${minimum}`;
    default:
      return whatToEnter(field);
  }
}
