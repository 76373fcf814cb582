import type { Citation } from '../citation.ts';

/** One line per citation: 'seeds/004_….txt L49 “quote” <url>'. */
export function formatCitation(citation: Citation): string {
  return [
    citation.source,
    citation.locator,
    citation.quote === undefined ? undefined : `“${citation.quote}”`,
    citation.url === undefined ? undefined : `<${citation.url}>`,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
}
