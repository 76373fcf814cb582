import { z } from 'zod';
import {
  seriousIncidentNotificationSchema,
  sinAbuseOrNeglectSection,
  sinChildDeathSection,
  sinChildSchema,
  sinIncidentSection,
  sinNotifierSection,
  sinOtherChildrenSection,
  sinPartnerSchema,
  sinProceedingsSection,
} from '../../knowledge/seriousIncident/seriousIncidentNotification.ts';
import { defineForm, type FormSpec, type SectionSpec } from '../forms/formSpec.ts';
import { sectionFromSchema } from '../forms/sectionFromSchema.ts';

/**
 * The serious incident notification (domain brief §7.4) as the manager fills it in, one card per section, declared
 * from the record's own schemas. What the criteria already settled (what happened, the edition, whether abuse or neglect
 * is known or suspected) is not asked again;
 * deaths get the child death review section. seriousIncidentRecord.ts builds the record and validates it again.
 */

export const SERIOUS_INCIDENT_SECTIONS = {
  awareness: 'awareness',
  notifier: 'notifier',
  incident: 'incident',
  abuseOrNeglect: 'abuseOrNeglect',
  child: 'child',
  whatHappened: 'whatHappened',
  otherChildren: 'otherChildren',
  proceedings: 'proceedings',
  childDeath: 'childDeath',
  partner: 'partner',
  nextSteps: 'nextSteps',
} as const;

const SECTION = SERIOUS_INCIDENT_SECTIONS;
const record = seriousIncidentNotificationSchema.shape;

/** Up to four children in detail; the rest, and the agencies, in words. Agencies are typed one per line. */
export const whatHappenedFormSchema = z.strictObject({
  outline: record.outline.meta({
    title: 'Brief factual outline',
    description: 'What happened, when and where, and what is known so far. Facts, not opinion.',
  }),
  agenciesInvolved: z.string().trim().max(1000).optional().meta({
    title: 'Agencies involved',
    description: 'One per line, for example "Sample Borough children’s social care".',
  }),
  otherChildrenDetails: record.otherChildrenDetails.unwrap().max(2000).optional().meta({
    title: 'More than four children?',
    description: 'Describe the others here; four can be given in detail.',
    personalData: true,
  }),
});

const otherChildrenFormSchema = sinOtherChildrenSection.refine((section) => !section.atRisk || section.actionTaken !== undefined, {
  path: ['actionTaken'],
  error: 'say what has been done to keep them safe',
});

const childDeathFormSchema = sinChildDeathSection.refine((section) => section.cdopNotified || section.cdopReference === undefined, {
  path: ['cdopNotified'],
  error: 'tick this if the child death review was notified, or leave the reference empty',
});

const nextStepsFormSchema = z.strictObject({
  mediaInterest: record.mediaInterest,
  staffConductConcern: record.staffConductConcern,
  reviewRecommended: record.reviewRecommended,
});

const abuseOrNeglectFormSchema = sinAbuseOrNeglectSection.omit({ status: true });

const awarenessFormSchema = z.strictObject({ awareAt: record.awareAt });

function notificationSections(death: boolean): SectionSpec[] {
  return [
    sectionFromSchema(SECTION.awareness, 'When the local authority became aware', awarenessFormSchema, {
      intro: 'The date and time the local authority first knew of the incident (London time). It starts the notification clock. If it was just now, leave it as it is.',
      fields: { awareAt: { pastOnly: true } },
    }),
    sectionFromSchema(SECTION.notifier, 'Who is notifying', sinNotifierSection, {
      intro: 'The officer the board and the national bodies can contact about this notification.',
    }),
    sectionFromSchema(SECTION.incident, 'The incident', sinIncidentSection, {
      fields: {
        occurredOn: { pastOnly: true },
        occurredAtTime: { kind: 'time' },
        area: {
          choices: [
            { value: 'inArea', title: 'In our area' },
            { value: 'outsideEnglandChildResidentHere', title: 'Outside England, for a child who normally lives here' },
          ],
        },
      },
    }),
    // Whether abuse or neglect is known or suspected was answered with the criteria; only its kinds are asked, and only then.
    sectionFromSchema(SECTION.abuseOrNeglect, 'Abuse or neglect', abuseOrNeglectFormSchema, {
      intro: 'You said abuse or neglect is known or suspected. Which kinds? Tick all that apply, or none if it is not clear yet.',
      appliesWhen: ({ facts }) => facts.abuseOrNeglect !== 'notSuspected',
    }),
    sectionFromSchema(SECTION.child, 'Children', sinChildSchema, {
      intro: 'One card per child, up to four. Give full names, not initials. Describe any further children on the next card.',
      fields: {
        legalStatus: {
          choices: [
            { value: 'lookedAfter', title: 'Looked after' },
            { value: 'childProtectionPlan', title: 'Child protection plan' },
            { value: 'childInNeedPlan', title: 'Child in need plan' },
            { value: 'knownToAgencies', title: 'Known to agencies, no plan' },
            { value: 'notKnownToAgencies', title: 'Not known to agencies' },
          ],
        },
        sex: {
          choices: [
            { value: 'female', title: 'Female' },
            { value: 'male', title: 'Male' },
            { value: 'other', title: 'Other' },
            { value: 'notKnown', title: 'Not known' },
          ],
        },
        dateOfBirth: { pastOnly: true },
      },
    }),
    sectionFromSchema(SECTION.whatHappened, 'What happened', whatHappenedFormSchema),
    sectionFromSchema(SECTION.otherChildren, 'Other children', otherChildrenFormSchema, {
      intro: 'Brothers and sisters, and other children in the household, are the first priority.',
      fields: { actionTaken: { kind: 'multiline', maxLength: 2000 } },
    }),
    sectionFromSchema(SECTION.proceedings, 'Police, coroner and other proceedings', sinProceedingsSection),
    ...(death
      ? [
          sectionFromSchema(SECTION.childDeath, 'Child death review', childDeathFormSchema, {
            intro: 'Every child death is reviewed by the child death overview panel (CDOP). If it has not been told yet, tell it now.',
          }),
        ]
      : []),
    sectionFromSchema(SECTION.partner, 'Partners consulted', sinPartnerSchema, {
      intro: 'One card per safeguarding partner or agency you consulted, and whether they agreed the notification.',
      fields: {
        partner: {
          choices: [
            { value: 'localAuthority', title: 'Local authority' },
            { value: 'police', title: 'Police' },
            { value: 'health', title: 'Health' },
            { value: 'other', title: 'Other' },
          ],
        },
      },
    }),
    sectionFromSchema(SECTION.nextSteps, 'Media and next steps', nextStepsFormSchema, {
      fields: {
        mediaInterest: {
          choices: [
            { value: 'none', title: 'None' },
            { value: 'local', title: 'Local' },
            { value: 'national', title: 'National' },
          ],
        },
        reviewRecommended: {
          choices: [
            { value: 'yes', title: 'Yes' },
            { value: 'no', title: 'No' },
            { value: 'undecided', title: 'Not decided yet' },
          ],
        },
      },
    }),
  ];
}

export type NotificationFormKind = 'death' | 'harm';

function notificationForm(kind: NotificationFormKind, id: string, title: string): FormSpec {
  return defineForm({
    id,
    title,
    recordType: 'serious_incident_notification',
    marking: 'OFFICIAL-SENSITIVE',
    sections: notificationSections(kind === 'death'),
  });
}

/** The notification of a death (with the child death review section) or of serious harm. */
export const SERIOUS_INCIDENT_FORMS: Record<NotificationFormKind, FormSpec> = {
  death: notificationForm('death', 'seriousIncidentDeath', 'Serious incident notification: a death'),
  harm: notificationForm('harm', 'seriousIncidentHarm', 'Serious incident notification: serious harm'),
};
