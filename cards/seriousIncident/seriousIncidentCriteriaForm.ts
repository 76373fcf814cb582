import { z } from 'zod';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import type { IncidentAnswers, IncidentCondition } from '../../knowledge/editions/incidentCriteria.ts';
import { defineForm, type FormSpec, type SectionValues } from '../forms/formSpec.ts';
import { sectionFromSchema } from '../forms/sectionFromSchema.ts';

/**
 * The serious incident criteria as plain questions on one card. Each edition is asked only what its own criteria
 * (knowledge/editions/incidentCriteria.ts) turn on, so a WT2013 manager is never asked about care leavers.
 */

export const SERIOUS_INCIDENT_CRITERIA_FORM_ID = 'seriousIncidentCriteria';

const yesNo = z.enum(['yes', 'no']);

const questions = {
  outcome: z.enum(['died', 'seriouslyHarmed', 'neither']).meta({ title: 'What happened?' }),
  abuseOrNeglect: z.enum(['known', 'suspected', 'notSuspected']).meta({ title: 'Is abuse or neglect known or suspected?' }),
  person: z.enum(['child', 'careLeaver']).meta({ title: 'Who is this about?' }),
  careLeaverAge: z.int().min(18).max(120).optional().meta({ title: 'Their age, if a care leaver aged 18 or over' }),
  lookedAfter: z.boolean().meta({ title: 'The child was looked after by a local authority' }),
  concernAboutWorkingTogether: z.boolean().meta({ title: 'There is cause for concern about how agencies worked together to safeguard the child' }),
  diedInCustody: z.boolean().meta({
    title: 'The child died in custody, on remand, in a young offender institution, secure training centre or secure children’s home, or while detained under the Mental Health Act',
  }),
  diedInRegulatedSetting: z.boolean().meta({ title: 'The child died in a regulated setting, such as a children’s home' }),
  incidentInArea: z.enum(['yes', 'no', 'outsideEngland']).meta({ title: 'Did it happen in our area?' }),
  normallyResidentInArea: yesNo.meta({ title: 'Does the child normally live in our area?' }),
};
type Question = keyof typeof questions;

/** The questions an edition's criteria turn on, in the order a person would answer them. */
const ASKED_ALWAYS: Question[] = ['outcome', 'abuseOrNeglect'];
const QUESTION_OF_CONDITION: Record<keyof IncidentCondition, Question[]> = {
  outcome: [],
  abuseOrNeglect: [],
  isChild: ['person', 'careLeaverAge'],
  careLeaverAgeAtMost: ['person', 'careLeaverAge'],
  lookedAfter: ['lookedAfter'],
  concernAboutWorkingTogether: ['concernAboutWorkingTogether'],
  diedInCustody: ['diedInCustody'],
  diedInRegulatedSetting: ['diedInRegulatedSetting'],
  incidentInArea: ['incidentInArea'],
  incidentOutsideEngland: ['incidentInArea'],
  normallyResidentInArea: ['normallyResidentInArea'],
};
const QUESTION_ORDER = Object.keys(questions) as Question[];

export function criteriaQuestionsOf(edition: EditionId): Question[] {
  const pack = getEdition(edition);
  const asked = new Set<Question>(ASKED_ALWAYS);
  for (const criterion of pack.incidentCriteria) {
    for (const condition of Object.keys(criterion.when) as (keyof IncidentCondition)[]) {
      for (const question of QUESTION_OF_CONDITION[condition]) asked.add(question);
    }
  }
  if (pack.reviewDecidedWhereChildLives) asked.add('normallyResidentInArea');
  return QUESTION_ORDER.filter((question) => asked.has(question));
}

export function incidentCriteriaForm(edition: EditionId): FormSpec {
  const pack = getEdition(edition);
  const asked = criteriaQuestionsOf(edition);
  const schema = z
    .strictObject(Object.fromEntries(asked.map((question) => [question, questions[question]])) as Partial<typeof questions>)
    .refine((answers) => answers.person !== 'careLeaver' || answers.careLeaverAge !== undefined, {
      path: ['careLeaverAge'],
      error: 'give the care leaver’s age',
    });
  const harm = pack.seriousHarmDefinition;
  return defineForm({
    id: SERIOUS_INCIDENT_CRITERIA_FORM_ID,
    title: 'Serious incident: the criteria',
    recordType: 'serious_incident_notification',
    sections: [
      sectionFromSchema('criteria', `The criteria under ${pack.title}`, schema, {
        intro: 'Answer with what you know now; you do not need to be certain. I will say which criteria are met and whether the board must be notified.',
        fields: {
          outcome: {
            choices: [
              { value: 'died', title: 'The child died (including suspected suicide)' },
              { value: 'seriouslyHarmed', title: 'The child was seriously harmed' },
              { value: 'neither', title: 'Neither' },
            ],
            ...(harm === undefined ? {} : { help: `${harm.title}: ${harm.text}` }),
          },
          abuseOrNeglect: {
            choices: [
              { value: 'known', title: 'Known' },
              { value: 'suspected', title: 'Suspected' },
              { value: 'notSuspected', title: 'Not suspected' },
            ],
          },
          person: {
            choices: [
              { value: 'child', title: 'A child (under 18, or unborn)' },
              { value: 'careLeaver', title: 'A care leaver aged 18 or over' },
            ],
          },
          incidentInArea: {
            choices: [
              { value: 'yes', title: 'Yes, in our area' },
              { value: 'no', title: 'No, elsewhere in England' },
              { value: 'outsideEngland', title: 'No, outside England' },
            ],
          },
          normallyResidentInArea: {
            choices: [
              { value: 'yes', title: 'Yes' },
              { value: 'no', title: 'No, elsewhere' },
            ],
          },
        },
      }),
    ],
  });
}

/** The criteria answers from the card; what an edition does not ask cannot change its answer, so it takes a neutral value. */
export function incidentAnswersOf(values: SectionValues): IncidentAnswers {
  const answers = values as Partial<Record<Question, unknown>>;
  return {
    outcome: answers.outcome as IncidentAnswers['outcome'],
    abuseOrNeglect: answers.abuseOrNeglect as IncidentAnswers['abuseOrNeglect'],
    concernAboutWorkingTogether: answers.concernAboutWorkingTogether === true,
    lookedAfter: answers.lookedAfter === true,
    ...(answers.person === 'careLeaver' && typeof answers.careLeaverAge === 'number' ? { careLeaverAge: answers.careLeaverAge } : {}),
    diedInCustody: answers.diedInCustody === true,
    diedInRegulatedSetting: answers.diedInRegulatedSetting === true,
    incidentInArea: answers.incidentInArea === undefined || answers.incidentInArea === 'yes',
    incidentOutsideEngland: answers.incidentInArea === 'outsideEngland',
    normallyResidentInArea: answers.normallyResidentInArea !== 'no',
  };
}
