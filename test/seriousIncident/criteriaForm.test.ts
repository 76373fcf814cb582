import { describe, expect, it } from 'vitest';
import { parseSectionSubmission } from '../../cards/forms/parseSubmission.ts';
import { criteriaQuestionsOf, incidentAnswersOf, incidentCriteriaForm } from '../../cards/seriousIncident/seriousIncidentCriteriaForm.ts';
import { incidentNatureOf } from '../../knowledge/seriousIncident/incidentNature.ts';
import { assessIncident } from '../../knowledge/editions/assessIncident.ts';
import { EDITION_IDS, type EditionId } from '../../knowledge/editions/editionId.ts';

/** The criteria card as a manager answers it: only the questions the edition asks, as the card sends them. */
function answer(edition: EditionId, given: Record<string, string>) {
  const asked = new Set(criteriaQuestionsOf(edition));
  const section = incidentCriteriaForm(edition).sections[0]!;
  const sent = Object.fromEntries(Object.entries(given).filter(([question]) => asked.has(question as never)));
  const parsed = parseSectionSubmission(section, sent);
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('; '));
  return incidentAnswersOf(parsed.values);
}

const nothing = {
  person: 'child',
  lookedAfter: 'false',
  concernAboutWorkingTogether: 'false',
  diedInCustody: 'false',
  diedInRegulatedSetting: 'false',
  incidentInArea: 'yes',
  normallyResidentInArea: 'yes',
};
const CASES = {
  'death with suspected neglect': { ...nothing, outcome: 'died', abuseOrNeglect: 'suspected' },
  'serious harm without concern about joint working': { ...nothing, outcome: 'seriouslyHarmed', abuseOrNeglect: 'suspected' },
  'looked-after child death without abuse': { ...nothing, outcome: 'died', abuseOrNeglect: 'notSuspected', lookedAfter: 'true' },
  'care leaver aged 23': { ...nothing, outcome: 'died', abuseOrNeglect: 'notSuspected', person: 'careLeaver', careLeaverAge: '23' },
  'death in custody': { ...nothing, outcome: 'died', abuseOrNeglect: 'notSuspected', diedInCustody: 'true' },
};

type Expected = [notification: string, review: string, nature: string | undefined];
const EXPECTED: Record<keyof typeof CASES, Record<EditionId, Expected>> = {
  'death with suspected neglect': {
    wt2010: ['required', 'scrCriteriaMet', 'childDeath'],
    wt2013: ['required', 'scrCriteriaMet', 'childDeath'],
    wt2015: ['required', 'scrCriteriaMet', 'childDeath'],
    wt2018: ['required', 'rapidReview', 'childDeath'],
    wt2023: ['required', 'rapidReview', 'childDeath'],
  },
  'serious harm without concern about joint working': {
    wt2010: ['required', 'none', 'seriousHarm'],
    wt2013: ['required', 'none', 'seriousHarm'],
    wt2015: ['required', 'none', 'seriousHarm'],
    wt2018: ['required', 'rapidReview', 'seriousHarm'],
    wt2023: ['required', 'rapidReview', 'seriousHarm'],
  },
  'looked-after child death without abuse': {
    wt2010: ['advisable', 'none', 'lookedAfterChildDeath'],
    wt2013: ['advisable', 'none', 'lookedAfterChildDeath'],
    wt2015: ['required', 'none', 'lookedAfterChildDeath'],
    wt2018: ['required', 'none', 'lookedAfterChildDeath'],
    wt2023: ['required', 'none', 'lookedAfterChildDeath'],
  },
  'care leaver aged 23': {
    wt2010: ['notNeeded', 'none', undefined],
    wt2013: ['notNeeded', 'none', undefined],
    wt2015: ['notNeeded', 'none', undefined],
    wt2018: ['notNeeded', 'none', undefined],
    wt2023: ['required', 'none', 'careLeaverDeath'],
  },
  'death in custody': {
    wt2010: ['advisable', 'scrCriteriaMet', 'childDeath'],
    wt2013: ['advisable', 'scrCriteriaMet', 'childDeath'],
    wt2015: ['required', 'scrCriteriaMet', 'childDeath'],
    wt2018: ['notNeeded', 'none', 'childDeath'],
    wt2023: ['notNeeded', 'none', 'childDeath'],
  },
};

describe('the criteria card gives each edition’s answer', () => {
  const table = Object.entries(CASES).flatMap(([name, given]) => EDITION_IDS.map((edition) => [name, edition, given, EXPECTED[name as keyof typeof CASES][edition]] as const));
  it.each(table)('%s under %s', (_name, edition, given, [notification, review, nature]) => {
    const answers = answer(edition, given);
    const assessment = assessIncident(edition, answers);
    expect([assessment.notification, assessment.scrOrReview, incidentNatureOf(edition, answers)]).toEqual([notification, review, nature]);
  });
});

describe('the criteria card asks what the edition’s criteria turn on', () => {
  it.each([
    ['wt2013', ['outcome', 'abuseOrNeglect', 'person', 'careLeaverAge', 'lookedAfter', 'concernAboutWorkingTogether', 'diedInCustody', 'diedInRegulatedSetting']],
    ['wt2015', ['outcome', 'abuseOrNeglect', 'person', 'careLeaverAge', 'lookedAfter', 'concernAboutWorkingTogether', 'diedInCustody', 'diedInRegulatedSetting', 'normallyResidentInArea']],
    ['wt2023', ['outcome', 'abuseOrNeglect', 'person', 'careLeaverAge', 'lookedAfter', 'concernAboutWorkingTogether', 'incidentInArea', 'normallyResidentInArea']],
  ] as const)('%s', (edition, questions) => {
    expect(criteriaQuestionsOf(edition)).toEqual(questions);
  });

  it('shows the edition’s definition of serious harm where it has one, WT2018 included', () => {
    const outcome = (edition: EditionId) => incidentCriteriaForm(edition).sections[0]!.fields.find((field) => field.id === 'outcome')?.help ?? '';
    expect(outcome('wt2023')).toContain('physical health');
    expect(outcome('wt2018')).toContain('physical health');
    expect(outcome('wt2018')).toContain('Serious harm (WT2018)');
    expect(outcome('wt2013')).toBe('');
  });

  it.each(['wt2018', 'wt2023'] as const)('%s: asks whether it happened outside England, and then says this area must notify (s16C)', (edition) => {
    const where = incidentCriteriaForm(edition).sections[0]!.fields.find((field) => field.id === 'incidentInArea');
    expect(where?.choices?.map((choice) => choice.title)).toEqual(['Yes, in our area', 'No, elsewhere in England', 'No, outside England']);
    const answers = answer(edition, { ...nothing, outcome: 'seriouslyHarmed', abuseOrNeglect: 'suspected', incidentInArea: 'outsideEngland' });
    const assessment = assessIncident(edition, answers);
    expect([assessment.notification, assessment.scrOrReview]).toEqual(['required', 'rapidReview']);
    const elsewhereInEngland = assessIncident(edition, answer(edition, { ...nothing, outcome: 'seriouslyHarmed', abuseOrNeglect: 'suspected', incidentInArea: 'no' }));
    expect(elsewhereInEngland.notification).toBe('advisable');
  });

  it('covers unborn children', () => {
    const person = incidentCriteriaForm('wt2023').sections[0]!.fields.find((field) => field.id === 'person');
    expect(person?.choices?.[0]?.title).toBe('A child (under 18, or unborn)');
  });

  it('asks a care leaver’s age, and says so when it is missing', () => {
    const section = incidentCriteriaForm('wt2023').sections[0]!;
    const problems = (given: Record<string, string>) => {
      const parsed = parseSectionSubmission(section, { outcome: 'died', abuseOrNeglect: 'notSuspected', person: 'careLeaver', incidentInArea: 'yes', normallyResidentInArea: 'yes', ...given });
      return parsed.ok ? [] : parsed.problems.map((problem) => problem.message);
    };
    expect(problems({})).toEqual(['Their age, if a care leaver aged 18 or over: enter a number, like 12']);
    expect(problems({ careLeaverAge: '16' })).toEqual(['Their age, if a care leaver aged 18 or over: enter a number of at least 18']);
  });
});
