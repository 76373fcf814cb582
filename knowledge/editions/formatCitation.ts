import type { Citation } from '../citation.ts';

/** What a practitioner reads behind "why?": 'Working Together to Safeguard Children 2023, chapter 4: “quote” (https://…)'. */
export function citationForPeople(citation: Citation): string {
  const place = citation.locator === undefined ? citation.source : `${citation.source}, ${citation.locator}`;
  const quote = citation.quote === undefined ? '' : `: “${citation.quote}”`;
  const link = citation.url === undefined ? '' : ` (${citation.url})`;
  return `${place}${quote}${link}`;
}

/** What a board administrator reads: where the product checked it first, then what people see. */
export function citationForAdministrators(citation: Citation): string {
  return citation.basis === undefined ? citationForPeople(citation) : `${citation.basis} · ${citationForPeople(citation)}`;
}
