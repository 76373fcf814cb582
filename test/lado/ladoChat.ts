import type { Reply, TestConversation } from '../support/conversation.ts';

/** Fictional people whose details must never leave the one-to-one chat. */
export const ADULT_NAME = 'Quentin Canarywood';
export const CHILD_NAMES = ['Zebedee Canarywood', 'Yolanda Canarywood'] as const;
export const ALLEGATION_TEXT = 'Canary allegation: the pupil said the adult grabbed their arm.';

export const VALID = {
  referrer: {
    name: 'Alex Morgan',
    role: 'Designated safeguarding lead',
    organisation: 'Sample Primary School',
    agencyType: 'school',
    phone: '01632 960111',
    email: 'alex.morgan@school.example.org',
  },
  subject: {
    name: ADULT_NAME,
    dateOfBirth: '1980-05-06',
    sex: 'male',
    address: '1 Canary Lane, Sample Town',
    jobTitle: 'Class teacher',
    employer: 'Sample Primary School',
    workplace: 'Sample Primary School',
    employmentBasis: 'employee',
    professionalRegistration: 'teacher',
    inRegulatedActivity: 'yes',
    awareOfReferral: 'no',
  },
  firstChild: { identity: 'known', fullName: CHILD_NAMES[0], ageYears: '9', sex: 'female', status: 'lookedAfter' },
  secondChild: { identity: 'known', fullName: CHILD_NAMES[1], dateOfBirth: '2016-03-04', sex: 'male', status: 'noneOfThese' },
  allegation: {
    raisedBy: 'Pupil',
    relationshipToSubject: 'Pupil in their class',
    occurredFrom: '2026-11-19',
    place: 'Classroom 3',
    categories: 'physical',
    pattern: 'single',
    afterAuthorisedRestraint: 'false',
    summary: ALLEGATION_TEXT,
  },
  actionsTaken: {
    childSafeNow: 'yes',
    policeInformed: 'false',
    childrensSocialCareInformed: 'false',
    parentsInformed: 'awaitingAdvice',
    subjectTold: 'false',
    employmentAction: 'none',
    evidenceSecured: 'true',
    ofstedRegistration: 'notRegistered',
  },
  declaration: { subjectConsentNotNeeded: 'true', lawfulBasisShown: 'true' },
} as const;

export { cardsOf, cardProblems, formButton, next, textOf } from '../support/cardChat.ts';
export { newPractitioner } from '../support/newPractitioner.ts';
import { next } from '../support/cardChat.ts';

/** From the menu to the referral's first section: not in danger, the first two limbs, heard of it at `knownAt`. */
export async function startReferral(chat: TestConversation, knownAt: { date: string; time: string }): Promise<Reply[]> {
  await chat.says('lado');
  await chat.says('No');
  await next(chat, { harmTest: 'harmedChild,possibleCriminalOffence', childReferralAlsoNeeded: 'false' });
  return next(chat, { 'allegationKnownAt.date': knownAt.date, 'allegationKnownAt.time': knownAt.time });
}

/** Every section with valid answers and two children, up to the summary. */
/** Fills every section with VALID answers; `changed` replaces whole sections (e.g. an allegation dated in the past of a test clock). */
export async function fillReferral(chat: TestConversation, changed: Partial<Record<keyof typeof VALID, Record<string, string>>> = {}): Promise<Reply[]> {
  const answers = { ...VALID, ...changed };
  await next(chat, answers.referrer);
  await next(chat, answers.subject);
  await next(chat, answers.firstChild);
  await chat.submits({ choice: 'add' });
  await next(chat, answers.secondChild);
  await chat.submits({ choice: 'continue' });
  await next(chat, answers.allegation);
  await next(chat, answers.actionsTaken);
  return next(chat, answers.declaration);
}
