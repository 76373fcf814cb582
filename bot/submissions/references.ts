import type { RecordType } from '../../knowledge/records/recordSchema.ts';

/** The prefix of each record type's human reference, e.g. LADO-2026-000123. One place, so references stay unambiguous. */
export const REFERENCE_PREFIXES: Readonly<Record<RecordType, string>> = {
  threshold_consultation: 'THR',
  lado_referral: 'LADO',
  lado_consultation: 'LADOC',
  lado_decision: 'LADOD',
  lado_outcome: 'LADOO',
  serious_incident_notification: 'SIN',
  scr_decision: 'SCRD',
  scr_milestone: 'SCRM',
  executive_summary: 'EXSUM',
};

/** '<PREFIX>-<year>-<number, six digits or more>'. */
export function formatReference(type: RecordType, year: number, number: number): string {
  return `${REFERENCE_PREFIXES[type]}-${year}-${String(number).padStart(6, '0')}`;
}
