import type { ThresholdDocument } from '../../knowledge/thresholds/thresholdDocument.ts';

export interface ReferralSummaryInput {
  document: ThresholdDocument;
  reference: string;
  ageBand: string;
  indicatorIds: string[];
  riskFactors: string[];
  childVoice?: string;
  suggestedLevelId: string;
  chosenLevelId: string;
  overrideReason?: string;
}

/** Plain text the practitioner copies into the front door's referral form or reads out on the phone. */
export function referralSummaryText(input: ReferralSummaryInput): string {
  const { document } = input;
  const levelName = (id: string) => document.levels.find((level) => level.id === id)?.name ?? id;
  const indicators = document.indicators.filter((indicator) => input.indicatorIds.includes(indicator.id));
  const lines = [
    `Referral summary (threshold check ${input.reference}, ${document.title} version ${document.version})`,
    `Child's age: ${input.ageBand}`,
    'What I have seen or been told:',
    ...indicators.map((indicator) => `- ${indicator.text}`),
    ...(input.riskFactors.length > 0 ? [`Risk factors in the family: ${input.riskFactors.join(', ')}`] : []),
    ...(input.childVoice ? [`What the child says or shows: ${input.childVoice}`] : []),
    `Level suggested by the threshold document: ${levelName(input.suggestedLevelId)}`,
    ...(input.chosenLevelId !== input.suggestedLevelId
      ? [`Level I judge right: ${levelName(input.chosenLevelId)}, because ${input.overrideReason ?? ''}`]
      : []),
  ];
  return lines.join('\n');
}
