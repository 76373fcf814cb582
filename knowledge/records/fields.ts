import { z } from 'zod';
import { EDITION_IDS } from '../editions/editionId.ts';

/**
 * Field schemas shared by the record types. Every field carries a title (the form label) and, where it
 * helps, a description (the form's help text). Fields that identify a person or tell their story are
 * marked `personalData: true`: logs, alerts and exports redact them (see personalData.ts).
 */

export const textSchema = z.string().trim().min(1, { error: 'must not be empty' });

/**
 * How long free text may be, checked on the server for every channel (the cards tell the client too): a name or
 * other short answer, an address, a narrative. A field that needs more says so in its own schema.
 */
export const TEXT_LIMITS = { short: 200, address: 500, narrative: 4000, email: 254, phone: 40, url: 2000 } as const;

/** A role, an organisation, a reference, a job title: one line. */
export const shortTextSchema = textSchema.max(TEXT_LIMITS.short);
export const addressSchema = textSchema.max(TEXT_LIMITS.address);
/** What happened, reasons, notes: a multi-line box. */
export const narrativeSchema = textSchema.max(TEXT_LIMITS.narrative);

/** A format message for a value that is present but malformed; a missing value keeps zod's own message. */
const whenPresent = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? undefined : message);

export const instantSchema = z.iso.datetime({
  offset: true,
  error: whenPresent('must be an ISO 8601 date and time with offset, e.g. 2026-03-02T15:40:00Z'),
});

export const dateSchema = z.iso.date({ error: whenPresent('must be a date YYYY-MM-DD') });

export const emailSchema = z.email({ error: whenPresent('must be an email address') }).max(TEXT_LIMITS.email);

export const phoneSchema = z
  .string()
  .trim()
  .max(TEXT_LIMITS.phone)
  .regex(/^\+?[\d\s()-]+$/, { error: 'must be a phone number (digits, spaces, brackets, "-" or a leading "+")' })
  .refine((value) => value.replace(/\D/g, '').length >= 3, { error: 'must have at least 3 digits' });

/** "J Smith", "J.S." and "JS" are initials; child-protection forms ask for full names. */
export function looksLikeInitials(name: string): boolean {
  const parts = name.split(/[\s.]+/).filter((part) => part.length > 0);
  const first = parts[0];
  if (first === undefined) return false;
  if (first.length === 1) return true;
  return parts.length === 1 && /^[A-Z]{2,3}$/.test(first);
}

export const fullNameSchema = z
  .string()
  .trim()
  .min(2, { error: 'must be a full name' })
  .max(TEXT_LIMITS.short)
  .refine((name) => !looksLikeInitials(name), { error: 'must be the full name, not initials' });

export const ageYearsSchema = z.int().min(0).max(120);

export const SEXES = ['female', 'male', 'other', 'notKnown'] as const;
export const sexSchema = z.enum(SEXES);

export const AGENCY_TYPES = [
  'school',
  'college',
  'earlyYears',
  'health',
  'police',
  'childrensSocialCare',
  'adultServices',
  'probationOrYouthJustice',
  'housing',
  'voluntaryOrCommunity',
  'faithOrSport',
  'other',
] as const;
export const agencyTypeSchema = z.enum(AGENCY_TYPES).meta({
  title: 'Agency type',
  description: 'The kind of organisation the person works for.',
});

/** A professional's work contact details. */
export const professionalContactSchema = z.strictObject({
  name: fullNameSchema.meta({ title: 'Name', personalData: true }),
  role: shortTextSchema.meta({ title: 'Role' }),
  organisation: shortTextSchema.meta({ title: 'Organisation' }),
  agencyType: agencyTypeSchema,
  phone: phoneSchema.meta({ title: 'Phone', personalData: true }),
  email: emailSchema.meta({ title: 'Secure work email', personalData: true }),
});

/** Fields every record starts with. schemaVersion changes when a record's shape changes. */
export function recordHeader<Type extends string>(type: Type) {
  return {
    type: z.literal(type).meta({ title: 'Record type' }),
    schemaVersion: z.literal(1).meta({ title: 'Schema version' }),
    boardId: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a board id (lower-case slug)' })
      .meta({ title: 'Board' }),
    edition: z.enum(EDITION_IDS).meta({
      title: 'Guidance edition',
      description: 'The Working Together edition the case was stamped with when it was created.',
    }),
  };
}

type WithAgeOrDateOfBirth = { dateOfBirth?: string | undefined; ageYears?: number | undefined };

/** For a person whose date of birth may be unknown: one of the two is enough. */
export function requireAgeOrDateOfBirth(person: WithAgeOrDateOfBirth, context: z.core.$RefinementCtx): void {
  if (person.dateOfBirth === undefined && person.ageYears === undefined) {
    context.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'give a date of birth or an age in years' });
  }
}
