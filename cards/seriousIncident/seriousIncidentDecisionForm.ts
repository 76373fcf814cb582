import { z } from 'zod';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import { criterionMetOnKnown, type KnownIncidentAnswers } from '../../knowledge/editions/assessIncident.ts';
import type { IncidentCriterion } from '../../knowledge/editions/incidentCriteria.ts';
import { decisionFlagsNationalPanel } from '../../knowledge/editions/reviewClocks.ts';
import { DEATHS, type SeriousIncidentNotification } from '../../knowledge/seriousIncident/seriousIncidentNotification.ts';
import { LCSPR_OUTCOMES, reviewFrameworkOf, scrDecisionSchema, SCR_OUTCOMES, type ScrDecision } from '../../knowledge/seriousIncident/scrDecision.ts';
import { defineForm, type Choice, type FormSpec, type KnownAnswers, type SectionValues } from '../forms/formSpec.ts';
import { sectionFromSchema } from '../forms/sectionFromSchema.ts';

/**
 * The board's decision on a notified incident (domain brief §7.3), per edition: its review criteria answered one by one
 * with the reasons, the decision (a serious case review up to WT2015, an LCSPR after the rapid review from WT2018), the
 * review model and lead reviewer, and the national panel's challenge where the edition has a panel.
 */

const decision = scrDecisionSchema.shape;
const goesAgainst = decision.goesAgainstCriteria.unwrap().shape;

const OUTCOME_TITLES: Record<(typeof SCR_OUTCOMES)[number] | (typeof LCSPR_OUTCOMES)[number], string> = {
  scr: 'Start a serious case review',
  otherLearningReview: 'Do not start one: another learning review instead',
  goodPracticeReview: 'Do not start one: a review of good practice instead',
  noReview: 'Do not start one: no review',
  lcspr: 'Start a local child safeguarding practice review',
  noLcspr: 'No local child safeguarding practice review',
  referToPanel: 'Refer to the Panel for a national review',
};

/** The criteria a review decision weighs: those of the edition that point to a review, each once. */
export function reviewCriteriaOf(edition: EditionId): IncidentCriterion[] {
  const criteria = getEdition(edition).incidentCriteria.filter((criterion) => criterion.review !== undefined);
  return criteria.filter((criterion, index) => criteria.findIndex((other) => other.ruleId === criterion.ruleId && other.text === criterion.text) === index);
}

export const criterionFieldId = (position: number) => `criterion${position + 1}`;

/** Criteria whose being met always requires a serious case review (regulation 5, chapter 8's "always", custody deaths). */
function alwaysRequiresReview(criterion: IncidentCriterion): boolean {
  return criterion.review === 'scrCriteriaMet';
}

/**
 * The criteria answered as met that always require a review, when the decision does not start one: the decision
 * goes against them, which is allowed only with a reason.
 */
export function criteriaGoneAgainst(edition: EditionId, criteriaValues: SectionValues | undefined, outcome: unknown): IncidentCriterion[] {
  if (outcome === undefined || outcome === 'scr' || reviewFrameworkOf(edition) !== 'scr') return [];
  return reviewCriteriaOf(edition).filter((criterion, position) => alwaysRequiresReview(criterion) && criteriaValues?.[criterionFieldId(position)] === 'yes');
}

export const REASON_AGAINST_CRITERIA_FIELD = 'reasonAgainstCriteria';

const ANSWERS: Choice[] = [
  { value: 'yes', title: 'Met' },
  { value: 'no', title: 'Not met' },
  { value: 'notKnown', title: 'Not known yet' },
];

function criteriaSection(edition: EditionId) {
  const criteria = reviewCriteriaOf(edition);
  const answer = decision.criteria.element.shape.answer;
  const schema = z.strictObject({
    ...Object.fromEntries(criteria.map((criterion, position) => [criterionFieldId(position), answer.meta({ title: `${criterion.text} (${criterion.ruleId})` })])),
    rationale: decision.criteria.element.shape.rationale.max(4000).meta({
      title: 'Your reasons for these answers',
      description: 'The national panel found some boards did not reason about serious harm: say why each answer is what it is.',
    }),
  });
  return sectionFromSchema('criteria', 'The criteria', schema, {
    intro:
      'Answer each criterion for this case, whatever the decision. What the notification already says is filled in: change any answer the board sees differently. The answers and reasons are kept for every outcome, "no review" included.',
    fields: Object.fromEntries(criteria.map((_criterion, position) => [criterionFieldId(position), { choices: ANSWERS, style: 'expanded' as const }])),
  });
}

function decisionSection(edition: EditionId) {
  const outcomes = reviewFrameworkOf(edition) === 'scr' ? SCR_OUTCOMES : LCSPR_OUTCOMES;
  const schema = z.strictObject({
    outcome: z.enum(outcomes).meta({ title: 'Decision' }),
    reasons: decision.reasons.max(4000),
    decidedOn: decision.decidedOn,
    [REASON_AGAINST_CRITERIA_FIELD]: goesAgainst.reason.max(4000).optional().meta({
      title: 'Only if the decision goes against a criterion you answered as met that always requires a review: your reason',
    }),
  });
  return sectionFromSchema('decision', 'The decision', schema, {
    intro: `Decided by: ${getEdition(edition).reviewDecisionBy}.`,
    fields: { outcome: { choices: outcomes.map((value) => ({ value, title: OUTCOME_TITLES[value] })), style: 'expanded' }, decidedOn: { pastOnly: true } },
  });
}

/** What the notification already says of the review criteria: 'yes' or 'no' where its answers settle a criterion. */
export function criteriaAnswersFromNotification(edition: EditionId, notification: NotifiedIncident): SectionValues {
  const known = knownAnswersOf(notification);
  const answers = reviewCriteriaOf(edition).map((criterion, position) => [criterionFieldId(position), criterionMetOnKnown(criterion.when, known)] as const);
  return Object.fromEntries(answers.filter(([, met]) => met !== undefined).map(([fieldId, met]) => [fieldId, met === true ? 'yes' : 'no']));
}

/** The parts of a notification that answer review criteria. */
export type NotifiedIncident = {
  nature: SeriousIncidentNotification['nature'];
  abuseOrNeglect: Pick<SeriousIncidentNotification['abuseOrNeglect'], 'status'>;
  incident: Pick<SeriousIncidentNotification['incident'], 'area'>;
  children: ReadonlyArray<Pick<SeriousIncidentNotification['children'][number], 'legalStatus'>>;
};

function knownAnswersOf(notification: NotifiedIncident): KnownIncidentAnswers {
  const { nature, incident, children } = notification;
  return {
    outcome: DEATHS.includes(nature) ? 'died' : 'seriouslyHarmed',
    abuseOrNeglect: notification.abuseOrNeglect.status,
    isChild: nature !== 'careLeaverDeath',
    lookedAfter: nature === 'lookedAfterChildDeath' || children.some((child) => child.legalStatus === 'lookedAfter'),
    ...(nature === 'deathInRegulatedSetting' ? { diedInRegulatedSetting: true } : {}),
    ...(incident.area === 'inArea' ? { incidentInArea: true } : { incidentInArea: false, normallyResidentInArea: true }),
  };
}

/** Outcomes that start no review the board runs itself: no model or lead reviewer to record. */
const NO_REVIEW_OUTCOMES: readonly string[] = ['noReview', 'noLcspr', 'referToPanel'];

const outcomeOf = (known: KnownAnswers) => (known.values.decision as SectionValues | undefined)?.outcome as ScrDecision['decision']['outcome'] | undefined;

const reviewer = decision.reviewers.unwrap().element.shape;
const reviewSchema = z
  .strictObject({
    reviewModel: decision.reviewModel,
    reviewModelOther: decision.reviewModelOther,
    leadReviewerName: reviewer.name.optional().meta({ title: 'Lead reviewer', personalData: true }),
    leadReviewerIndependent: reviewer.independent.meta({ title: 'The lead reviewer is independent of the agencies involved' }),
  })
  .refine((review) => review.reviewModel !== 'other' || review.reviewModelOther !== undefined, { path: ['reviewModelOther'], error: 'name the review model' });

const panel = decision.nationalPanel.unwrap().shape;
const nationalPanelSchema = z.strictObject({
  panelChallenged: panel.challenged,
  chairAttended: panel.chairAttended,
  panelNotes: panel.notes.unwrap().max(2000).optional().meta({ title: 'Notes on the panel’s advice or challenge' }),
});

/** Editions with a national panel that advises on and challenges review decisions (WT2013, WT2015). */
function hasNationalPanel(edition: EditionId): boolean {
  return decisionFlagsNationalPanel(edition, 'noReview');
}

export function seriousIncidentDecisionFormId(edition: EditionId): string {
  return `seriousIncidentDecision-${edition}`;
}

export function seriousIncidentDecisionForm(edition: EditionId): FormSpec {
  return defineForm({
    id: seriousIncidentDecisionFormId(edition),
    title: reviewFrameworkOf(edition) === 'scr' ? 'Serious case review decision' : 'Rapid review outcome: local review decision',
    recordType: 'scr_decision',
    sections: [
      criteriaSection(edition),
      decisionSection(edition),
      sectionFromSchema('reviewer', 'The review', reviewSchema, {
        intro: 'The review’s model and lead reviewer, as far as they are known.',
        appliesWhen: (known) => !NO_REVIEW_OUTCOMES.includes(outcomeOf(known) ?? ''),
        fields: {
          reviewModel: {
            choices: [
              { value: 'learningTogether', title: 'SCIE Learning Together' },
              { value: 'systems', title: 'Another systems model' },
              { value: 'appreciativeInquiry', title: 'Appreciative inquiry' },
              { value: 'other', title: 'Other' },
            ],
          },
        },
      }),
      ...(hasNationalPanel(edition)
        ? [
            sectionFromSchema('nationalPanel', 'The national panel', nationalPanelSchema, {
              intro: 'If the national panel has already advised or challenged the decision.',
              // The panel looks at decisions not to start a serious case review.
              appliesWhen: (known) => {
                const outcome = outcomeOf(known);
                return outcome === undefined || decisionFlagsNationalPanel(edition, outcome);
              },
            }),
          ]
        : []),
    ],
  });
}
