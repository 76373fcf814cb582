import type { AGE_BANDS, CONSENT_STATUSES, THRESHOLD_RISK_FACTORS } from '../../knowledge/records/thresholdConsultation.ts';
import type { AGENCY_TYPES } from '../../knowledge/records/fields.ts';
import { recommendLevel, topLevel, type LevelRecommendation } from '../../knowledge/thresholds/recommendLevel.ts';
import type { ConsentRule, ThresholdDocument } from '../../knowledge/thresholds/thresholdDocument.ts';

/** What the practitioner has answered so far: plain JSON, kept in their own draft between turns. */
export interface ThresholdAnswers {
  redFlags: string[];
  about?: { agencyType: (typeof AGENCY_TYPES)[number]; ageBand: (typeof AGE_BANDS)[number] };
  /** Per Assessment Framework domain of the board's document. */
  domains: Record<string, { indicators: string[]; notSure: boolean }>;
  voice?: { childVoice?: string; keepChildVoice: boolean; riskFactors: Array<(typeof THRESHOLD_RISK_FACTORS)[number]> };
}

/** The walk's answers and the practitioner's decisions on the answer. */
export interface ThresholdFacts {
  answers: ThresholdAnswers;
  /** Set after red flags when the practitioner chose a short record: only "about" is asked before saving. */
  shortRecord?: boolean;
  /** Professional judgement: a level other than the suggested one, with the reason. */
  judgement?: { practitionerLevel: string; overrideReason: string };
  /** Asked only when the chosen level's consent rule needs consent. */
  consent?: { consent: Exclude<(typeof CONSENT_STATUSES)[number], 'notRequired'>; consentNotSoughtReason?: string };
  /** The concern is about an adult who works with children: the LADO flow follows the record. */
  handOffToLado?: boolean;
}

export const noFacts = (): ThresholdFacts => ({ answers: { redFlags: [], domains: {} } });

export function selectedIndicators(answers: ThresholdAnswers): string[] {
  return Object.values(answers.domains).flatMap((domain) => domain.indicators);
}

export function notSureCount(answers: ThresholdAnswers): number {
  return Object.values(answers.domains).filter((domain) => domain.notSure).length;
}

/** The suggestion for the check so far: red flags ticked earlier count, and so do the child's words and risk factors. */
export function recommendationFor(document: ThresholdDocument, answers: ThresholdAnswers): LevelRecommendation {
  return recommendLevel(document, selectedIndicators(answers), {
    redFlagIds: answers.redFlags,
    notSureCount: notSureCount(answers),
    riskFactorCount: answers.voice?.riskFactors.length ?? 0,
    childWordsGiven: (answers.voice?.childVoice?.trim() ?? '') !== '',
  });
}

/** The level the check suggests: after a short record (red flags), the top of the continuum; none when nothing matched. */
export function suggestedLevelId(document: ThresholdDocument, facts: ThresholdFacts): string | undefined {
  return facts.shortRecord ? topLevel(document).id : recommendationFor(document, facts.answers).level?.id;
}

/** The level the record is about: the practitioner's own, else the suggested one (none when nothing matched). */
export function chosenLevelId(document: ThresholdDocument, facts: ThresholdFacts): string | undefined {
  return facts.judgement ? facts.judgement.practitionerLevel : suggestedLevelId(document, facts);
}

/** The consent rule that applies: the practitioner's own level's, else the suggestion's (the red-flag rule after red flags). */
export function consentRuleFor(document: ThresholdDocument, facts: ThresholdFacts): ConsentRule | undefined {
  if (facts.judgement) return consentRuleOfLevel(document, facts.judgement.practitionerLevel);
  if (facts.shortRecord) return document.consentRules.find((rule) => rule.id === document.redFlagResponse.consentRule);
  return recommendationFor(document, facts.answers).reasoning.consentRule;
}

/** The consent rule of a level of the document. */
export function consentRuleOfLevel(document: ThresholdDocument, levelId: string): ConsentRule | undefined {
  const level = document.levels.find((candidate) => candidate.id === levelId);
  return document.consentRules.find((rule) => rule.id === level?.consentRule);
}
