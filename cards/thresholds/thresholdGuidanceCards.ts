import type { Citation } from '../../knowledge/citation.ts';
import type { BoardContacts } from '../../knowledge/boards/boardContacts.ts';
import { contactFor } from '../../knowledge/boards/boardContacts.ts';
import { CONSENT_PRINCIPLES, INFORMATION_SHARING_ADVICE } from '../../knowledge/thresholds/informationSharingAdvice.ts';
import type { LevelRecommendation } from '../../knowledge/thresholds/recommendLevel.ts';
import { goesToSocialCare } from '../../knowledge/thresholds/referralKind.ts';
import type { RedFlag, ThresholdDocument, ThresholdLevel } from '../../knowledge/thresholds/thresholdDocument.ts';
import type { AdaptiveCardJson, Fact } from '../adaptive/cardElements.ts';
import { renderMessageCard } from '../templates/messageCard.ts';
import { EARLY_HELP_EXPECTATION, levelContactKeys, urgentLineKey, withWhomByWhen } from './levelSteps.ts';

/** A contact as a fact line: "Front door: 01632 960100 (Monday to Friday, 9am to 5pm)". */
function contactFacts(contacts: BoardContacts, keys: readonly string[]): Fact[] {
  return keys.flatMap((key) => {
    const contact = contactFor(contacts, key);
    if (!contact) return [];
    const how = [contact.phone, contact.email, contact.url].filter(Boolean).join(' · ');
    return [{ label: contact.name, value: contact.hours ? `${how} (${contact.hours})` : how }];
  });
}

/** Whom to call about a level now: 999 and the urgent line for child protection, else the level's own contact. */
export function levelContactFacts(contacts: BoardContacts, level: ThresholdLevel, inWorkingHours: boolean): Fact[] {
  return contactFacts(contacts, levelContactKeys(level, inWorkingHours));
}

const flagCitations = (flags: readonly RedFlag[]): Citation[] => flags.flatMap((flag) => (flag.citation ? [flag.citation] : []));

export interface UrgentCardInput {
  document: ThresholdDocument;
  contacts: BoardContacts;
  flags: RedFlag[];
  /** Inside the board's working hours the front door takes urgent calls; outside them, the emergency duty team. */
  inWorkingHours: boolean;
}

export function renderUrgentCard({ document, contacts, flags, inWorkingHours }: UrgentCardInput): AdaptiveCardJson {
  const paragraphs = [
    '**Call 999 now** if there is danger to life or of serious harm.',
    `Then make an urgent phone referral to ${inWorkingHours ? 'the front door (it is within working hours now)' : 'the emergency duty team (it is outside working hours now)'}.`,
    document.redFlagResponse.text,
    `You told me: ${flags.map((flag) => flag.text).join(' ')}`,
    ...flags.flatMap((flag) => (flag.note ? [flag.note] : [])),
  ];
  return renderMessageCard('Act now: a child may be in immediate danger', paragraphs, contactFacts(contacts, ['police', urgentLineKey(inWorkingHours)]), flagCitations(flags));
}

export interface AnswerCardInput {
  document: ThresholdDocument;
  contacts: BoardContacts;
  recommendation: LevelRecommendation;
  /** From the board's working hours now: who takes a child protection call. */
  inWorkingHours: boolean;
  /** After a referral to children's social care: the edition's decision clock in words, with its sources. */
  referralExpectation?: { text: string; citations: Citation[] };
}

/** The suggested level with its reasoning and what to do, or, when nothing matched, no level and "talk to your lead now". */
export function renderAnswerCard(input: AnswerCardInput): AdaptiveCardJson {
  const { level } = input.recommendation;
  return level ? suggestedLevelCard(input, level) : noMatchCard(input);
}

function suggestedLevelCard({ document, contacts, recommendation, inWorkingHours, referralExpectation }: AnswerCardInput, level: ThresholdLevel): AdaptiveCardJson {
  const { reasoning, hints } = recommendation;
  const why = [
    ...reasoning.redFlags.map((flag) => `Red flag: ${flag.text}`),
    ...reasoning.matchedByLevel.flatMap((group) => group.indicators.map((indicator) => `${group.levelName}: ${indicator.text}`)),
  ];
  const expectation = goesToSocialCare(level.referralKind) ? referralExpectation : undefined;
  const paragraphs = [
    `What you described points to **${level.name}**. This is a suggestion: you and your safeguarding lead decide.`,
    ...(reasoning.redFlags.length > 0 ? [`You ticked a red flag for immediate danger, so the suggestion is the top level, **${level.name}**, whatever else you ticked.`] : []),
    `Why: ${why.map((line) => `\n- ${line}`).join('')}`,
    ...hints.map((hint) => hint.message),
    `**${level.name}** in the ${document.title}: ${level.description}`,
    `**What to do now:** ${level.response}`,
    `**With whom, by when:** ${withWhomByWhen(level, contacts, inWorkingHours)}`,
    ...(reasoning.consentRule ? [`**Consent:** ${reasoning.consentRule.text} ${CONSENT_PRINCIPLES.join(' ')}`] : []),
    ...(expectation ? [`**What to expect:** ${expectation.text}`] : []),
    ...(level.referralKind === 'earlyHelp' ? [`**What to expect:** ${EARLY_HELP_EXPECTATION}`] : []),
    '**Talk it through** with your safeguarding lead, especially where you are unsure.',
    `**If you disagree with a threshold decision** (${document.escalation.title}): ${document.escalation.stages.map((stage, index) => `\n${index + 1}. ${stage.title}: ${stage.description}${stage.timescale ? ` (${stage.timescale})` : ''}`).join('')}`,
  ];
  const citations = [document.citation, ...flagCitations(reasoning.redFlags), INFORMATION_SHARING_ADVICE, ...(expectation?.citations ?? [])];
  return renderMessageCard(`Suggested level: ${level.name}`, paragraphs, levelContactFacts(contacts, level, inWorkingHours), citations);
}

/** The practitioner's own designated safeguarding lead: the board cannot know who that is, so it says where to find them. */
const SAFEGUARDING_LEAD_FACT: Fact = { label: 'Your safeguarding lead', value: "Your organisation's designated safeguarding lead, or their deputy" };

function noMatchCard({ document, contacts, recommendation, inWorkingHours }: AnswerCardInput): AdaptiveCardJson {
  const paragraphs = [
    `What you told me did not match any indicator in the ${document.title}, so I am not suggesting a level. That does not mean there is nothing to worry about.`,
    `**Talk to your safeguarding lead now** about what worries you. If you cannot reach them, phone ${inWorkingHours ? 'the front door' : 'the emergency duty team (it is outside working hours now)'} for advice.`,
    ...recommendation.hints.map((hint) => hint.message),
    'If the child is in immediate danger, call 999.',
  ];
  const keys = inWorkingHours ? ['frontDoor'] : ['frontDoor', 'emergencyDutyTeam'];
  return renderMessageCard('No level suggested: talk to your safeguarding lead now', paragraphs, [SAFEGUARDING_LEAD_FACT, ...contactFacts(contacts, keys)], [document.citation]);
}
