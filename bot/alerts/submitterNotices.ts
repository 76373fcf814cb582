import { alertFollowUpText } from '../../cards/templates/receiptStatus.ts';
import type { NotifySubmitter } from '../delivery/deliveryPorts.ts';
import type { Lease } from '../jobs/leasedRows.ts';
import { errorTypeOf } from '../logging/errorType.ts';
import type { LogSink } from '../logging/logger.ts';
import type { Database } from '../storage/database.ts';
import { claimOwedSubmitterNotices, markSubmitterNoticeFailed, markSubmitterNoticeSent } from './submitterNoticeStore.ts';

const BATCH = 20;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 60 * 60_000;

export interface SubmitterNoticeParts {
  db: Database;
  notifySubmitter: NotifySubmitter;
  logger: LogSink;
}

/**
 * Tells each submitter whose receipt said "not alerted yet" that their record's alert has now been posted, in the
 * chat they submitted from (as the board's acknowledgement is told). A failed message is tried again later.
 */
export async function sendOwedSubmitterNotices(parts: SubmitterNoticeParts, lease: Lease, boardId?: string): Promise<number> {
  const { db, notifySubmitter, logger } = parts;
  let sent = 0;
  for (;;) {
    const owed = await claimOwedSubmitterNotices(db, lease, BATCH, boardId);
    for (const notice of owed) {
      try {
        await notifySubmitter({ recordId: notice.recordId, reference: notice.reference, text: alertFollowUpText(notice.reference, notice.recordType, notice.outcome) });
        await markSubmitterNoticeSent(db, notice);
        sent += 1;
      } catch (error) {
        const waitMs = Math.min(FIRST_RETRY_MS * 2 ** notice.attempts, LONGEST_RETRY_MS);
        await markSubmitterNoticeFailed(db, notice, new Date(lease.now.getTime() + waitMs)).catch(() => undefined);
        logger.warn({ reference: notice.reference, errorType: errorTypeOf(error) }, 'submitter could not be told the alert was posted; will retry');
      }
    }
    if (owed.length < BATCH) return sent;
  }
}
