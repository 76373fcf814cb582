import type { Citation } from '../../knowledge/citation.ts';
import type { BoardContacts } from '../../knowledge/boards/boardContacts.ts';
import { contactFor } from '../../knowledge/boards/boardContacts.ts';
import type { LevelRecommendation } from '../../knowledge/thresholds/recommendLevel.ts';
import type { RedFlag, ThresholdDocument } from '../../knowledge/thresholds/thresholdDocument.ts';
import type { AdaptiveCardJson, Fact } from '../adaptive/cardElements.ts';
import { renderMessageCard } from '../templates/messageCard.ts';

/** A contact as a fact line: "Front door: 01632 960100 (Monday to Friday, 9am to 5pm)". */
function contactFacts(contacts: BoardContacts, keys: readonly string[]): Fact[] {
  return keys.flatMap((key) => {
    const contact = contactFor(contacts, key);
    if (!contact) return [];
    const how = [contact.phone, contact.email, contact.url].filter(Boolean).join(' · ');
    return [{ label: contact.name, value: contact.hours ? `${how} (${contact.hours})` : how }];
  });
}

export interface UrgentCardInput {
  document: ThresholdDocument;
  contacts: BoardContacts;
  flags: RedFlag[];
  /** Inside the board's working hours the front door takes urgent calls; outside them, the emergency duty team. */
  inWorkingHours: boolean;
}

export function renderUrgentCard({ document, contacts, flags, inWorkingHours }: UrgentCardInput): AdaptiveCardJson {
  const urgentLine = inWorkingHours ? 'frontDoor' : 'emergencyDutyTeam';
  const paragraphs = [
    '**Call 999 now** if there is danger to life or of serious harm.',
    `Then make an urgent phone referral to ${inWorkingHours ? 'the front door (it is within working hours now)' : 'the emergency duty team (it is outside working hours now)'}.`,
    document.redFlagResponse.text,
    `You told me: ${flags.map((flag) => flag.text).join(' ')}`,
    ...flags.flatMap((flag) => (flag.note ? [flag.note] : [])),
  ];
  const citations: Citation[] = flags.flatMap((flag) => (flag.citation ? [flag.citation] : []));
  return renderMessageCard('Act now: a child may be in immediate danger', paragraphs, contactFacts(contacts, ['police', urgentLine]), citations);
}

export interface AnswerCardInput {
  document: ThresholdDocument;
  contacts: BoardContacts;
  recommendation: LevelRecommendation;
  /** e.g. "Children's social care decides within 1 working day of receiving a referral …" */
  expectation?: string;
  expectationCitations: Citation[];
}

export function renderAnswerCard({ document, contacts, recommendation, expectation, expectationCitations }: AnswerCardInput): AdaptiveCardJson {
  const { level, reasoning, hints } = recommendation;
  const matched = reasoning.matchedByLevel.flatMap((group) => group.indicators.map((indicator) => `${group.levelName}: ${indicator.text}`));
  const paragraphs = [
    `What you described points to **${level.name}**. This is a suggestion: you and your safeguarding lead decide.`,
    ...(matched.length > 0 ? [`Why: ${matched.map((line) => `\n- ${line}`).join('')}`] : []),
    ...hints.map((hint) => hint.message),
    `**${level.name}** in the ${document.title}: ${reasoning.description}`,
    `**What to do now:** ${reasoning.response}`,
    `**Consent:** ${reasoning.consentRule.text}`,
    ...(expectation ? [`**What to expect:** ${expectation}`] : []),
    '**Talk it through** with your safeguarding lead, especially where you are unsure.',
    `**If you disagree with a threshold decision** (${document.escalation.title}): ${document.escalation.stages.map((stage, index) => `\n${index + 1}. ${stage.title}: ${stage.description}${stage.timescale ? ` (${stage.timescale})` : ''}`).join('')}`,
  ];
  const contactKeys = level.contact ? [level.contact] : [];
  return renderMessageCard(`Suggested level: ${level.name}`, paragraphs, contactFacts(contacts, contactKeys), [document.citation, ...expectationCitations]);
}
