import type { Citation } from '../../knowledge/citation.ts';
import { adaptiveCard, labelledValues, heading, paragraph, subtleText } from '../adaptive/cardElements.ts';
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
    ...(citations.length === 0 ? [] : [subtleText('Sources'), ...citations.map((citation) => subtleText(citationText(citation)))]),
  ];
  return adaptiveCard(body);
}

/** 'seeds/004.txt, L49: "quote" (https://…)'. */
function citationText(citation: Citation): string {
  const place = citation.locator === undefined ? citation.source : `${citation.source}, ${citation.locator}`;
  const quote = citation.quote === undefined ? '' : `: "${citation.quote}"`;
  const link = citation.url === undefined ? '' : ` (${citation.url})`;
  return `${place}${quote}${link}`;
}
