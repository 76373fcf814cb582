import { describe, expect, it } from 'vitest';
import { executiveSummaryForm } from '../../cards/seriousIncident/executiveSummaryForm.ts';
import { buildExecutiveSummary } from '../../cards/records/executiveSummaryRecord.ts';
import { buildSeriousIncidentDecision } from '../../cards/records/seriousIncidentDecisionRecord.ts';
import { buildSeriousIncidentMilestone } from '../../cards/records/seriousIncidentMilestoneRecord.ts';
import type { FormSpec, SectionValues } from '../../cards/forms/formSpec.ts';
import { parseSectionSubmission } from '../../cards/forms/parseSubmission.ts';
import { seriousIncidentDecisionForm } from '../../cards/seriousIncident/seriousIncidentDecisionForm.ts';
import { SERIOUS_INCIDENT_FORMS } from '../../cards/seriousIncident/seriousIncidentForm.ts';
import { seriousIncidentMilestoneForm } from '../../cards/seriousIncident/seriousIncidentMilestoneForm.ts';
import { buildSeriousIncidentNotification, type SeriousIncidentFacts } from '../../cards/records/seriousIncidentRecord.ts';
import { CHILD_NAME, VALID } from './seriousIncidentChat.ts';

/** Each section as the card sends it, parsed the way the form walk does; a list for a repeatable section. */
function parsed(form: FormSpec, raw: Record<string, Record<string, string> | Record<string, string>[]>): Record<string, SectionValues | SectionValues[]> {
  const parseOne = (sectionId: string, values: Record<string, string>) => {
    const result = parseSectionSubmission(
      form.sections.find((section) => section.id === sectionId)!,
      values,
    );
    if (!result.ok) throw new Error(`${sectionId}: ${result.problems.map((problem) => problem.message).join('; ')}`);
    return result.values;
  };
  return Object.fromEntries(Object.entries(raw).map(([sectionId, values]) => [sectionId, Array.isArray(values) ? values.map((item) => parseOne(sectionId, item)) : parseOne(sectionId, values)]));
}

const NOW = new Date('2026-11-24T10:00:00Z');
const facts: SeriousIncidentFacts = {
  boardId: 'sample-partnership',
  edition: 'wt2013',
  nature: 'childDeath',
  scrCriteriaMet: true,
  assessedClockIds: ['SCR_DECISION', 'SIN_2013'],
  abuseOrNeglect: 'suspected',
};
const deathAnswers = {
  awareness: { 'awareAt.date': '2026-11-23', 'awareAt.time': '10:15' },
  ...VALID,
  child: [VALID.child, { ...VALID.child, fullName: 'Second Canarychild', ageYears: '', dateOfBirth: '2019-02-03' }],
  partner: [VALID.partner],
};

describe('the notification record', () => {
  it('is built from every section, with the Ofsted form’s reasons for WT2013 and the agencies one per line', () => {
    const built = buildSeriousIncidentNotification(facts, parsed(SERIOUS_INCIDENT_FORMS.death, deathAnswers), NOW);
    if (!built.ok) throw new Error(built.problems.join('; '));
    expect(built.record).toMatchObject({
      awareAt: '2026-11-23T10:15:00+00:00',
      nature: 'childDeath',
      ofstedReasons: ['scrConfirmedOrPossible'],
      agenciesInvolved: ['Health visiting', 'Children’s social care'],
      // Answered with the criteria, not asked again on the notification.
      abuseOrNeglect: { status: 'suspected', categories: ['neglect'] },
      childDeath: { cdopNotified: true, cdopReference: 'CDOP-123' },
    });
    expect(built.record.children.map((child) => child.fullName)).toEqual([CHILD_NAME, 'Second Canarychild']);
  });

  it('has no Ofsted reasons from WT2018 on', () => {
    const built = buildSeriousIncidentNotification({ ...facts, edition: 'wt2023' }, parsed(SERIOUS_INCIDENT_FORMS.death, deathAnswers), NOW);
    expect(built.ok && built.record.ofstedReasons).toBeUndefined();
  });

  it('refuses an awareness in the future, and an incident dated after it, without repeating what was entered', () => {
    const future = parsed(SERIOUS_INCIDENT_FORMS.death, { ...deathAnswers, awareness: { 'awareAt.date': '2026-11-25', 'awareAt.time': '09:00' } });
    expect(buildSeriousIncidentNotification(facts, future, NOW)).toEqual({ ok: false, problems: [expect.stringContaining('this is in the future')] });
    const before = parsed(SERIOUS_INCIDENT_FORMS.death, { ...deathAnswers, awareness: { 'awareAt.date': '2026-11-21', 'awareAt.time': '09:00' } });
    const refused = buildSeriousIncidentNotification(facts, before, NOW);
    expect(refused).toEqual({ ok: false, problems: [expect.stringContaining('its date is after the local authority became aware')] });
    expect(JSON.stringify(refused)).not.toContain(CHILD_NAME);
  });

  it('refuses more than four children in detail, saying where the others go', () => {
    const five = { ...deathAnswers, child: Array.from({ length: 5 }, () => VALID.child) };
    const built = buildSeriousIncidentNotification(facts, parsed(SERIOUS_INCIDENT_FORMS.death, five), NOW);
    expect(built.ok ? [] : built.problems).toEqual(['children: give up to 4 children in detail; describe others in otherChildrenDetails']);
  });

  it('asks for action taken when other children are at risk, on the card', () => {
    const section = SERIOUS_INCIDENT_FORMS.harm.sections.find((candidate) => candidate.id === 'otherChildren')!;
    const result = parseSectionSubmission(section, { atRisk: 'true' });
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual(['Action taken to safeguard them: fill this in']);
  });

  it('has a child death review card only for a death', () => {
    expect(SERIOUS_INCIDENT_FORMS.death.sections.map((section) => section.id)).toContain('childDeath');
    expect(SERIOUS_INCIDENT_FORMS.harm.sections.map((section) => section.id)).not.toContain('childDeath');
  });
});

describe('the review decision record', () => {
  const header = { boardId: 'sample-partnership', edition: 'wt2013' as const, incidentReference: 'SIN-2026-000001' };
  const answers = {
    criteria: { criterion1: 'yes', criterion2: 'no', criterion3: 'yes', criterion4: 'no', rationale: 'The child died and neglect is suspected.' },
    decision: { outcome: 'noReview', reasons: 'A multi-agency audit is already under way.', decidedOn: '2026-11-24', reasonAgainstCriteria: 'The coroner and the police are leading.' },
  };

  it('keeps an answer and the reasons for every criterion of the edition, and the chair as decision-maker', () => {
    const built = buildSeriousIncidentDecision(header, parsed(seriousIncidentDecisionForm('wt2013'), answers), NOW);
    if (!built.ok) throw new Error(built.problems.join('; '));
    expect(built.record.criteria.map((criterion) => [criterion.criterion.slice(0, 4), criterion.answer])).toEqual([
      ['10.1', 'yes'],
      ['10.1', 'no'],
      ['10.2', 'yes'],
      ['13.2', 'no'],
    ]);
    expect(built.record).toMatchObject({ decision: { framework: 'scr', outcome: 'noReview' }, decisionMaker: 'chair', reviewers: [] });
    expect(built.record.goesAgainstCriteria).toMatchObject({ reason: 'The coroner and the police are leading.' });
    expect(built.record.goesAgainstCriteria?.criteria.map((criterion) => criterion.slice(0, 4))).toEqual(['10.1', '10.2']);
  });

  it('refuses "no review" against a criterion that always requires one unless a reason is given', () => {
    const { reasonAgainstCriteria: _reason, ...withoutReason } = answers.decision;
    const built = buildSeriousIncidentDecision(header, parsed(seriousIncidentDecisionForm('wt2013'), { ...answers, decision: withoutReason }), NOW);
    expect(built.ok ? [] : built.problems.join(' ')).toContain('it goes against 10.1, 10.2, answered as met');
  });

  it('decides on an LCSPR by the safeguarding partners from WT2018', () => {
    const lcspr = {
      criteria: { criterion1: 'yes', criterion2: 'notKnown', criterion3: 'no', rationale: 'Rapid review found learning.' },
      decision: { outcome: 'lcspr', reasons: 'Learning about joint working.', decidedOn: '2026-11-24' },
    };
    const built = buildSeriousIncidentDecision({ ...header, edition: 'wt2023' }, parsed(seriousIncidentDecisionForm('wt2023'), lcspr), NOW);
    expect(built.ok && [built.record.decision, built.record.decisionMaker]).toEqual([{ framework: 'lcspr', outcome: 'lcspr' }, 'safeguardingPartners']);
  });

  it('refuses a decision dated in the future', () => {
    const future = { ...answers, decision: { ...answers.decision, decidedOn: '2026-12-01' } };
    expect(buildSeriousIncidentDecision(header, parsed(seriousIncidentDecisionForm('wt2013'), future), NOW).ok).toBe(false);
  });
});

describe('milestones', () => {
  const header = { boardId: 'sample-partnership', edition: 'wt2013' as const, reviewReference: 'SIN-2026-000001' };
  const publish = { milestone: { kind: 'published', on: '2026-11-20', url: 'https://example.org/reviews/child-z' } };

  it('keep a published report online for the edition’s minimum unless a date is given', () => {
    const built = buildSeriousIncidentMilestone(header, parsed(seriousIncidentMilestoneForm('wt2013'), publish), NOW, () => '2027-11-20');
    expect(built.ok && built.record.milestone).toEqual({ kind: 'published', on: '2026-11-20', url: 'https://example.org/reviews/child-z', removeNotBefore: '2027-11-20' });
  });

  it('need the date to keep it online until where the edition sets none', () => {
    const built = buildSeriousIncidentMilestone({ ...header, edition: 'wt2023' }, parsed(seriousIncidentMilestoneForm('wt2023'), publish), NOW, () => undefined);
    expect(built.ok ? [] : built.problems).toEqual([expect.stringContaining('give the date the report stays online until')]);
  });

  it('need reasons for a delay, on the card', () => {
    const section = seriousIncidentMilestoneForm('wt2013').sections[0]!;
    const result = parseSectionSubmission(section, { kind: 'delayed', on: '2026-11-20' });
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual(['Note, or the reasons for a delay or withheld publication: fill this in']);
  });
});

describe('the executive summary', () => {
  it('reads panel members and agencies one per line', () => {
    const answers = {
      introduction: {
        circumstances: 'An infant died at home.',
        reviewProcess: 'Learning Together.',
        lscbChair: 'Alex Example',
        panelChair: 'Jordan Sample',
        overviewAuthor: 'Casey Specimen',
        panelMembers: 'Designated nurse, Sample ICB\nDetective inspector, Sample Police, Public Protection',
        familyInvolvement: 'The parents met the reviewer.',
      },
      facts: { keyFacts: 'Contacts over six months.', anonymisationConfirmed: 'true' },
      keyIssues: { themes: 'Information sharing.', keyDecisions: 'Step-down.', earlyInterventionOpportunities: 'Missed appointments.', hindsight: 'A strategy discussion.' },
      learning: { agencyLessons: 'Record fathers.', interAgencyLessons: 'Share chronologies.', goodPractice: 'Health visiting.', systemsToImprove: 'Referral forms.' },
      recommendation: [
        {
          recommendation: 'Audit step-down.',
          relevantAgencies: 'Children’s social care\nHealth',
          responsibleAgencies: 'Children’s social care',
          monitoring: 'Board audit group',
          progress: 'inProgress',
        },
      ],
      independence: { panelChairIndependent: 'true', overviewAuthorIndependent: 'true' },
    };
    const built = buildExecutiveSummary({ boardId: 'sample-partnership', edition: 'wt2013', reviewReference: 'SIN-2026-000001' }, parsed(executiveSummaryForm, answers));
    if (!built.ok) throw new Error(built.problems.join('; '));
    expect(built.record.introduction.panelMembers).toEqual([
      { jobTitle: 'Designated nurse', employer: 'Sample ICB' },
      { jobTitle: 'Detective inspector', employer: 'Sample Police, Public Protection' },
    ]);
    expect(built.record.recommendations[0]?.relevantAgencies).toEqual(['Children’s social care', 'Health']);
  });

  it('cannot be saved until it is confirmed anonymised', () => {
    const section = executiveSummaryForm.sections.find((candidate) => candidate.id === 'facts')!;
    const result = parseSectionSubmission(section, { keyFacts: 'Contacts over six months.' });
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('The summary is appropriately anonymised')]);
  });
});
