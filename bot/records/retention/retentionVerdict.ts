import type { Board } from '../../../knowledge/boards/boardFiles.ts';
import type { RetentionEnding } from '../../../knowledge/retention/retentionEnd.ts';
import { describeRetentionStart, retentionDecision, retentionHasEnded } from '../../../knowledge/retention/retentionEnd.ts';
import { isRecordType } from '../../../knowledge/records/recordSchema.ts';
import type { RetentionCandidate } from './retentionCandidates.ts';

/** A record whose period is over: it goes, with the rule in words and the title of the rule's source. */
export interface DueRecord {
  recordId: string;
  boardId: string;
  type: string;
  reference: string;
  periodEndedOn: string;
  reason: string;
}

export type RetentionVerdict = { due: DueRecord } | { kept: string };

/** "6 years from last contact (Devon County Council: records retention)". */
export function retentionRuleInWords(ending: RetentionEnding): string {
  const rule = `${ending.years} years from ${describeRetentionStart(ending.from)}`;
  return ending.citation ? `${rule} (${ending.citation.source})` : `${rule} (board setting)`;
}

/** Whether a record goes now under its board's retention rule, and why, or why it stays. */
export function retentionVerdict(candidate: RetentionCandidate, board: Board | undefined, now: Date): RetentionVerdict {
  if (candidate.held) return { kept: 'under legal hold' };
  if (!board) return { kept: 'its board is not configured here' };
  if (!isRecordType(candidate.type)) return { kept: 'unknown record type' };
  const decision = retentionDecision(board.retention[candidate.type], candidate.facts);
  if (decision.status === 'kept') return { kept: decision.reason };
  if (!retentionHasEnded(decision, now)) return { kept: `period runs to ${decision.lastDay}` };
  const { recordId, boardId, type, reference } = candidate;
  return { due: { recordId, boardId, type, reference, periodEndedOn: decision.lastDay, reason: `retention period ended: ${retentionRuleInWords(decision)}` } };
}
