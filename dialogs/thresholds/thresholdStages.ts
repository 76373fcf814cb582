import type { SectionValues } from '../../cards/forms/formSpec.ts';
import type { ThresholdDocument } from '../../knowledge/thresholds/thresholdDocument.ts';
import { consentRuleFor, type ThresholdAnswers, type ThresholdFacts } from '../../cards/thresholds/thresholdAnswers.ts';

/** Where the walk is: a card of questions, or a choice. The order of the domains comes from the board's document. */
export type Stage = 'redFlags' | 'afterUrgent' | 'about' | 'voice' | 'answer' | 'override' | 'consent' | `domain:${string}`;

export const FIRST_STAGE: Stage = 'redFlags';

function domainStage(document: ThresholdDocument, index: number): Stage | undefined {
  const domain = document.domains[index];
  return domain && `domain:${domain.id}`;
}

/** Consent is asked only where the rule that applies asks for it: never after red flags, unless the practitioner chose a level that does. */
function consentOrSave(document: ThresholdDocument, facts: ThresholdFacts): Stage | 'save' {
  return consentRuleFor(document, facts)?.consentNeeded ? 'consent' : 'save';
}

/**
 * Keeps the answer given at a stage in the facts and says what comes next: another stage, or 'save'.
 * `answer` is a card's parsed values, or the value of the button chosen.
 */
export function recordStageAnswer(document: ThresholdDocument, stage: Stage, facts: ThresholdFacts, answer: SectionValues | string): Stage | 'save' {
  const values = typeof answer === 'string' ? {} : answer;
  const { answers } = facts;
  switch (stage) {
    case 'redFlags':
      answers.redFlags = (values.redFlags as string[] | undefined) ?? [];
      return answers.redFlags.length > 0 ? 'afterUrgent' : 'about';
    case 'afterUrgent':
      facts.shortRecord = answer === 'finish';
      return 'about';
    case 'about':
      answers.about = values as ThresholdAnswers['about'];
      return facts.shortRecord ? 'save' : (domainStage(document, 0) ?? 'voice');
    case 'voice':
      answers.voice = values as ThresholdAnswers['voice'];
      return 'answer';
    case 'answer':
      if (answer === 'override') return 'override';
      facts.handOffToLado = answer === 'lado';
      return facts.handOffToLado ? 'save' : consentOrSave(document, facts);
    case 'override':
      facts.judgement = values as ThresholdFacts['judgement'];
      return consentOrSave(document, facts);
    case 'consent':
      facts.consent = values as ThresholdFacts['consent'];
      return 'save';
    default: {
      const domainId = stage.slice('domain:'.length);
      answers.domains[domainId] = { indicators: (values.indicators as string[] | undefined) ?? [], notSure: values.notSure === true };
      const index = document.domains.findIndex((domain) => domain.id === domainId);
      return domainStage(document, index + 1) ?? 'voice';
    }
  }
}
