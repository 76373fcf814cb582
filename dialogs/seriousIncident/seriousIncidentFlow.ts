import { BOARD_DECISION_TRIGGER } from '../boardDecisions/boardDecisionCommands.ts';
import type { FlowEntry } from '../flowCatalogue.ts';
import { SeriousIncidentDialog } from './seriousIncidentDialog.ts';
import type { SeriousIncidentFlowPorts } from './seriousIncidentPorts.ts';

/** Phrases that start the serious incident flow from anywhere in the menu. */
export const SERIOUS_INCIDENT_TRIGGERS: RegExp[] = [
  /\bserious (incident|case review)s?\b/i,
  /\bnotifiable incident\b/i,
  /\b(sin|scr|lcspr)\b/i,
  /\bchild (has )?died\b|\bdeath of a child\b/i,
  /\bresume serious incident\b/i,
  BOARD_DECISION_TRIGGER,
];

export function createSeriousIncidentFlow(ports: SeriousIncidentFlowPorts): FlowEntry {
  return {
    id: 'seriousIncident',
    title: 'Serious incident or case review',
    summary:
      'the criteria for your board’s guidance edition, then a notification to the board (managers). Board staff: **record review decision**, ' +
      '**record national notification**, **record milestone** or **record executive summary** and the SIN reference',
    triggers: SERIOUS_INCIDENT_TRIGGERS,
    dialog: new SeriousIncidentDialog(ports),
  };
}
