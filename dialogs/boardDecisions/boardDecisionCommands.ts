/** What board staff type, in a one-to-one chat, to record what follows a serious incident notification. */
export type BoardDecisionCommand = {
  kind: 'decision' | 'nationalNotification' | 'milestone' | 'executiveSummary';
  /** The notification's reference, e.g. SIN-2026-000012: every later record of the case is linked to it. */
  reference: string;
};

const REFERENCE = '(sin-\\d{4}-\\d{6,})';
const PHRASES: Array<[BoardDecisionCommand['kind'], RegExp]> = [
  ['decision', new RegExp(`^record (?:the |a )?(?:review |scr |lcspr )?decision (?:for |on |about )?${REFERENCE}$`, 'i')],
  ['nationalNotification', new RegExp(`^record (?:the |a )?national notification (?:for |of |about )?${REFERENCE}$`, 'i')],
  ['milestone', new RegExp(`^record (?:the |a )?(?:review )?milestone (?:for |of |about )?${REFERENCE}$`, 'i')],
  ['executiveSummary', new RegExp(`^record (?:the |an )?executive summary (?:for |of |about )?${REFERENCE}$`, 'i')],
];

/** "record review decision SIN-2026-000012", "record national notification for SIN-…", "record milestone SIN-…", "record executive summary SIN-…". */
export function recogniseBoardDecisionCommand(text: string): BoardDecisionCommand | undefined {
  const said = text.trim().replace(/[.!]+$/, '');
  for (const [kind, pattern] of PHRASES) {
    const reference = pattern.exec(said)?.[1];
    if (reference !== undefined) return { kind, reference: reference.toUpperCase() };
  }
  return undefined;
}

/** Starts the serious incident flow from the menu when a board staff command is typed. */
export const BOARD_DECISION_TRIGGER = /^record (?:the |a |an )?(?:review |scr |lcspr )?(?:decision|national notification|milestone|executive summary)\b.*\bsin-\d/i;
