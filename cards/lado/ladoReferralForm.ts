import { z } from 'zod';
import { professionalContactSchema, SEXES, TEXT_LIMITS } from '../../knowledge/records/fields.ts';
import { LADO_CHILD_STATUSES, ladoActionsFields, ladoAllegationSection, ladoChildSchema, ladoDeclarationSection, ladoSubjectSection, requireOfstedAnswer } from '../../knowledge/lado/ladoReferral.ts';
import { defineForm, type SectionValues } from '../forms/formSpec.ts';
import { sectionFromSchema } from '../forms/sectionFromSchema.ts';
import { LAWFUL_BASIS } from '../../knowledge/lado/ladoGuidance.ts';

/**
 * The LADO referral as the user fills it in, one card per section, declared from the record's own
 * schemas (knowledge/lado/ladoReferral.ts). Where a card cannot hold the record's shape (a nested
 * case manager, a known-or-unknown child), the section is flattened here and ladoReferralRecord.ts
 * puts it back together; the record schema validates the result again.
 */

const contact = professionalContactSchema.shape;

export const ladoReferrerFormSchema = z
  .strictObject({
    ...contact,
    caseManagerName: contact.name.optional().meta({
      title: 'Case manager’s name, if not you',
      description: 'Usually the head teacher; the chair of governors if the head is the person concerned.',
    }),
    caseManagerRole: contact.role.optional().meta({ title: 'Case manager’s role' }),
    caseManagerPhone: contact.phone.optional().meta({ title: 'Case manager’s phone' }),
    caseManagerEmail: contact.email.optional().meta({ title: 'Case manager’s secure work email' }),
  })
  .superRefine((referrer, context) => {
    const caseManager = [referrer.caseManagerName, referrer.caseManagerRole, referrer.caseManagerPhone, referrer.caseManagerEmail];
    if (caseManager.every((value) => value === undefined)) return;
    for (const key of ['caseManagerName', 'caseManagerRole', 'caseManagerPhone', 'caseManagerEmail'] as const) {
      if (referrer[key] === undefined) context.addIssue({ code: 'custom', path: [key], message: 'fill this in too, or leave all the case manager’s details empty' });
    }
  });

const knownOrUnknown = z.enum(['known', 'unknown']);

/** One child per card: either who they are, or what is known about them. */
export const ladoChildFormSchema = z
  .strictObject({
    identity: knownOrUnknown.meta({ title: 'Do you know who the child is?' }),
    fullName: z.string().trim().max(TEXT_LIMITS.short).optional().meta({ title: 'Full name (not initials)' }),
    dateOfBirth: z.iso.date().optional().meta({ title: 'Date of birth' }),
    ageYears: z.int().min(0).max(25).optional().meta({ title: 'Age, if date of birth not known' }),
    sex: z.enum(SEXES).optional().meta({ title: 'Sex' }),
    status: z.enum(LADO_CHILD_STATUSES).optional().meta({ title: 'Is the child looked after, or on a child protection or child in need plan?' }),
    address: z.string().trim().max(TEXT_LIMITS.address).optional().meta({ title: 'Address' }),
    setting: z.string().trim().max(200).optional().meta({ title: 'School or setting' }),
    involvedProfessionals: z.string().trim().max(500).optional().meta({ title: 'Professionals involved' }),
    description: z.string().trim().max(500).optional().meta({
      title: 'If you do not know who: what is known about the child',
      description: 'For example a year group or an age range.',
    }),
  })
  .superRefine((child, context) => {
    const checked = ladoChildSchema.safeParse(childRecordOf(child));
    if (checked.success) return;
    for (const issue of checked.error.issues) {
      // A rule about a field left empty (e.g. "give a date of birth or an age") reads best as a whole-card problem.
      const aboutAnEmptyField = issue.code === 'custom' && child[issue.path[0] as keyof ChildFormValues] === undefined;
      context.addIssue({ code: 'custom', message: issue.message, path: aboutAnEmptyField ? [] : issue.path });
    }
  });

type ChildFormValues = z.infer<typeof ladoChildFormSchema>;

/** The record's child from one child card. */
export function childRecordOf(child: ChildFormValues | SectionValues): z.input<typeof ladoChildSchema> {
  const values = child as Partial<ChildFormValues>;
  if (values.identity === 'unknown') return { identity: 'unknown', description: values.description as string };
  const { identity: _identity, description: _description, ...known } = values;
  return withoutUndefined({ identity: 'known' as const, ...known } as z.input<typeof ladoChildSchema>);
}

function withoutUndefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

export const ladoActionsFormSchema = ladoActionsFields.superRefine(requireOfstedAnswer);

export const CHILD_SAFE_CHOICES = [
  { value: 'yes', title: 'Yes' },
  { value: 'no', title: 'No' },
  { value: 'notSure', title: 'Not sure' },
];

export const ladoDeclarationFormSchema = ladoDeclarationSection.omit({ declaredAt: true });

export const LADO_REFERRAL_SECTIONS = {
  referrer: 'referrer',
  subject: 'subject',
  child: 'child',
  allegation: 'allegation',
  actionsTaken: 'actionsTaken',
  declaration: 'declaration',
} as const;

export const ladoReferralForm = defineForm({
  id: 'ladoReferral',
  title: 'LADO referral',
  recordType: 'lado_referral',
  marking: 'OFFICIAL-SENSITIVE',
  sections: [
    sectionFromSchema(LADO_REFERRAL_SECTIONS.referrer, 'About you', ladoReferrerFormSchema, {
      intro: 'How the LADO can reach you, and the case manager if that is someone else.',
      fields: { email: { secureWorkEmail: true }, caseManagerEmail: { secureWorkEmail: true } },
    }),
    sectionFromSchema(LADO_REFERRAL_SECTIONS.subject, 'The adult concerned', ladoSubjectSection, {
      intro: 'One referral per adult. If the allegation is about more than one adult, I will offer to start the next referral when this one is sent.',
      warnings: ['Do not tell this person about the referral until the LADO advises you.'],
      fields: {
        dateOfBirth: { pastOnly: true },
        startedOn: { pastOnly: true },
        professionalRegistration: {
          choices: [
            { value: 'none', title: 'None' },
            { value: 'teacher', title: 'Teacher (Teaching Regulation Agency; the General Teaching Council before 2012)' },
            { value: 'nmc', title: 'Nursing and Midwifery Council (NMC)' },
            { value: 'hcpc', title: 'Health and Care Professions Council (HCPC)' },
            { value: 'socialWorkEngland', title: 'Social Work England' },
            { value: 'gmc', title: 'General Medical Council (GMC)' },
            { value: 'other', title: 'Another regulator' },
            { value: 'notKnown', title: 'Not known' },
          ],
        },
      },
    }),
    sectionFromSchema(LADO_REFERRAL_SECTIONS.child, 'Children', ladoChildFormSchema, {
      intro: 'One card per child. Give full names, not initials. If you do not know who the child is, say what is known.',
      fields: {
        identity: {
          choices: [
            { value: 'known', title: 'Yes, I know who the child is' },
            { value: 'unknown', title: 'No, not yet' },
          ],
        },
        fullName: { required: false },
        dateOfBirth: { pastOnly: true },
        status: {
          choices: [
            { value: 'lookedAfter', title: 'Looked after (in care)' },
            { value: 'childProtectionPlan', title: 'On a child protection plan' },
            { value: 'childInNeedPlan', title: 'On a child in need plan' },
            { value: 'noneOfThese', title: 'None of these' },
            { value: 'notKnown', title: 'Not known' },
          ],
        },
      },
    }),
    sectionFromSchema(LADO_REFERRAL_SECTIONS.allegation, 'The allegation', ladoAllegationSection, {
      intro: 'Facts only: what was seen or said, when and where. No opinion and no email chains.',
      warnings: ['Do not investigate or interview anyone.', 'Never upload, copy or forward indecent images of children: describe them, keep the device safe and tell the police.'],
      fields: { occurredFrom: { pastOnly: true }, occurredTo: { pastOnly: true } },
    }),
    sectionFromSchema(LADO_REFERRAL_SECTIONS.actionsTaken, 'Actions taken so far', ladoActionsFormSchema, {
      fields: {
        childSafeNow: { choices: CHILD_SAFE_CHOICES, style: 'expanded' },
        ofstedRegistration: {
          choices: [
            { value: 'notRegistered', title: 'No' },
            { value: 'earlyYears', title: 'Yes: early years or childcare' },
            { value: 'childrensHome', title: 'Yes: a children’s home' },
            { value: 'otherSocialCare', title: 'Yes: another social care setting (for example fostering or residential)' },
            { value: 'notKnown', title: 'Not known' },
          ],
        },
        ofstedNotified: {
          choices: [
            { value: 'yes', title: 'Yes' },
            { value: 'notYet', title: 'Not yet' },
          ],
        },
        parentsInformed: {
          choices: [
            { value: 'yes', title: 'Yes' },
            { value: 'no', title: 'No' },
            { value: 'awaitingAdvice', title: 'Not yet: waiting for advice' },
          ],
        },
      },
    }),
    sectionFromSchema(LADO_REFERRAL_SECTIONS.declaration, 'Declaration', ladoDeclarationFormSchema, {
      intro: LAWFUL_BASIS.paragraphs.join('\n\n'),
    }),
  ],
});
