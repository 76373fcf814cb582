import type {} from 'zod';
import type {} from '../../knowledge/editions/editionId.ts';
import { ladoConsultationSchema } from '../../knowledge/lado/ladoConsultation.ts';
import { defineForm } from '../forms/formSpec.ts';
import { CONSULTATION } from '../../knowledge/lado/ladoGuidance.ts';
import { sectionFromSchema } from '../forms/sectionFromSchema.ts';

/** The short consultation request: how the LADO can reach you, and your question. */

const questionSchema = ladoConsultationSchema.pick({ question: true, limbsConsidered: true });

export const ladoConsultationForm = defineForm({
  id: 'ladoConsultation',
  title: 'Ask the LADO for a consultation',
  recordType: 'lado_consultation',
  marking: 'OFFICIAL-SENSITIVE',
  sections: [
    sectionFromSchema('contact', 'How the LADO can reach you', ladoConsultationSchema.shape.contact, { fields: { email: { secureWorkEmail: true } } }),
    sectionFromSchema('question', 'Your question', questionSchema, {
      intro: CONSULTATION.paragraphs.join('\n\n'),
      warnings: ['Never upload or forward indecent images of children: tell the police.'],
      fields: {
        limbsConsidered: {
          choices: [
            { value: 'harmedChild', title: 'May have harmed a child' },
            { value: 'possibleCriminalOffence', title: 'May have committed an offence against or related to a child' },
            { value: 'mayPoseRiskOfHarm', title: 'May pose a risk of harm to children' },
            { value: 'mayBeUnsuitableToWorkWithChildren', title: 'May not be suitable to work with children' },
          ],
        },
      },
    }),
  ],
});
