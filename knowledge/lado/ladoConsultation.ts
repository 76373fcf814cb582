import { z } from 'zod';
import { instantSchema, professionalContactSchema, recordHeader, textSchema } from '../records/fields.ts';
import { harmTestLimbSchema } from './harmTestLimbs.ts';

/** A question to the LADO when the caller is unsure whether the harm test is met (domain brief §6.2). */
export const ladoConsultationSchema = z
  .strictObject({
    ...recordHeader('lado_consultation'),
    askedAt: instantSchema.meta({ title: 'Asked at' }),
    contact: professionalContactSchema.meta({ title: 'How the LADO can reach you' }),
    question: textSchema.max(2000).meta({
      title: 'Your question',
      description: 'What happened and what you are unsure about. Describe people by role, not by name.',
      personalData: true,
    }),
    limbsConsidered: z.array(harmTestLimbSchema).default([]).meta({
      title: 'Parts of the harm test that might be met',
    }),
    advice: z.enum(['noFurtherActionWithAdvice', 'pleaseRefer']).optional().meta({
      title: 'LADO advice',
      description: 'Filled in by the LADO: no further action (with advice), or please make a referral.',
    }),
  })
  .meta({ title: 'LADO consultation', marking: 'OFFICIAL-SENSITIVE' });

export type LadoConsultation = z.infer<typeof ladoConsultationSchema>;
