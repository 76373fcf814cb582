import type { AGE_BANDS, CONSENT_STATUSES, THRESHOLD_RISK_FACTORS } from '../../knowledge/records/thresholdConsultation.ts';
import type { AGENCY_TYPES } from '../../knowledge/records/fields.ts';
import { recommendLevel, type LevelRecommendation } from '../../knowledge/thresholds/recommendLevel.ts';
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

export function recommendationFor(document: ThresholdDocument, answers: ThresholdAnswers): LevelRecommendation {
  return recommendLevel(document, selectedIndicators(answers), { notSureCount: notSureCount(answers) });
}

/** A short record after red flags names the top of the continuum: immediate danger is child protection. */
export function highestLevelId(document: ThresholdDocument): string {
  const top = [...document.levels].sort((a, b) => b.order - a.order)[0];
  if (top === undefined) throw new Error(`threshold document "${document.id}" has no levels`);
  return top.id;
}

/** The level the record is about: the practitioner's own, else the suggested one. */
export function chosenLevelId(document: ThresholdDocument, facts: ThresholdFacts): string {
  if (facts.judgement) return facts.judgement.practitionerLevel;
  return facts.shortRecord ? highestLevelId(document) : recommendationFor(document, facts.answers).levelId;
}

/** The consent rule of a level of the document. */
export function consentRuleOfLevel(document: ThresholdDocument, levelId: string): ConsentRule | undefined {
  const level = document.levels.find((candidate) => candidate.id === levelId);
  return document.consentRules.find((rule) => rule.id === level?.consentRule);
}
