import { z } from 'zod';
import type {} from '../../knowledge/editions/editionId.ts';
import { ladoOutcomeSchema } from '../../knowledge/lado/ladoOutcome.ts';
import { defineForm } from '../forms/formSpec.ts';
import { OUTCOME_DEFINITIONS } from '../../knowledge/lado/ladoGuidance.ts';
import { sectionFromSchema } from '../forms/sectionFromSchema.ts';

/** How the allegation ended, with the five outcome definitions on the card (knowledge/lado/ladoOutcome.ts). */

const outcome = ladoOutcomeSchema.shape;

const outcomeSection = z
  .strictObject({
    outcome: outcome.outcome,
    outcomeOn: outcome.outcomeOn,
    dbsReferral: outcome.dbsReferral,
    teachingRegulationAgencyReferral: outcome.teachingRegulationAgencyReferral,
    otherRegulator: outcome.otherRegulator,
    learning: outcome.learning,
    closedOn: outcome.closedOn,
  })
  .superRefine((values, context) => {
    if (values.closedOn < values.outcomeOn) context.addIssue({ code: 'custom', path: ['closedOn'], message: 'the case cannot close before the outcome date' });
  });

const { definitions } = OUTCOME_DEFINITIONS;

export const ladoOutcomeForm = defineForm({
  id: 'ladoOutcome',
  title: 'LADO outcome',
  recordType: 'lado_outcome',
  marking: 'OFFICIAL-SENSITIVE',
  sections: [
    sectionFromSchema('outcome', 'Outcome', outcomeSection, {
      intro: OUTCOME_DEFINITIONS.paragraphs.join('\n\n'),
      fields: {
        outcome: {
          style: 'expanded',
          choices: (['substantiated', 'false', 'malicious', 'unsubstantiated', 'unfounded'] as const).map((value) => ({ value, title: definitions[value] })),
        },
        dbsReferral: {
          choices: [
            { value: 'referred', title: 'Referred' },
            { value: 'notRequired', title: 'Not required' },
            { value: 'underConsideration', title: 'Under consideration' },
          ],
        },
      },
    }),
  ],
});
