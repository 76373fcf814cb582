import { adaptiveCard, heading, labelledValues, markingLine, paragraph, subheading } from '../adaptive/cardElements.ts';
import type { AdaptiveCardJson, AdaptiveElement, Fact } from '../adaptive/cardElements.ts';

export interface RecordCardInput {
  /** e.g. 'LADO referral LADO-2026-000123'. */
  title: string;
  marking: string;
  /** Where the board has got with it, e.g. 'Status: Acknowledged. By the end of Tuesday 3 March 2026.' */
  statusLine: string;
  facts: Fact[];
  sections: Array<{ title: string; facts: Fact[] }>;
}

/** A stored record to read: its marking first, its status, then each section with its labels above the values. */
export function renderRecordCard(record: RecordCardInput): AdaptiveCardJson {
  const body: AdaptiveElement[] = [
    markingLine(record.marking),
    heading(record.title),
    paragraph(record.statusLine),
    ...(record.facts.length === 0 ? [] : [labelledValues(record.facts)]),
    ...record.sections.flatMap((section) => [subheading(section.title), labelledValues(section.facts)]),
  ];
  return adaptiveCard(body);
}
