import type { RecordType } from '../../knowledge/records/recordSchema.ts';
import type { ClockStart, SubmissionRequest } from '../../dialogs/ports.ts';
import { sampleRecords } from '../knowledge/records/sampleRecords.ts';

/** A valid record of a type, for a board and edition. */
export function recordFor(type: RecordType, boardId: string, edition = 'wt2018'): Record<string, unknown> {
  return { ...structuredClone(sampleRecords[type]), boardId, edition };
}

/** A submission request as a dialog makes it, with the conversation the submitter used. */
export function submissionRequest(
  type: RecordType,
  boardId: string,
  options: { formInstanceId: string; clocks?: ClockStart[]; record?: unknown; edition?: string; serviceUrl?: string },
): SubmissionRequest {
  return {
    recordType: type,
    record: options.record ?? recordFor(type, boardId, options.edition),
    formInstanceId: options.formInstanceId,
    boardId,
    submitter: { identity: 'local:demo-user' },
    conversation: {
      channelId: 'webchat',
      serviceUrl: options.serviceUrl ?? 'http://127.0.0.1:9/',
      conversation: { id: `conversation-${options.formInstanceId}`, isGroup: false, conversationType: 'personal', name: '' },
      user: { id: 'demo-user', name: 'Demo User' },
      bot: { id: 'bot', name: 'Safeguarding assistant' },
    },
    clocks: options.clocks ?? [],
  };
}
