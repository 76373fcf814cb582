import { isRecordType, RECORD_SCHEMAS } from '../../knowledge/records/recordSchema.ts';
import type { BoardItemState } from './boardItemStore.ts';

const STATE_LABELS: Record<BoardItemState, string> = {
  open: 'New: not yet acknowledged',
  acknowledged: 'Acknowledged',
  assigned: 'Assigned',
  done: 'Done',
};

/** A board item's state as cards, the inbox and the operator's export show it. */
export function stateLabel(state: BoardItemState): string {
  return STATE_LABELS[state];
}

/** 'LADO referral', 'Serious incident notification': the record schema's title. */
export function recordTypeLabel(recordType: string): string {
  const title = isRecordType(recordType) ? RECORD_SCHEMAS[recordType].meta()?.title : undefined;
  return typeof title === 'string' ? title : recordType;
}
