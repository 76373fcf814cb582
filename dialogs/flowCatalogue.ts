import type { Dialog } from 'botbuilder-dialogs';

/** A flow the main menu offers: thresholds, LADO, serious incidents (later issues add them here). */
export interface FlowEntry {
  /** Also the menu choice's value. */
  id: string;
  title: string;
  /** One line for the menu and help. */
  summary: string;
  /** Typed phrases that start the flow directly, e.g. /\blado\b/i. */
  triggers: RegExp[];
  dialog: Dialog;
}

export function findFlowFor(flows: readonly FlowEntry[], text: string): FlowEntry | undefined {
  const normalised = text.trim();
  return flows.find((flow) => flow.id === normalised) ?? flows.find((flow) => flow.triggers.some((trigger) => trigger.test(normalised)));
}
