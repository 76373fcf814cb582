import type { z } from 'zod';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { ladoConsultationSchema, type LadoConsultation } from '../../knowledge/lado/ladoConsultation.ts';
import { defineForm, type SectionValues } from '../forms/formSpec.ts';
import { CONSULTATION } from '../../knowledge/lado/ladoGuidance.ts';
import { validatedRecord, type RecordResult } from '../records/recordResult.ts';
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

export function buildLadoConsultation(
  header: { boardId: string; edition: EditionId },
  values: Record<string, SectionValues | SectionValues[] | undefined>,
  askedAt: string,
): RecordResult<LadoConsultation> {
  const candidate: z.input<typeof ladoConsultationSchema> = {
    type: 'lado_consultation',
    schemaVersion: 1,
    ...header,
    askedAt,
    contact: values.contact as z.input<typeof ladoConsultationSchema>['contact'],
    ...(values.question as { question: string }),
  };
  return validatedRecord(ladoConsultationSchema, candidate);
}
