import type { FlowEntry } from '../flowCatalogue.ts';
import { LadoDialog } from './ladoDialog.ts';
import type { LadoFlowPorts } from './ladoPorts.ts';

/** Phrases that start the LADO flow from anywhere in the menu. */
export const LADO_TRIGGERS: RegExp[] = [
  /\blado\b/i,
  /\b(allegation|concern|complaint)s?\s+(about|against)\s+(a|an|the|my|our)?\s*(member of staff|staff|teacher|colleague|employee|volunteer|coach|carer|foster carer|childminder|tutor|youth worker|worker|nurse|doctor|adult)/i,
  /\b(teacher|member of staff|staff member|colleague|coach|carer|childminder|tutor|volunteer|youth worker|nurse|doctor|employee)\b.*\b(hurt|hit|harmed|slapped|pushed|grabbed|kicked|abused|assaulted|touched|groomed|restrained|shouted|inappropriate)/i,
];

export function createLadoFlow(ports: LadoFlowPorts): FlowEntry {
  return {
    id: 'lado',
    title: 'Allegation about someone who works with children (LADO)',
    summary:
      'the harm test, then a referral to the LADO within one working day, a request for advice, or low-level concern guidance. LADOs: type **record LADO decision** (or **outcome**) and the reference',
    triggers: LADO_TRIGGERS,
    dialog: new LadoDialog(ports),
  };
}
