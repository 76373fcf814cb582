import { z } from 'zod';
import type { EditionId } from '../editions/editionId.ts';
import {
  addressSchema,
  ageYearsSchema,
  dateSchema,
  emailSchema,
  fullNameSchema,
  instantSchema,
  narrativeSchema,
  phoneSchema,
  recordHeader,
  requireAgeOrDateOfBirth,
  sexSchema,
  shortTextSchema,
} from '../records/fields.ts';

/** A serious incident notification to the board (domain brief §7.4). The clock starts when the LA became aware. */

export const INCIDENT_NATURES = ['childDeath', 'seriousHarm', 'lookedAfterChildDeath', 'careLeaverDeath', 'deathInRegulatedSetting'] as const;
export type IncidentNature = (typeof INCIDENT_NATURES)[number];

/** Natures that only exist in some editions; the others apply to all. */
const NATURE_EDITIONS: Partial<Record<IncidentNature, EditionId[]>> = {
  careLeaverDeath: ['wt2023'],
  deathInRegulatedSetting: ['wt2015'],
};
/** Whether an edition knows this kind of incident (care-leaver deaths only WT2023, deaths in regulated settings only WT2015). */
export function natureAllowedIn(nature: IncidentNature, edition: EditionId): boolean {
  return NATURE_EDITIONS[nature]?.includes(edition) ?? true;
}

export const DEATHS: readonly IncidentNature[] = ['childDeath', 'lookedAfterChildDeath', 'careLeaverDeath', 'deathInRegulatedSetting'];

/** The legacy Ofsted form's reasons, for WT2010–WT2015 notifications. */
export const OFSTED_NOTIFICATION_REASONS = ['scrConfirmedOrPossible', 'lookedAfterChildDeath', 'deathOrSeriousHarmInChildrensHome', 'seriousHarm', 'staffConduct'] as const;

export const CHILD_LEGAL_STATUSES = ['lookedAfter', 'childProtectionPlan', 'childInNeedPlan', 'knownToAgencies', 'notKnownToAgencies'] as const;

export const PARALLEL_PROCEEDINGS = ['domesticHomicideReview', 'safeguardingAdultsReview', 'disciplinary'] as const;

export const MAX_CHILDREN_IN_DETAIL = 4;

export const sinNotifierSection = z
  .strictObject({
    localAuthority: shortTextSchema.meta({ title: 'Notifying local authority' }),
    name: fullNameSchema.meta({ title: 'Officer’s name', personalData: true }),
    role: shortTextSchema.meta({ title: 'Role' }),
    phone: phoneSchema.meta({ title: 'Phone', personalData: true }),
    email: emailSchema.meta({ title: 'Email', personalData: true }),
  })
  .meta({ title: 'Who is notifying' });

export const sinIncidentSection = z
  .strictObject({
    occurredOn: dateSchema.meta({ title: 'Date of the incident' }),
    occurredAtTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time HH:mm' })
      .optional()
      .meta({ title: 'Time, if known' }),
    location: addressSchema.meta({ title: 'Where it happened', personalData: true }),
    area: z.enum(['inArea', 'outsideEnglandChildResidentHere']).meta({
      title: 'In the area, or outside England for a child normally resident here?',
    }),
  })
  .meta({ title: 'The incident' });
export type SinIncident = z.infer<typeof sinIncidentSection>;

export const sinAbuseOrNeglectSection = z
  .strictObject({
    status: z.enum(['known', 'suspected', 'notSuspected']).meta({ title: 'Abuse or neglect' }),
    categories: z
      .array(z.enum(['physical', 'emotional', 'sexual', 'neglect']))
      .default([])
      .meta({ title: 'Category' }),
  })
  .meta({ title: 'Abuse or neglect' });

export const sinChildSchema = z
  .strictObject({
    fullName: fullNameSchema.meta({ title: 'Full name', personalData: true }),
    dateOfBirth: dateSchema.optional().meta({ title: 'Date of birth', personalData: true }),
    ageYears: ageYearsSchema.optional().meta({ title: 'Age, if date of birth not known', personalData: true }),
    sex: sexSchema.meta({ title: 'Sex', personalData: true }),
    ethnicity: shortTextSchema.optional().meta({ title: 'Ethnicity', personalData: true }),
    disability: shortTextSchema.optional().meta({ title: 'Disability', personalData: true }),
    legalStatus: z.enum(CHILD_LEGAL_STATUSES).meta({ title: 'Status' }),
    placementType: shortTextSchema.optional().meta({ title: 'Placement type' }),
    homeLocalAuthority: shortTextSchema.meta({ title: 'Home local authority' }),
  })
  .superRefine(requireAgeOrDateOfBirth)
  .meta({ title: 'Child' });

export const sinProceedingsSection = z
  .strictObject({
    policeOrCriminal: z.boolean().meta({ title: 'Police investigation or criminal proceedings?' }),
    coroner: z.boolean().meta({ title: 'Coroner involved?' }),
    parallel: z.array(z.enum(PARALLEL_PROCEEDINGS)).default([]).meta({ title: 'Other parallel proceedings' }),
  })
  .meta({ title: 'Proceedings' });

export const sinChildDeathSection = z
  .strictObject({
    cdopNotified: z.boolean().meta({ title: 'Child death review (CDOP) notified?' }),
    cdopReference: shortTextSchema.optional().meta({ title: 'CDOP reference' }),
    residenceArea: shortTextSchema.meta({ title: 'Area where the child lived' }),
    placeOfDeathArea: shortTextSchema.meta({ title: 'Area where the child died' }),
  })
  .meta({ title: 'Child death' });

export const sinOtherChildrenSection = z
  .strictObject({
    atRisk: z.boolean().meta({ title: 'Are other children (siblings first) at risk?' }),
    actionTaken: narrativeSchema.optional().meta({ title: 'Action taken to safeguard them', personalData: true }),
  })
  .meta({ title: 'Other children' });

export const sinPartnerSchema = z.strictObject({
  partner: z.enum(['localAuthority', 'police', 'health', 'other']).meta({ title: 'Partner' }),
  organisation: shortTextSchema.meta({ title: 'Organisation' }),
  agreed: z.boolean().meta({ title: 'Agreed the notification?' }),
});

export const seriousIncidentNotificationSchema = z
  .strictObject({
    ...recordHeader('serious_incident_notification'),
    notifier: sinNotifierSection,
    awareAt: instantSchema.meta({ title: 'When the local authority became aware', description: 'Starts the clock.' }),
    incident: sinIncidentSection,
    nature: z.enum(INCIDENT_NATURES).meta({ title: 'What happened' }),
    ofstedReasons: z.array(z.enum(OFSTED_NOTIFICATION_REASONS)).optional().meta({
      title: 'Reasons on the Ofsted form (WT2010–WT2015)',
    }),
    abuseOrNeglect: sinAbuseOrNeglectSection,
    children: z
      .array(sinChildSchema)
      .min(1)
      .max(MAX_CHILDREN_IN_DETAIL, { error: `give up to ${MAX_CHILDREN_IN_DETAIL} children in detail; describe others in otherChildrenDetails` })
      .meta({ title: 'Children' }),
    otherChildrenDetails: narrativeSchema.optional().meta({ title: 'Further children', personalData: true }),
    agenciesInvolved: z.array(shortTextSchema).default([]).meta({ title: 'Agencies involved' }),
    outline: narrativeSchema.meta({ title: 'Brief factual outline', personalData: true }),
    otherChildren: sinOtherChildrenSection,
    proceedings: sinProceedingsSection,
    childDeath: sinChildDeathSection.optional(),
    mediaInterest: z.enum(['none', 'local', 'national']).meta({ title: 'Media interest' }),
    partnersConsulted: z.array(sinPartnerSchema).default([]).meta({ title: 'Partners consulted' }),
    staffConductConcern: z.boolean().meta({
      title: 'Is there a concern about a member of staff?',
      description: 'If yes, the LADO referral starts too.',
    }),
    reviewRecommended: z.enum(['yes', 'no', 'undecided']).meta({ title: 'Review recommended?' }),
    externalSubmission: z
      .strictObject({
        system: shortTextSchema.meta({ title: 'Where it was submitted', description: 'For example CSINS.' }),
        reference: shortTextSchema.meta({ title: 'Reference' }),
        submittedAt: instantSchema.meta({ title: 'Submitted at' }),
      })
      .optional()
      .meta({ title: 'External submission', description: 'Made outside the bot; recording it stops the clock.' }),
  })
  .superRefine((notification, context) => {
    if (!natureAllowedIn(notification.nature, notification.edition)) {
      context.addIssue({
        code: 'custom',
        path: ['nature'],
        message: `"${notification.nature}" is notifiable only under ${NATURE_EDITIONS[notification.nature]?.join(', ')}, not ${notification.edition}`,
      });
    }
    if (DEATHS.includes(notification.nature) && notification.childDeath === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['childDeath'],
        message: 'is required for a death: confirm the child death review (CDOP) was notified and record both areas',
      });
    }
  })
  .meta({ title: 'Serious incident notification', marking: 'OFFICIAL-SENSITIVE' });

export type SeriousIncidentNotification = z.infer<typeof seriousIncidentNotificationSchema>;
