import type { ThresholdConsultation } from '../../knowledge/records/thresholdConsultation.ts';
import type { ThresholdDocument } from '../../knowledge/thresholds/thresholdDocument.ts';
import { AGE_BAND_TITLES, RISK_FACTOR_TITLES } from './thresholdForms.ts';

export interface ReferralSummaryInput {
  document: ThresholdDocument;
  reference: string;
  record: ThresholdConsultation;
  /** The child's words, shown here even when the practitioner chose not to keep them in the record. */
  childVoice?: string;
}

/** Plain text the practitioner copies into the front door's referral form or reads out on the phone. */
export function referralSummaryText({ document, reference, record, childVoice }: ReferralSummaryInput): string {
  const levelName = (id: string) => document.levels.find((level) => level.id === id)?.name ?? id;
  const { concern, level } = record;
  const indicators = document.indicators.filter((indicator) => concern.indicators.includes(indicator.id));
  const lines = [
    `Referral summary (threshold check ${reference}, ${document.title} version ${document.version})`,
    `Child's age: ${AGE_BAND_TITLES[concern.ageBand]}`,
    'What I have seen or been told:',
    ...indicators.map((indicator) => `- ${indicator.text}`),
    ...(concern.riskFactors.length > 0
      ? [`Risk factors in the family: ${concern.riskFactors.map((factor) => RISK_FACTOR_TITLES[factor]).join(', ')}`]
      : []),
    ...(childVoice ? [`What the child says or shows: ${childVoice}`] : []),
    `Level suggested by the threshold document: ${levelName(level.recommendedLevel)}`,
    ...(level.overrideReason !== undefined
      ? [`Level I judge right: ${levelName(level.practitionerLevel)}, because ${level.overrideReason}`]
      : []),
  ];
  return lines.join('\n');
}
