import type { z } from 'zod';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { ladoConsultationSchema, type LadoConsultation } from '../../knowledge/lado/index.ts';
import type { ValuesBySection } from '../forms/formSpec.ts';
import { validatedRecord, type RecordResult } from './recordResult.ts';

/** The consultation request from its answered sections (cards/lado/ladoConsultationForm.ts). */
export function buildLadoConsultation(header: { boardId: string; edition: EditionId }, values: ValuesBySection, askedAt: string): RecordResult<LadoConsultation> {
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
