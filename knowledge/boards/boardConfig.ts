import { z } from 'zod';
import { boardCalendarSettingsSchema } from '../calendar/boardCalendarSettings.ts';
import { boardClockSettingsSchema } from '../clocks/boardClockSetting.ts';
import { CLOCK_CATALOGUE } from '../clocks/clockCatalogue.ts';
import { editionIdSchema } from '../editions/editionId.ts';
import type { EditionId } from '../editions/editionId.ts';
import { textSchema } from '../records/fields.ts';
import { alertRoutesSchema, DEFAULT_REMINDERS, reminderOffsetSchema } from './alertRoutes.ts';
import { boardContactsSchema } from './boardContacts.ts';
import { boardRetentionSchema } from './boardRetention.ts';
import { boardWebhookSchema } from './boardWebhook.ts';
import { guidSchema, identitySchema } from './identity.ts';

export const BOARD_ROLES = ['manager', 'boardStaff', 'lado', 'chair', 'boardAdmin', 'auditor'] as const;
export type BoardRole = (typeof BOARD_ROLES)[number];

const identityListSchema = z.array(identitySchema).default([]);

export const boardRolesSchema = z.strictObject(Object.fromEntries(BOARD_ROLES.map((role) => [role, identityListSchema])) as Record<BoardRole, typeof identityListSchema>);

/** A Microsoft Entra security group whose members (transitively) hold a role; read through Microsoft Graph. */
export const entraGroupSchema = z.strictObject({ tenantId: guidSchema, groupId: guidSchema });
export type EntraGroup = z.infer<typeof entraGroupSchema>;

const groupListSchema = z.array(entraGroupSchema).default([]);

export const boardRoleGroupsSchema = z.strictObject(Object.fromEntries(BOARD_ROLES.map((role) => [role, groupListSchema])) as Record<BoardRole, typeof groupListSchema>);

const environmentVariableNameSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/, {
  error: 'must be the NAME of an environment variable (e.g. SLACK_BOT_TOKEN_SAMPLE), never the secret itself',
});

export const slackWorkspaceSchema = z.strictObject({
  teamId: z.string().regex(/^T[A-Z0-9]+$/, { error: 'must be a Slack team id like "T0123ABCD"' }),
  botTokenEnv: environmentVariableNameSchema,
  signingSecretEnv: environmentVariableNameSchema,
});

export const channelBindingsSchema = z.strictObject({
  teams: z.strictObject({ tenantIds: z.array(guidSchema).min(1) }).optional(),
  slack: z.array(slackWorkspaceSchema).default([]),
});

export const boardOptionsSchema = z.strictObject({
  /** Post threshold consultation records to the board's system (boards use them to monitor thresholds). */
  postThresholdConsultations: z.boolean().default(false),
  /** Store low-level concerns about staff; by default they are signposted only (domain brief §6.2). */
  ladoLowLevelConcernsStored: z.boolean().default(false),
});

/** Board settings fill only clocks the edition leaves unverified (U) or local (L). */
function checkClockSettings(edition: EditionId, clockSettings: Record<string, unknown>, context: z.core.$RefinementCtx): void {
  for (const clockId of Object.keys(clockSettings)) {
    const clock = CLOCK_CATALOGUE.find((candidate) => candidate.id === clockId && candidate.editions.includes(edition));
    if (!clock) {
      context.addIssue({ code: 'custom', path: ['clockSettings', clockId], message: `no clock ${clockId} in edition ${edition}` });
    } else if (clock.status !== 'U' && clock.status !== 'L') {
      context.addIssue({
        code: 'custom',
        path: ['clockSettings', clockId],
        message: `${clockId} is set by guidance (status ${clock.status}) in ${edition}; a board may only set U or L clocks`,
      });
    }
  }
}

const emailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { error: 'must be an email domain like "sample.gov.uk", without the @' });

export const boardConfigSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a lower-case slug like "sample-partnership"' }),
    name: textSchema,
    areas: z.array(textSchema).min(1, { error: 'name at least one local authority' }),
    edition: editionIdSchema,
    /** Path to the board's threshold document, relative to this file. */
    thresholdDocument: textSchema,
    calendar: boardCalendarSettingsSchema.prefault({}),
    clockSettings: boardClockSettingsSchema.default({}),
    contacts: boardContactsSchema,
    alertRoutes: alertRoutesSchema,
    reminders: z.array(reminderOffsetSchema).default(DEFAULT_REMINDERS),
    roles: boardRolesSchema.prefault({}),
    /** Entra groups per role, on top of the people named in `roles` and those a board admin adds in chat. */
    roleGroups: boardRoleGroupsSchema.prefault({}),
    /** A role given in chat is put to a board admin for confirmation or removal after this many months. */
    roleReviewMonths: z.int().positive().default(12),
    /** Drafter → their manager, who is also reminded (without case detail) about the drafter's unsubmitted drafts. */
    managers: z.record(identitySchema, identitySchema).default({}),
    retention: boardRetentionSchema,
    /**
     * How long the audit trail of a purged record is kept after the purge (domain brief §8: at least as long as the
     * record). Unset: kept indefinitely, and `check` warns. The tombstone itself is kept either way.
     */
    auditTrailYearsAfterPurge: z.int().positive().optional(),
    /** In-progress dialog state and drafts are deleted after this many idle days (domain brief §8: 7). */
    dialogStateInactivityDays: z.int().positive().default(7),
    channels: channelBindingsSchema.prefault({}),
    options: boardOptionsSchema.prefault({}),
    /**
     * Where a form asks for a secure work email (the LADO referrer and case manager), the address must be on one of
     * these domains or under one, e.g. `sample.gov.uk`, `nhs.net`. Unset: any address is taken.
     */
    secureEmailDomains: z.array(emailDomainSchema).min(1, { error: 'list at least one domain, or leave the setting out' }).optional(),
    /** The board's own system; without it, records stay in the built-in board inbox. */
    webhook: boardWebhookSchema.optional(),
  })
  .superRefine((board, context) => checkClockSettings(board.edition, board.clockSettings, context));

export type BoardConfig = z.infer<typeof boardConfigSchema>;
export type BoardConfigInput = z.input<typeof boardConfigSchema>;
