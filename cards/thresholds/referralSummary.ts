import type { ThresholdConsultation } from '../../knowledge/records/thresholdConsultation.ts';
import type { ThresholdDocument } from '../../knowledge/thresholds/thresholdDocument.ts';
import { adaptiveCard, heading, paragraph } from '../adaptive/cardElements.ts';
import type { AdaptiveCardJson } from '../adaptive/cardElements.ts';
import { escapeMarkdown } from '../adaptive/markdownText.ts';
import { AGE_BAND_TITLES, RISK_FACTOR_TITLES } from './thresholdForms.ts';

export interface ReferralSummaryInput {
  document: ThresholdDocument;
  reference: string;
  record: ThresholdConsultation;
  /** The child's words, shown here even when the practitioner chose not to keep them in the record. */
  childVoice?: string;
}

/** "Heading:" and one line per item, or nothing when there are no items. */
const listed = (title: string, items: readonly string[]): string[] => (items.length === 0 ? [] : [`${title}:`, ...items.map((item) => `- ${item}`)]);

/** The lines the practitioner copies into the front door's referral form or reads out on the phone. */
function referralSummaryLines({ document, reference, record, childVoice }: ReferralSummaryInput): string[] {
  const levelName = (id: string) => document.levels.find((level) => level.id === id)?.name ?? id;
  const { concern, level } = record;
  const flags = document.redFlags.filter((flag) => concern.redFlags.includes(flag.id));
  const indicators = document.indicators.filter((indicator) => concern.indicators.includes(indicator.id));
  return [
    `Threshold check: ${reference}`,
    `Threshold document: ${document.title}, version ${document.version}`,
    `Child's age: ${AGE_BAND_TITLES[concern.ageBand]}`,
    ...listed(
      'Immediate danger (red flags)',
      flags.map((flag) => flag.text),
    ),
    ...listed(
      'What I have seen or been told',
      indicators.map((indicator) => indicator.text),
    ),
    ...(concern.riskFactors.length > 0 ? [`Risk factors in the family: ${concern.riskFactors.map((factor) => RISK_FACTOR_TITLES[factor]).join(', ')}`] : []),
    ...(childVoice ? [`What the child says or shows: ${escapeMarkdown(childVoice)}`] : []),
    ...(level.recommendedLevel !== undefined ? [`Level suggested by the threshold document: ${levelName(level.recommendedLevel)}`] : []),
    ...(level.overrideReason !== undefined && level.practitionerLevel !== undefined
      ? [`Level I judge right: ${levelName(level.practitionerLevel)}, because ${escapeMarkdown(level.overrideReason)}`]
      : []),
  ];
}

/** One text block per line, so every client (Teams, Web Chat, Slack) keeps one field to a line. */
export function renderReferralSummaryCard(input: ReferralSummaryInput): AdaptiveCardJson {
  return adaptiveCard([
    heading('Referral summary'),
    paragraph('Use it with the front door: copy it into their referral form, or read from it on the phone.'),
    ...referralSummaryLines(input).map(paragraph),
  ]);
}
