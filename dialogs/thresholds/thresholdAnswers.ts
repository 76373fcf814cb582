import type { AGE_BANDS, THRESHOLD_RISK_FACTORS } from '../../knowledge/records/thresholdConsultation.ts';
import type { AGENCY_TYPES } from '../../knowledge/records/fields.ts';

/** What the practitioner has answered so far: plain JSON, kept in their own draft between turns. */
export interface ThresholdAnswers {
  redFlags: string[];
  about?: { agencyType: (typeof AGENCY_TYPES)[number]; ageBand: (typeof AGE_BANDS)[number] };
  /** Per Assessment Framework domain of the board's document. */
  domains: Record<string, { indicators: string[]; notSure: boolean }>;
  voice?: { childVoice?: string; keepChildVoice: boolean; riskFactors: Array<(typeof THRESHOLD_RISK_FACTORS)[number]> };
}

export const noAnswers = (): ThresholdAnswers => ({ redFlags: [], domains: {} });

export function selectedIndicators(answers: ThresholdAnswers): string[] {
  return Object.values(answers.domains).flatMap((domain) => domain.indicators);
}

export function notSureCount(answers: ThresholdAnswers): number {
  return Object.values(answers.domains).filter((domain) => domain.notSure).length;
}
