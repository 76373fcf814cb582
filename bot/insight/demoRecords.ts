import { addCalendarMonths, type IsoDate } from '../../knowledge/calendar/isoDate.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { AgeBand, AgencyType } from '../../knowledge/insight/boardInsight.ts';
import type { RecordOfType } from '../../knowledge/records/recordSchema.ts';

/**
 * Clearly fictional records for the demo store: people are "Demo Child 014", "Demo Adult 007", addresses
 * "1 Demo Street, Demotown", organisations "Demo School 3". Only the kinds, levels and times vary.
 */

const number = (n: number) => String(n).padStart(3, '0');

const header = <Type extends string>(type: Type, board: Board) => ({ type, schemaVersion: 1 as const, boardId: board.id, edition: board.edition });

function demoContact(agencyType: AgencyType, n: number) {
  return {
    name: `Demo Practitioner ${number(n)}`,
    role: 'Designated safeguarding lead',
    organisation: `Demo ${agencyType} ${n % 9}`,
    agencyType,
    phone: '01632 960999',
    email: `demo.practitioner.${number(n)}@example.org`,
  };
}

export function demoThresholdCheck(
  board: Board,
  n: number,
  facts: { agencyType: AgencyType; ageBand: AgeBand; suggestedLevel?: string; chosenLevel?: string; completedAt: Date },
): RecordOfType<'threshold_consultation'> {
  const differs = facts.chosenLevel !== undefined && facts.chosenLevel !== facts.suggestedLevel;
  return {
    ...header('threshold_consultation', board),
    completedAt: facts.completedAt.toISOString(),
    practitioner: { agencyType: facts.agencyType, role: 'Demo role' },
    concern: { ageBand: facts.ageBand, redFlags: [], indicators: [], notSureCount: 0, riskFactors: [] },
    level: {
      thresholdDocument: { id: board.thresholds.id, version: board.thresholds.version },
      ...(facts.suggestedLevel === undefined ? {} : { recommendedLevel: facts.suggestedLevel }),
      ...(facts.chosenLevel === undefined ? {} : { practitionerLevel: facts.chosenLevel }),
      ...(differs ? { overrideReason: `Demo reason ${number(n)}: professional judgement after talking to the family.` } : {}),
    },
    outcome: facts.chosenLevel === undefined ? { nextStep: 'discussWithSafeguardingLead' } : { nextStep: 'earlyHelp', consent: 'given' },
  };
}

export function demoLadoReferral(board: Board, n: number, facts: { agencyType: AgencyType; allegationKnownAt: Date; declaredAt: Date }): RecordOfType<'lado_referral'> {
  return {
    ...header('lado_referral', board),
    allegationKnownAt: facts.allegationKnownAt.toISOString(),
    gate: { harmTestLimbs: ['harmedChild'], immediateDanger: false, childReferralAlsoNeeded: false },
    referrer: demoContact(facts.agencyType, n),
    subject: {
      name: `Demo Adult ${number(n)}`,
      ageYears: 40,
      sex: 'notKnown',
      address: '1 Demo Street, Demotown',
      jobTitle: 'Demo job title',
      employer: `Demo Employer ${n % 7}`,
      workplace: `Demo Workplace ${n % 7}`,
      employmentBasis: 'employee',
      professionalRegistration: 'none',
      inRegulatedActivity: 'yes',
      awareOfReferral: 'no',
    },
    children: [{ identity: 'known', fullName: `Demo Child ${number(n)}`, ageYears: 9, sex: 'notKnown', status: 'noneOfThese' }],
    allegation: {
      raisedBy: 'demo',
      relationshipToSubject: 'Demo relationship',
      occurredFrom: facts.allegationKnownAt.toISOString().slice(0, 10),
      place: 'Demo place',
      categories: ['conduct'],
      pattern: 'single',
      afterAuthorisedRestraint: false,
      summary: `Demo allegation ${number(n)}: fictional text for the demo board.`,
    },
    actionsTaken: {
      childSafeNow: 'yes',
      policeInformed: false,
      childrensSocialCareInformed: false,
      parentsInformed: 'awaitingAdvice',
      subjectTold: false,
      employmentAction: 'none',
      evidenceSecured: true,
      ofstedRegistration: 'notRegistered',
    },
    declaration: { subjectConsentNotNeeded: true, lawfulBasisShown: true, declaredAt: facts.declaredAt.toISOString() },
  };
}

export function demoLadoConsultation(board: Board, n: number, facts: { agencyType: AgencyType; askedAt: Date }): RecordOfType<'lado_consultation'> {
  return {
    ...header('lado_consultation', board),
    askedAt: facts.askedAt.toISOString(),
    contact: demoContact(facts.agencyType, n),
    question: `Demo question ${number(n)}: does this meet the harm test?`,
    limbsConsidered: [],
  };
}

export function demoIncidentNotification(board: Board, n: number, facts: { awareAt: Date; nationallyNotifiedAt?: Date }): RecordOfType<'serious_incident_notification'> {
  return {
    ...header('serious_incident_notification', board),
    notifier: { localAuthority: 'Demo Council', name: `Demo Officer ${number(n)}`, role: 'Head of safeguarding', phone: '01632 960999', email: 'demo.officer@example.org' },
    awareAt: facts.awareAt.toISOString(),
    incident: { occurredOn: facts.awareAt.toISOString().slice(0, 10), location: '1 Demo Street, Demotown', area: 'inArea' },
    nature: 'seriousHarm',
    abuseOrNeglect: { status: 'suspected', categories: ['neglect'] },
    children: [{ fullName: `Demo Child ${number(500 + n)}`, ageYears: 4, sex: 'notKnown', legalStatus: 'childInNeedPlan', homeLocalAuthority: 'Demo Council' }],
    agenciesInvolved: ['Demo agency'],
    outline: `Demo incident ${number(n)}: fictional outline for the demo board.`,
    otherChildren: { atRisk: false },
    proceedings: { policeOrCriminal: false, coroner: false, parallel: [] },
    mediaInterest: 'none',
    partnersConsulted: [],
    staffConductConcern: false,
    reviewRecommended: 'undecided',
    ...(facts.nationallyNotifiedAt === undefined ? {} : { externalSubmission: { system: 'CSINS', reference: `DEMO-${number(n)}`, submittedAt: facts.nationallyNotifiedAt.toISOString() } }),
  };
}

export function demoReviewDecision(board: Board, incidentReference: string, facts: { decidedOn: IsoDate; startsReview: boolean }): RecordOfType<'scr_decision'> {
  return {
    ...header('scr_decision', board),
    incidentReference,
    criteria: [{ criterion: 'Demo criterion', answer: facts.startsReview ? 'yes' : 'no', rationale: 'Demo rationale.' }],
    decision: { framework: 'lcspr', outcome: facts.startsReview ? 'lcspr' : 'noLcspr' },
    reasons: 'Demo reasons.',
    decisionMaker: 'safeguardingPartners',
    decidedOn: facts.decidedOn,
    reviewers: [],
  };
}

export function demoMilestone(board: Board, reviewReference: string, milestone: { kind: 'rapidReviewSentToPanel' | 'published'; on: IsoDate }): RecordOfType<'scr_milestone'> {
  return {
    ...header('scr_milestone', board),
    reviewReference,
    milestone:
      milestone.kind === 'published'
        ? { kind: 'published', on: milestone.on, url: 'https://example.org/demo-review', removeNotBefore: addCalendarMonths(milestone.on, 12) }
        : { kind: milestone.kind, on: milestone.on },
  };
}
