import type { FlowEntry } from '../flowCatalogue.ts';
import { ThresholdDialog } from './thresholdDialog.ts';
import type { ThresholdFlowPorts } from './thresholdPorts.ts';

/** Phrases that start the threshold check from anywhere in the menu. */
export const THRESHOLD_TRIGGERS: RegExp[] = [
  /\bthresholds?\b/i,
  /\b(worried|concerned|a concern) about a (child|young person|pupil|baby)\b/i,
  /\bdoes (this|it) meet\b/i,
  /\bshould i (make a )?refer(ral)?\b/i,
];

export function createThresholdFlow(ports: ThresholdFlowPorts): FlowEntry {
  return {
    id: 'threshold',
    title: 'Check a concern about a child (thresholds)',
    summary: "walk the board's threshold document to a suggested level, what to do now, with whom and by when",
    triggers: THRESHOLD_TRIGGERS,
    dialog: new ThresholdDialog(ports),
  };
}
