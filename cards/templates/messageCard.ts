import type { Citation } from '../../knowledge/citation.ts';
import { citationForPeople } from '../../knowledge/editions/formatCitation.ts';
import { adaptiveCard, heading, labelledValues, paragraph, subtleText } from '../adaptive/cardElements.ts';
import type { AdaptiveCardJson, AdaptiveElement, Fact } from '../adaptive/cardElements.ts';

/**
 * Guidance: a title, paragraphs, optional facts (e.g. the guidance edition) and the sources each
 * statement rests on, so "why?" can always be answered.
 */
export function renderMessageCard(title: string, paragraphs: string[], facts: Fact[] = [], citations: Citation[] = []): AdaptiveCardJson {
  const body: AdaptiveElement[] = [
    heading(title),
    ...paragraphs.map(paragraph),
    ...(facts.length === 0 ? [] : [labelledValues(facts)]),
    ...(citations.length === 0 ? [] : [subtleText('Sources'), ...uniqueLines(citations.map(citationForPeople)).map(subtleText)]),
  ];
  return adaptiveCard(body);
}

/** Several lines of one document read the same to people: each source is listed once. */
function uniqueLines(lines: string[]): string[] {
  return [...new Set(lines)];
}
