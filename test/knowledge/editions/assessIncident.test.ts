import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../knowledge/editions/assessIncident.ts';
import type { EditionId } from '../../../knowledge/editions/editionId.ts';
import type { IncidentAnswers } from '../../../knowledge/editions/incidentCriteria.ts';

const nothingSerious: IncidentAnswers = {
  outcome: 'neither',
  abuseOrNeglect: 'notSuspected',
  concernAboutWorkingTogether: false,
  lookedAfter: false,
  diedInCustody: false,
  diedInRegulatedSetting: false,
  incidentInArea: true,
  normallyResidentInArea: true,
};

const scenarios = {
  deathWithSuspectedNeglect: { ...nothingSerious, outcome: 'died', abuseOrNeglect: 'suspected' },
  seriousHarmWithoutJointWorkingConcern: { ...nothingSerious, outcome: 'seriouslyHarmed', abuseOrNeglect: 'suspected' },
  lookedAfterDeathWithoutAbuse: { ...nothingSerious, outcome: 'died', lookedAfter: true },
  careLeaverAged23Died: { ...nothingSerious, outcome: 'died', careLeaverAge: 23 },
  deathInCustody: { ...nothingSerious, outcome: 'died', diedInCustody: true },
} satisfies Record<string, IncidentAnswers>;

type Expected = [edition: EditionId, notification: string, review: string, clockIds: string[], metRuleIds: string[]];

const expectations: Record<keyof typeof scenarios, Expected[]> = {
  deathWithSuspectedNeglect: [
    ['wt2010', 'required', 'scrCriteriaMet', ['SCR_DECISION', 'SIN_2010'], ['10.1', '10.2', '10.5']],
    ['wt2013', 'required', 'scrCriteriaMet', ['SCR_DECISION', 'SIN_2013'], ['10.1', '10.2', '10.5']],
    ['wt2015', 'required', 'scrCriteriaMet', ['SIN_2015', 'SCR_DECISION'], ['15.1', '15.3']],
    ['wt2018', 'required', 'rapidReview', ['SIN', 'RAPID_REVIEW'], ['18.1']],
    ['wt2023', 'required', 'rapidReview', ['SIN', 'RAPID_REVIEW'], ['18.1']],
  ],
  seriousHarmWithoutJointWorkingConcern: [
    ['wt2010', 'required', 'none', ['SIN_2010'], ['10.5']],
    ['wt2013', 'required', 'none', ['SIN_2013'], ['10.5']],
    ['wt2015', 'required', 'none', ['SIN_2015'], ['15.1']],
    ['wt2018', 'required', 'rapidReview', ['SIN', 'RAPID_REVIEW'], ['18.1']],
    ['wt2023', 'required', 'rapidReview', ['SIN', 'RAPID_REVIEW'], ['18.1']],
  ],
  lookedAfterDeathWithoutAbuse: [
    ['wt2010', 'advisable', 'none', ['SIN_2010'], ['10.5']],
    ['wt2013', 'advisable', 'none', ['SIN_2013'], ['10.5']],
    ['wt2015', 'required', 'none', ['SIN_2015'], ['15.1']],
    ['wt2018', 'required', 'none', ['LAC_DEATH_NOTIFY'], ['7.2']],
    ['wt2023', 'required', 'none', ['LAC_DEATH_NOTIFY'], ['7.2']],
  ],
  careLeaverAged23Died: [
    ['wt2010', 'notNeeded', 'none', [], []],
    ['wt2013', 'notNeeded', 'none', [], []],
    ['wt2015', 'notNeeded', 'none', [], []],
    ['wt2018', 'notNeeded', 'none', [], []],
    ['wt2023', 'required', 'none', ['LAC_DEATH_NOTIFY'], ['23.2']],
  ],
  deathInCustody: [
    ['wt2010', 'advisable', 'scrCriteriaMet', ['SCR_DECISION'], ['13.2']],
    ['wt2013', 'advisable', 'scrCriteriaMet', ['SCR_DECISION'], ['13.2']],
    ['wt2015', 'required', 'scrCriteriaMet', ['SIN_2015', 'SCR_DECISION'], ['13.2']],
    ['wt2018', 'notNeeded', 'none', [], []],
    ['wt2023', 'notNeeded', 'none', [], []],
  ],
};

describe.each(Object.keys(scenarios) as (keyof typeof scenarios)[])('assessIncident: %s', (scenario) => {
  it.each(expectations[scenario])('%s: notification %s, review %s', (edition, notification, review, clockIds, metRuleIds) => {
    const assessment = assessIncident(edition, scenarios[scenario]);
    expect(assessment.notification).toBe(notification);
    expect(assessment.scrOrReview).toBe(review);
    expect(assessment.clockIds).toEqual(clockIds);
    expect([...new Set(assessment.metCriteria.map((criterion) => criterion.ruleId))]).toEqual(metRuleIds);
  });
});

describe('assessIncident explains itself', () => {
  it('lists the criteria that were not met, with citations', () => {
    const assessment = assessIncident('wt2013', scenarios.seriousHarmWithoutJointWorkingConcern);
    const reg5HarmLimb = assessment.notMetCriteria.find((criterion) => criterion.text.includes('cause for concern about how agencies worked together'));
    expect(reg5HarmLimb).toMatchObject({ ruleId: '10.1', status: 'S' });
    expect(reg5HarmLimb?.citations.length).toBeGreaterThan(0);
  });

  it('offers reviews below the threshold when no review criteria are met', () => {
    expect(assessIncident('wt2013', scenarios.seriousHarmWithoutJointWorkingConcern).alternatives).toEqual([
      'A learning review of a case below the serious case review threshold',
      'A review of good practice',
      'No review, with the reasons recorded',
    ]);
  });

  it('signposts the CDOP after a child’s death, but not after an adult care leaver’s', () => {
    expect(assessIncident('wt2023', scenarios.deathWithSuspectedNeglect).alternatives.join(' ')).toContain('CDOP');
    const careLeaver = assessIncident('wt2018', scenarios.careLeaverAged23Died).alternatives.join(' ');
    expect(careLeaver).not.toContain('CDOP');
    expect(careLeaver).toContain('The person is an adult');
  });

  it('points to the LSCB where the child lives when it is another area (WT2015)', () => {
    const assessment = assessIncident('wt2015', { ...scenarios.deathWithSuspectedNeglect, normallyResidentInArea: false });
    expect(assessment.alternatives[0]).toBe('The LSCB where the child normally lives decides whether to hold a serious case review: send the notification to it.');
    expect(assessment.decisionBy).toBe('Chair of the LSCB where the child normally lives');
  });

  it('makes notification only advisable when a resident child was harmed elsewhere in England: that area notifies (s16C)', () => {
    const assessment = assessIncident('wt2023', { ...scenarios.deathWithSuspectedNeglect, incidentInArea: false });
    expect(assessment.notification).toBe('advisable');
    expect(assessment.scrOrReview).toBe('none');
  });

  it.each(['wt2018', 'wt2023'] as const)('%s: requires notification when a child normally resident here died or was seriously harmed outside England (s16C(1)(b))', (edition) => {
    for (const outcome of ['died', 'seriouslyHarmed'] as const) {
      const assessment = assessIncident(edition, { ...scenarios.deathWithSuspectedNeglect, outcome, incidentInArea: false, incidentOutsideEngland: true });
      expect(assessment.notification).toBe('required');
      expect(assessment.scrOrReview).toBe('rapidReview');
      expect(assessment.clockIds).toEqual(['SIN', 'RAPID_REVIEW']);
      expect(assessment.metCriteria[0]?.text).toContain('outside England');
    }
  });

  it('does not make this area notify for a child who neither lives nor was harmed here', () => {
    const assessment = assessIncident('wt2023', { ...scenarios.deathWithSuspectedNeglect, incidentInArea: false, incidentOutsideEngland: true, normallyResidentInArea: false });
    expect(assessment.notification).toBe('notNeeded');
  });

  it('flags concern about joint working towards a local review (reg 11(c))', () => {
    const assessment = assessIncident('wt2018', { ...scenarios.seriousHarmWithoutJointWorkingConcern, concernAboutWorkingTogether: true });
    expect(assessment.metCriteria.map((criterion) => criterion.ruleId)).toContain('18.3');
  });

  it('meets regulation 5 for serious harm with concern about joint working (WT2013)', () => {
    expect(assessIncident('wt2013', { ...scenarios.seriousHarmWithoutJointWorkingConcern, concernAboutWorkingTogether: true }).scrOrReview).toBe('scrCriteriaMet');
  });

  it('stops care-leaver notifications after age 24 (WT2023)', () => {
    expect(assessIncident('wt2023', { ...scenarios.careLeaverAged23Died, careLeaverAge: 25 }).notification).toBe('notNeeded');
  });

  it('needs nothing when no one died or was seriously harmed', () => {
    for (const edition of ['wt2010', 'wt2013', 'wt2015', 'wt2018', 'wt2023'] as const) {
      const assessment = assessIncident(edition, nothingSerious);
      expect([assessment.notification, assessment.scrOrReview, assessment.metCriteria]).toEqual(['notNeeded', 'none', []]);
    }
  });
});
