import { z } from 'zod';
import { defineForm } from '../../cards/forms/formSpec.ts';
import { sectionFromSchema } from '../../cards/forms/sectionFromSchema.ts';

/** A small LADO-like form declared the way real forms are: from zod schemas carrying .meta titles. */
export const referrerSchema = z.object({
  fullName: z.string().trim().min(1).max(120).meta({ title: 'Your full name' }),
  email: z.email().max(254).meta({ title: 'Email address', description: 'A secure work address.' }),
  phone: z.string().max(30).optional().meta({ title: 'Phone number' }),
  agency: z.enum(['school', 'health', 'police', 'earlyYears', 'voluntaryOrCommunity', 'faithOrSport', 'other']).meta({
    title: 'Agency type',
  }),
});

export const allegationSchema = z.object({
  cameToAttentionAt: z.iso.datetime({ offset: true }).meta({ title: 'When did your organisation hear of it?' }),
  occurredOn: z.iso.date().optional().meta({ title: 'Date it happened' }),
  categories: z
    .array(z.enum(['physical', 'emotional', 'sexual', 'neglect']))
    .min(1)
    .meta({ title: 'Categories' }),
  childrenInvolved: z.number().int().min(1).max(30).meta({ title: 'How many children are involved?' }),
  repeated: z.boolean().meta({ title: 'Has it happened more than once?' }),
  summary: z.string().trim().min(1).max(2000).meta({
    title: 'Brief factual summary',
    description: 'What was seen or said, by whom. No email chains.',
  }),
});

export const declarationSchema = z.object({
  confirmed: z.literal(true).meta({
    title: 'Declaration',
    description: 'I confirm this is accurate to the best of my knowledge.',
  }),
});

export const referrerSection = sectionFromSchema('referrer', 'About you', referrerSchema, {
  fields: { phone: { placeholder: '01632 960123' } },
});

export const allegationSection = sectionFromSchema('allegation', 'The allegation', allegationSchema, {
  intro: 'Give the facts only. Do not investigate or interview anyone.',
  warnings: ['Never upload or forward indecent images: tell the police.', 'Do not tell the adult concerned before the LADO advises.'],
});

export const declarationSection = sectionFromSchema('declaration', 'Declaration', declarationSchema);

export const sampleForm = defineForm({
  id: 'ladoReferral',
  title: 'LADO referral',
  recordType: 'lado-referral',
  marking: 'OFFICIAL-SENSITIVE',
  sections: [referrerSection, allegationSection, declarationSection],
});

export const completeReferrer = {
  fullName: 'Alex Example',
  email: 'alex@example.org',
  phone: '01632 960123',
  agency: 'school',
};

export const completeAllegation = {
  cameToAttentionAt: '2025-04-22T14:30:00+01:00',
  occurredOn: '2025-04-21',
  categories: ['physical', 'emotional'],
  childrenInvolved: 2,
  repeated: false,
  summary: 'A pupil said a member of staff grabbed their arm in the corridor.',
};
