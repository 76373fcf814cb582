import { londonDate } from '../../knowledge/calendar/london.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { reviewFrameworkOf, scrDecisionSchema, type ScrDecision } from '../../knowledge/seriousIncident/scrDecision.ts';
import type { SectionValues, ValuesBySection } from '../forms/formSpec.ts';
import { criteriaGoneAgainst, criterionFieldId, REASON_AGAINST_CRITERIA_FIELD, reviewCriteriaOf } from '../seriousIncident/seriousIncidentDecisionForm.ts';
import { validatedRecord, type RecordResult } from './recordResult.ts';

export type DecisionHeader = { boardId: string; edition: EditionId; incidentReference: string };

/** The decision record from the answered sections, validated with the record schema. */
export function buildSeriousIncidentDecision(header: DecisionHeader, values: ValuesBySection, now: Date): RecordResult<ScrDecision> {
  const section = (sectionId: string) => (values[sectionId] ?? {}) as SectionValues;
  const { rationale, ...answers } = section('criteria');
  const { outcome, [REASON_AGAINST_CRITERIA_FIELD]: reasonAgainstCriteria, ...decided } = section('decision');
  if (typeof decided.decidedOn === 'string' && decided.decidedOn > londonDate(now)) {
    return { ok: false, problems: ['The decision: its date is in the future. Record a decision once it is made.'] };
  }
  const goneAgainst = criteriaGoneAgainst(header.edition, section('criteria'), outcome);
  if (goneAgainst.length > 0 && reasonAgainstCriteria === undefined) {
    return {
      ok: false,
      problems: [
        `The decision: it goes against ${[...new Set(goneAgainst.map((criterion) => criterion.ruleId))].join(', ')}, answered as met, which always requires a review. Give your reason on the decision card, or change the decision.`,
      ],
    };
  }
  const { leadReviewerName, leadReviewerIndependent, ...review } = section('reviewer');
  const { panelChallenged, chairAttended, panelNotes } = section('nationalPanel');
  const framework = reviewFrameworkOf(header.edition);
  const candidate = {
    type: 'scr_decision',
    schemaVersion: 1,
    ...header,
    criteria: reviewCriteriaOf(header.edition).map((criterion, position) => ({
      criterion: `${criterion.ruleId}: ${criterion.text}`,
      answer: answers[criterionFieldId(position)],
      rationale,
    })),
    decision: { framework, outcome },
    ...decided,
    ...(goneAgainst.length === 0 ? {} : { goesAgainstCriteria: { criteria: goneAgainst.map((criterion) => `${criterion.ruleId}: ${criterion.text}`), reason: reasonAgainstCriteria } }),
    decisionMaker: framework === 'scr' ? 'chair' : 'safeguardingPartners',
    reviewers: leadReviewerName === undefined ? [] : [{ name: leadReviewerName, role: 'Lead reviewer', independent: leadReviewerIndependent === true }],
    ...review,
    ...(panelChallenged === true || chairAttended === true || panelNotes !== undefined
      ? { nationalPanel: { challenged: panelChallenged === true, chairAttended: chairAttended === true, ...(panelNotes === undefined ? {} : { notes: panelNotes }) } }
      : {}),
  };
  return validatedRecord(scrDecisionSchema, candidate);
}
