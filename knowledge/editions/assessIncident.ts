import type { Citation, RuleStatus } from '../citation.ts';
import type { EditionId } from './editionId.ts';
import { getEdition } from './editions.ts';
import type { IncidentAnswers, IncidentCondition, IncidentCriterion, NotificationAdvice, ReviewAdvice } from './incidentCriteria.ts';

export type CriterionOutcome = { ruleId: string; text: string; status: RuleStatus; citations: readonly Citation[] };

/** Advice only: the decision and its reasons belong to the chair or the partners, and are recorded for every outcome. */
export type IncidentAssessment = {
  edition: EditionId;
  notification: NotificationAdvice;
  scrOrReview: ReviewAdvice;
  decisionBy: string;
  /** Clocks the met criteria start, e.g. ['SIN', 'RAPID_REVIEW']. */
  clockIds: string[];
  metCriteria: CriterionOutcome[];
  notMetCriteria: CriterionOutcome[];
  alternatives: string[];
};

const NOTIFICATION_STRENGTH: readonly NotificationAdvice[] = ['notNeeded', 'advisable', 'required'];
const REVIEW_STRENGTH: readonly ReviewAdvice[] = ['none', 'rapidReview', 'scrCriteriaMet'];

function stronger<T>(order: readonly T[], a: T, b: T | undefined): T {
  return b !== undefined && order.indexOf(b) > order.indexOf(a) ? b : a;
}

function isChild(answers: IncidentAnswers): boolean {
  return answers.careLeaverAge === undefined || answers.careLeaverAge < 18;
}

function holds(condition: IncidentCondition, answers: IncidentAnswers): boolean {
  const { careLeaverAge } = answers;
  return (
    (condition.outcome === undefined || condition.outcome.includes(answers.outcome)) &&
    (condition.abuseOrNeglect === undefined || condition.abuseOrNeglect.includes(answers.abuseOrNeglect)) &&
    (condition.concernAboutWorkingTogether === undefined || condition.concernAboutWorkingTogether === answers.concernAboutWorkingTogether) &&
    (condition.lookedAfter === undefined || condition.lookedAfter === answers.lookedAfter) &&
    (condition.diedInCustody === undefined || condition.diedInCustody === answers.diedInCustody) &&
    (condition.diedInRegulatedSetting === undefined || condition.diedInRegulatedSetting === answers.diedInRegulatedSetting) &&
    (condition.incidentInArea === undefined || condition.incidentInArea === answers.incidentInArea) &&
    (condition.incidentOutsideEngland === undefined || condition.incidentOutsideEngland === (answers.incidentOutsideEngland === true)) &&
    (condition.normallyResidentInArea === undefined || condition.normallyResidentInArea === answers.normallyResidentInArea) &&
    (condition.isChild === undefined || condition.isChild === isChild(answers)) &&
    (condition.careLeaverAgeAtMost === undefined || (careLeaverAge !== undefined && careLeaverAge <= condition.careLeaverAgeAtMost))
  );
}

function outcomeOf({ ruleId, text, status, citations }: IncidentCriterion): CriterionOutcome {
  return { ruleId, text, status, citations };
}

/**
 * Checks a serious incident against an edition's criteria (domain brief §7.1–7.2): whether to notify,
 * whether the review criteria look met, which rules were and were not met, and what else to offer.
 */
export function assessIncident(edition: EditionId, answers: IncidentAnswers): IncidentAssessment {
  const pack = getEdition(edition);
  const met = pack.incidentCriteria.filter((criterion) => holds(criterion.when, answers));
  const notMet = pack.incidentCriteria.filter((criterion) => !met.includes(criterion));

  const notification = met.reduce<NotificationAdvice>((advice, criterion) => stronger(NOTIFICATION_STRENGTH, advice, criterion.notification), 'notNeeded');
  const scrOrReview = met.reduce<ReviewAdvice>((advice, criterion) => stronger(REVIEW_STRENGTH, advice, criterion.review), 'none');
  const clockIds = [...new Set(met.flatMap((criterion) => criterion.startsClocks ?? []))];

  const alternatives: string[] = [];
  if (scrOrReview === 'scrCriteriaMet' && pack.reviewDecidedWhereChildLives && !answers.normallyResidentInArea) {
    alternatives.push('The LSCB where the child normally lives decides whether to hold a serious case review: send the notification to it.');
  }
  if (scrOrReview === 'none') alternatives.push(...pack.learningAlternatives);
  if (answers.outcome === 'died' && isChild(answers)) {
    alternatives.push('Child death review through the CDOP, which reviews every death of a child normally resident in the area.');
  }
  if (!isChild(answers) && notification === 'notNeeded') {
    alternatives.push('The person is an adult, so child safeguarding reviews do not apply; the board’s local arrangements (for example a safeguarding adults review) may.');
  }

  return {
    edition: pack.id,
    notification,
    scrOrReview,
    decisionBy: pack.reviewDecisionBy,
    clockIds,
    metCriteria: met.map(outcomeOf),
    notMetCriteria: notMet.map(outcomeOf),
    alternatives,
  };
}

/** What a record already says of an incident; anything it does not say is left out. */
export type KnownIncidentAnswers = Partial<Omit<IncidentAnswers, 'careLeaverAge'>> & { isChild?: boolean };

/**
 * Whether a criterion is met on what is known: false as soon as a known answer rules it out, true when every answer
 * it turns on is known and fits, undefined when it turns on something not known (for people to answer).
 */
export function criterionMetOnKnown(condition: IncidentCondition, known: KnownIncidentAnswers): boolean | undefined {
  const checks: Array<boolean | undefined> = [
    condition.outcome === undefined ? true : known.outcome && condition.outcome.includes(known.outcome),
    condition.abuseOrNeglect === undefined ? true : known.abuseOrNeglect && condition.abuseOrNeglect.includes(known.abuseOrNeglect),
    ...(['concernAboutWorkingTogether', 'lookedAfter', 'diedInCustody', 'diedInRegulatedSetting', 'incidentInArea', 'normallyResidentInArea', 'isChild'] as const).map((key) =>
      condition[key] === undefined ? true : known[key] === undefined ? undefined : condition[key] === known[key],
    ),
    condition.careLeaverAgeAtMost === undefined ? true : undefined,
  ];
  if (checks.includes(false)) return false;
  return checks.includes(undefined) ? undefined : true;
}
