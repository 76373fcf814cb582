import { z } from 'zod';
import {
  addressSchema,
  ageYearsSchema,
  dateSchema,
  fullNameSchema,
  instantSchema,
  narrativeSchema,
  professionalContactSchema,
  recordHeader,
  requireAgeOrDateOfBirth,
  sexSchema,
  SEXES,
  shortTextSchema,
} from '../records/fields.ts';
import { harmTestLimbSchema } from './harmTestLimbs.ts';

/** A referral to the LADO about one adult who works with children (domain brief §6.4): one form per adult. */

export const ALLEGATION_CATEGORIES = ['physical', 'emotional', 'sexual', 'neglect', 'conduct', 'online'] as const;
export const EMPLOYMENT_BASES = ['employee', 'agency', 'volunteer', 'selfEmployed', 'fosterCarer'] as const;
export const PROFESSIONAL_REGISTRATIONS = ['none', 'teacher', 'nmc', 'hcpc', 'socialWorkEngland', 'gmc', 'other', 'notKnown'] as const;
export const LADO_CHILD_STATUSES = ['lookedAfter', 'childProtectionPlan', 'childInNeedPlan', 'noneOfThese', 'notKnown'] as const;
export const OFSTED_REGISTRATIONS = ['notRegistered', 'earlyYears', 'childrensHome', 'otherSocialCare', 'notKnown'] as const;
export const CHILD_SAFE_ANSWERS = ['yes', 'no', 'notSure'] as const;
const yesNoNotKnown = z.enum(['yes', 'no', 'notKnown']);

/** Settings Ofsted registers, whose allegations Ofsted is told of. */
export function isOfstedRegistered(registration: (typeof OFSTED_REGISTRATIONS)[number]): boolean {
  return registration === 'earlyYears' || registration === 'childrensHome' || registration === 'otherSocialCare';
}

export const ladoGateSection = z
  .strictObject({
    harmTestLimbs: z.array(harmTestLimbSchema).min(1, { error: 'choose at least one limb of the harm test' }).meta({
      title: 'Which parts of the harm test are met?',
      description: 'If you are not sure, ask the LADO for a consultation instead.',
    }),
    immediateDanger: z.boolean().meta({ title: 'Is a child in immediate danger?' }),
    childReferralAlsoNeeded: z.boolean().meta({ title: 'Is a referral about the child needed as well?' }),
  })
  .meta({ title: 'Harm test' });

export const ladoReferrerSection = professionalContactSchema
  .extend({
    caseManager: professionalContactSchema.optional().meta({
      title: 'Case manager, if not you',
      description: 'Usually the head teacher; the chair of governors if the head is the subject.',
    }),
  })
  .meta({ title: 'About you' });

export const ladoSubjectSection = z
  .strictObject({
    name: fullNameSchema.meta({ title: 'Full name', personalData: true }),
    knownAs: shortTextSchema.optional().meta({ title: 'Known as', personalData: true }),
    dateOfBirth: dateSchema.optional().meta({ title: 'Date of birth', personalData: true }),
    ageYears: ageYearsSchema.optional().meta({ title: 'Age, if date of birth not known', personalData: true }),
    sex: sexSchema.meta({ title: 'Sex', personalData: true }),
    ethnicity: shortTextSchema.optional().meta({ title: 'Ethnicity (optional)', personalData: true }),
    address: addressSchema.meta({ title: 'Home address', personalData: true }),
    jobTitle: shortTextSchema.meta({ title: 'Job title' }),
    employer: shortTextSchema.meta({ title: 'Employer', personalData: true }),
    workplace: shortTextSchema.meta({ title: 'Workplace', personalData: true }),
    employmentBasis: z.enum(EMPLOYMENT_BASES).meta({ title: 'Employment basis' }),
    startedOn: dateSchema.optional().meta({ title: 'Start date' }),
    professionalRegistration: z.enum(PROFESSIONAL_REGISTRATIONS).meta({
      title: 'Professional registration',
      description: 'The regulator the person is registered with, if any: it may need a referral of its own.',
    }),
    otherRegulator: shortTextSchema.optional().meta({ title: 'Other regulator, if "other"' }),
    inRegulatedActivity: yesNoNotKnown.meta({
      title: 'Is the person in regulated activity with children?',
      description: 'For example teaching, caring for, supervising or training children regularly. It matters for a referral to the Disclosure and Barring Service.',
    }),
    otherRolesWithChildren: narrativeSchema.optional().meta({
      title: 'Other roles with children or vulnerable adults',
      personalData: true,
    }),
    ownOrCaredForChildren: shortTextSchema.optional().meta({ title: 'Own or cared-for children', personalData: true }),
    previousConcerns: narrativeSchema.optional().meta({
      title: 'Previous allegations or low-level concerns',
      personalData: true,
    }),
    awareOfReferral: yesNoNotKnown.meta({ title: 'Does the person know about this referral?' }),
  })
  .superRefine(requireAgeOrDateOfBirth)
  .superRefine((subject, context) => {
    if (subject.professionalRegistration === 'other' && subject.otherRegulator === undefined) {
      context.addIssue({ code: 'custom', path: ['otherRegulator'], message: 'name the regulator' });
    }
  })
  .meta({ title: 'The adult the allegation is about', description: 'One form per adult; link forms when there are several.' });

const knownChildSchema = z
  .strictObject({
    identity: z.literal('known'),
    fullName: fullNameSchema.meta({ title: 'Full name (not initials)', personalData: true }),
    dateOfBirth: dateSchema.optional().meta({ title: 'Date of birth', personalData: true }),
    ageYears: ageYearsSchema.optional().meta({ title: 'Age, if date of birth not known', personalData: true }),
    sex: z.enum(SEXES, { error: 'choose one, or "not known"' }).meta({ title: 'Sex', personalData: true }),
    status: z.enum(LADO_CHILD_STATUSES, { error: 'choose one, or "not known"' }).meta({
      title: 'Is the child looked after, or on a child protection or child in need plan?',
      personalData: true,
    }),
    address: addressSchema.optional().meta({ title: 'Address', personalData: true }),
    setting: shortTextSchema.optional().meta({ title: 'School or setting', personalData: true }),
    involvedProfessionals: narrativeSchema.optional().meta({ title: 'Professionals involved', personalData: true }),
  })
  .superRefine(requireAgeOrDateOfBirth);

const unknownChildSchema = z.strictObject({
  identity: z.literal('unknown'),
  description: narrativeSchema.meta({
    title: 'What is known about the child',
    description: 'For example a year group or an age range.',
    personalData: true,
  }),
});

export const ladoChildSchema = z.discriminatedUnion('identity', [knownChildSchema, unknownChildSchema]).meta({ title: 'Child' });

export const ladoChildrenSection = z.array(ladoChildSchema).min(1, { error: 'add at least one child (use "unknown" if you do not know who)' }).meta({ title: 'Children' });

export const ladoAllegationSection = z
  .strictObject({
    raisedBy: shortTextSchema.meta({ title: 'Who raised it', description: 'For example "pupil", "parent", "colleague".' }),
    relationshipToSubject: shortTextSchema.meta({ title: 'Their relationship to the adult' }),
    occurredFrom: dateSchema.meta({ title: 'When it happened (or started)' }),
    occurredTo: dateSchema.optional().meta({ title: 'When it ended, if repeated' }),
    place: shortTextSchema.meta({ title: 'Where it happened', personalData: true }),
    categories: z.array(z.enum(ALLEGATION_CATEGORIES)).min(1).meta({ title: 'Category' }),
    pattern: z.enum(['single', 'repeated']).meta({ title: 'Single incident or repeated?' }),
    afterAuthorisedRestraint: z.boolean().meta({ title: 'Did it follow authorised restraint?' }),
    summary: narrativeSchema.meta({
      title: 'Brief factual summary',
      description: 'What was seen or said, in plain words. No email chains, and no opinion.',
      personalData: true,
    }),
  })
  .superRefine((allegation, context) => {
    if (allegation.occurredTo !== undefined && allegation.occurredTo < allegation.occurredFrom) {
      context.addIssue({ code: 'custom', path: ['occurredTo'], message: 'must not be before occurredFrom' });
    }
  })
  .meta({ title: 'The allegation' });

/** The actions as the referrer answers them; the record adds when the immediate actions were shown. */
export const ladoActionsFields = z.strictObject({
  childSafeNow: z.enum(CHILD_SAFE_ANSWERS).meta({
    title: 'Is the child safe now?',
    description: 'Safe from the adult and from any immediate danger. If not, or if you are not sure, I will show you what to do first.',
  }),
  policeInformed: z.boolean().meta({ title: 'Have the police been told?' }),
  policeReference: shortTextSchema.optional().meta({ title: 'Police reference' }),
  childrensSocialCareInformed: z.boolean().meta({ title: "Have children's social care (MASH) been told?" }),
  parentsInformed: z.enum(['yes', 'no', 'awaitingAdvice']).meta({ title: 'Have the parents been told?' }),
  subjectTold: z.boolean().meta({ title: 'Has the adult been told?' }),
  employmentAction: z.enum(['none', 'suspended', 'redeployed', 'other']).meta({ title: 'Suspension or redeployment' }),
  evidenceSecured: z.boolean().meta({ title: 'Has evidence been kept safe?' }),
  ofstedRegistration: z.enum(OFSTED_REGISTRATIONS).meta({ title: 'Is the setting where the adult works registered with Ofsted?' }),
  ofstedNotified: z.enum(['yes', 'notYet']).optional().meta({
    title: 'Has Ofsted been told of the allegation?',
    description: 'Asked when the setting is registered with Ofsted, such as early years or a children’s home. Type why? for the sources.',
  }),
});

type ActionsAnswers = z.infer<typeof ladoActionsFields>;

/** An Ofsted-registered setting says whether Ofsted has been told. */
export function requireOfstedAnswer(actions: ActionsAnswers, context: z.core.$RefinementCtx): void {
  if (isOfstedRegistered(actions.ofstedRegistration) && actions.ofstedNotified === undefined) {
    context.addIssue({ code: 'custom', path: ['ofstedNotified'], message: 'the setting is registered with Ofsted: say whether Ofsted has been told' });
  }
}

export const ladoActionsSection = ladoActionsFields
  .extend({
    immediateActionsShownAt: instantSchema.optional().meta({
      title: 'When the immediate actions were shown',
      description: 'Set by the assistant when the referrer said the child was not safe, or was not sure: 999, the LADO and the emergency duty team.',
    }),
  })
  .superRefine(requireOfstedAnswer)
  .superRefine((actions, context) => {
    if (actions.childSafeNow !== 'yes' && actions.immediateActionsShownAt === undefined) {
      context.addIssue({ code: 'custom', path: ['immediateActionsShownAt'], message: 'the child is not known to be safe: the immediate actions must be shown first' });
    }
  })
  .meta({ title: 'Actions taken so far' });

export const ladoDeclarationSection = z
  .strictObject({
    subjectConsentNotNeeded: z.literal(true, { error: 'confirm you understand the adult’s consent is not needed' }).meta({
      title: 'I understand the adult’s consent is not needed for this referral',
    }),
    lawfulBasisShown: z.literal(true, { error: 'confirm you have read the lawful basis' }).meta({
      title: 'I have read the lawful basis for sharing this information',
    }),
    declaredAt: instantSchema.meta({ title: 'Declared at' }),
  })
  .meta({ title: 'Declaration' });

export const ladoReferralSchema = z
  .strictObject({
    ...recordHeader('lado_referral'),
    allegationKnownAt: instantSchema.meta({
      title: 'When the allegation came to your attention',
      description: 'Starts the clock to tell the LADO.',
    }),
    gate: ladoGateSection,
    referrer: ladoReferrerSection,
    subject: ladoSubjectSection,
    children: ladoChildrenSection,
    allegation: ladoAllegationSection,
    actionsTaken: ladoActionsSection,
    declaration: ladoDeclarationSection,
  })
  .meta({ title: 'LADO referral', marking: 'OFFICIAL-SENSITIVE' });

export type LadoReferral = z.infer<typeof ladoReferralSchema>;
