import type { BoardRole } from '../../knowledge/boards/boardConfig.ts';
import type { RecordType } from '../../knowledge/records/recordSchema.ts';

/** Roles that may act on board alerts (acknowledge, assign, mark done). */
export const BOARD_STAFF_ROLES: readonly BoardRole[] = ['boardStaff', 'lado', 'chair', 'boardAdmin'];

const BUSINESS_UNIT: readonly BoardRole[] = ['boardStaff', 'chair', 'boardAdmin'];

/**
 * The records a board works in its inbox, and who may see them (domain brief §8, Access): the LADO sees LADO
 * records; the board's business unit, chair and admins see serious incidents and reviews. Threshold consultations
 * and the LADO's own decision and outcome records are not inbox items.
 */
const ROLES_BY_RECORD_TYPE: Partial<Record<RecordType, readonly BoardRole[]>> = {
  lado_referral: ['lado'],
  lado_consultation: ['lado'],
  serious_incident_notification: BUSINESS_UNIT,
  scr_decision: BUSINESS_UNIT,
  scr_milestone: BUSINESS_UNIT,
  executive_summary: BUSINESS_UNIT,
};

export const BOARD_ITEM_TYPES = Object.keys(ROLES_BY_RECORD_TYPE) as RecordType[];

export function isBoardStaff(roles: readonly string[]): boolean {
  return roles.some((role) => (BOARD_STAFF_ROLES as readonly string[]).includes(role));
}

/** The roles that may open (and so act on) a record type; none for a type that is not an inbox item. */
export function rolesThatMayOpen(recordType: string): readonly BoardRole[] {
  return ROLES_BY_RECORD_TYPE[recordType as RecordType] ?? [];
}

export function mayOpen(roles: readonly string[], recordType: string): boolean {
  const allowed: readonly string[] = rolesThatMayOpen(recordType);
  return roles.some((role) => allowed.includes(role));
}

export function recordTypesVisibleTo(roles: readonly string[]): RecordType[] {
  return BOARD_ITEM_TYPES.filter((type) => mayOpen(roles, type));
}
