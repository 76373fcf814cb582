import { adaptiveCard, labelledValues, heading, numberedList, paragraph, styledContainer, subheading } from '../adaptive/cardElements.ts';
import type { AdaptiveCardJson, AdaptiveElement, Fact } from '../adaptive/cardElements.ts';

export type ReceiptCardInput = {
  /** The human reference, e.g. LADO-2026-000123. */
  reference: string;
  title: string;
  nextSteps: string[];
  /** When the clock ends, in local time, e.g. "The LADO must have this by the end of Tuesday 22 April 2025". */
  deadlineText?: string;
  contacts?: Fact[];
};

/** What the submitter sees at once after confirming: the reference, what happens next, the deadline, who to call. */
export function renderReceiptCard(receipt: ReceiptCardInput): AdaptiveCardJson {
  const body: AdaptiveElement[] = [
    heading(receipt.title),
    styledContainer('good', [paragraph('Your reference'), { type: 'TextBlock', text: receipt.reference, size: 'extraLarge', weight: 'bolder', fontType: 'monospace', wrap: true }]),
    ...(receipt.deadlineText === undefined ? [] : [paragraph(receipt.deadlineText)]),
    ...(receipt.nextSteps.length === 0 ? [] : [subheading('What happens next'), numberedList(receipt.nextSteps)]),
    ...(receipt.contacts === undefined || receipt.contacts.length === 0 ? [] : [subheading('Contacts'), labelledValues(receipt.contacts)]),
  ];
  return adaptiveCard(body);
}
