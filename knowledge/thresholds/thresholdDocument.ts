import { z } from 'zod';
import { citationSchema } from '../citation.ts';
import { referralKindSchema } from './referralKind.ts';
import { checkThresholdDocument } from './thresholdDocumentChecks.ts';

/** Ids are stable keys used in records and tests; YAML authors may write a level id as a bare number. */
export const thresholdIdSchema = z
  .union([z.string(), z.int().nonnegative()])
  .transform(String)
  .pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'must be letters, digits, "-" or "_"' }));

const textSchema = z.string().trim().min(1, { error: 'must not be empty' });

export const assessmentDomainSchema = z.strictObject({
  id: thresholdIdSchema,
  title: textSchema,
  /** The Assessment Framework dimensions the domain covers, e.g. health, education. */
  covers: z.array(textSchema).default([]),
});

export const consentRuleSchema = z.strictObject({
  id: thresholdIdSchema,
  consentNeeded: z.boolean(),
  text: textSchema,
});

/** A contact the document routes to; the board configuration supplies its numbers under the same key. */
export const thresholdContactSchema = z.strictObject({
  key: thresholdIdSchema,
  purpose: textSchema,
});

export const thresholdLevelSchema = z.strictObject({
  id: thresholdIdSchema,
  order: z.int().nonnegative(),
  name: textSchema,
  summary: textSchema.optional(),
  description: textSchema,
  response: textSchema,
  referralKind: referralKindSchema,
  consentRule: thresholdIdSchema,
  contact: thresholdIdSchema.optional(),
});

export const thresholdIndicatorSchema = z.strictObject({
  id: thresholdIdSchema,
  level: thresholdIdSchema,
  domain: thresholdIdSchema,
  text: textSchema,
});

export const redFlagSchema = z.strictObject({
  id: thresholdIdSchema,
  text: textSchema,
  note: textSchema.optional(),
  citation: citationSchema.optional(),
});

/** What to do when any red flag applies: asked first, before the walk. */
export const redFlagResponseSchema = z.strictObject({
  text: textSchema,
  contacts: z.array(thresholdIdSchema).min(1),
  consentRule: thresholdIdSchema,
});

export const escalationStageSchema = z.strictObject({
  title: textSchema,
  description: textSchema,
  timescale: textSchema.optional(),
});

export const escalationRouteSchema = z.strictObject({
  title: textSchema,
  stages: z.array(escalationStageSchema).min(1),
});

export const thresholdDocumentShape = z.strictObject({
  id: thresholdIdSchema,
  title: textSchema,
  board: textSchema,
  version: z.union([textSchema, z.number()]).transform(String),
  /** Shown on every answer when the document is demo data rather than a board's published text. */
  notice: textSchema.optional(),
  citation: citationSchema,
  url: z.url().optional(),
  domains: z.array(assessmentDomainSchema).min(1),
  levels: z.array(thresholdLevelSchema).min(2),
  indicators: z.array(thresholdIndicatorSchema).min(1),
  redFlags: z.array(redFlagSchema).min(1),
  redFlagResponse: redFlagResponseSchema,
  consentRules: z.array(consentRuleSchema).min(1),
  contacts: z.array(thresholdContactSchema).default([]),
  escalation: escalationRouteSchema,
});

/** A board's threshold document, with its cross-references checked (see thresholdDocumentChecks.ts). */
export const thresholdDocumentSchema = thresholdDocumentShape.superRefine(checkThresholdDocument);

export type ThresholdDocument = z.infer<typeof thresholdDocumentSchema>;
export type ThresholdLevel = ThresholdDocument['levels'][number];
export type ThresholdIndicator = ThresholdDocument['indicators'][number];
export type AssessmentDomain = ThresholdDocument['domains'][number];
export type ConsentRule = ThresholdDocument['consentRules'][number];
export type RedFlag = ThresholdDocument['redFlags'][number];
