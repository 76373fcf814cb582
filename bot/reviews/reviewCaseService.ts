import type { CaseOpening, ReviewCasePort } from '../../dialogs/boardDecisions/reviewCasePort.ts';
import type { TimeSource } from '../../dialogs/ports.ts';
import type { TurnUser } from '../../dialogs/turnUser.ts';
import { mayOpen } from '../boardInbox/itemAccess.ts';
import type { Database } from '../storage/database.ts';
import { appendAuditEntry } from '../audit/auditLog.ts';
import { systemTime } from '../systemTime.ts';

const NOTIFICATION = 'serious_incident_notification';

/** A case's records: the notification itself, and the decisions, milestones and summaries that name it. */
const IN_CASE = `r.board_id = $1 AND (r.reference = $2 OR (r.type IN ('scr_decision', 'scr_milestone', 'executive_summary')
  AND (r.payload->>'incidentReference' = $2 OR r.payload->>'reviewReference' = $2)))`;

/** Serious incident cases for board staff: opened with a role check and an audit entry, clocks stopped with one. */
export class ReviewCaseService implements ReviewCasePort {
  readonly #db: Database;
  readonly #clock: TimeSource;

  constructor(db: Database, clock: TimeSource = systemTime) {
    this.#db = db;
    this.#clock = clock;
  }

  async openCase(user: TurnUser, notificationReference: string): Promise<CaseOpening> {
    const { rows } = await this.#db.query<{ id: string; type: string; reference: string; payload: unknown; created_at: Date }>(
      `SELECT r.id, r.type, r.reference, r.payload, r.created_at FROM records r WHERE ${IN_CASE} ORDER BY r.created_at, r.reference`,
      [user.boardId, notificationReference],
    );
    const notification = rows.find((row) => row.reference === notificationReference);
    if (notification?.type !== NOTIFICATION) return { kind: 'notFound' };
    if (!mayOpen(user.roles, NOTIFICATION)) {
      await appendAuditEntry(this.#db, { actor: user.identity, action: 'case.viewRefused', recordId: notification.id, detail: { reference: notificationReference } });
      return { kind: 'notAllowed' };
    }
    await appendAuditEntry(this.#db, { actor: user.identity, action: 'case.viewed', recordId: notification.id, detail: { reference: notificationReference, records: rows.length } });
    const ordered = [notification, ...rows.filter((row) => row !== notification)];
    return {
      kind: 'opened',
      records: ordered.map((row) => ({ reference: row.reference, recordType: row.type, record: row.payload, submittedAt: row.created_at })),
    };
  }

  /** The timers of stopped clocks are closed without firing (fired_at set, no message), so the scheduler never sends them. */
  async stopClocks(user: TurnUser, notificationReference: string, clockIds: readonly string[], stoppedBy: string): Promise<void> {
    if (clockIds.length === 0) return;
    await this.#db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string }>(`SELECT r.id FROM records r WHERE ${IN_CASE} AND r.reference = $2`, [user.boardId, notificationReference]);
      const notification = rows[0];
      if (!notification) throw new Error('the notification of this case cannot be found');
      const closed = await tx.query(
        `UPDATE timers t SET fired_at = $4, locked_until = NULL, locked_by = NULL
         FROM records r
         WHERE r.id = t.record_id AND t.fired_at IS NULL AND t.clock_id = ANY($3::text[]) AND ${IN_CASE}`,
        [user.boardId, notificationReference, clockIds, this.#clock.now()],
      );
      await appendAuditEntry(tx, {
        actor: user.identity,
        action: 'clock.stopped',
        recordId: notification.id,
        detail: { reference: notificationReference, clockIds: [...clockIds], stoppedBy, timersClosed: closed.rowCount },
      });
    });
  }
}
