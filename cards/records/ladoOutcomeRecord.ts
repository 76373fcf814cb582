import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { ladoOutcomeSchema, type LadoOutcome } from '../../knowledge/lado/index.ts';
import type { SectionValues, ValuesBySection } from '../forms/formSpec.ts';
import { validatedRecord, type RecordResult } from './recordResult.ts';

/** How the allegation ended, from its answered section (cards/lado/ladoOutcomeForm.ts). */

type Header = { boardId: string; edition: EditionId; referralReference: string };

export function buildLadoOutcome(header: Header, values: ValuesBySection): RecordResult<LadoOutcome> {
  return validatedRecord(ladoOutcomeSchema, { type: 'lado_outcome', schemaVersion: 1, ...header, ...(values.outcome as SectionValues) });
}
