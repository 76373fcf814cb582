import type { OwnReferralPort } from '../../dialogs/lado/index.ts';
import type { TurnUser } from '../../dialogs/turnUser.ts';
import type { Database } from '../storage/database.ts';
import { appendAuditEntry } from '../audit/auditLog.ts';

/**
 * A submitter's own LADO referral, read back from the records (never kept in conversation or user state) when they
 * confirm that the next referral, about another adult, starts from it. Audited like any other reading of a record.
 */
export class OwnReferrals implements OwnReferralPort {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async submittedBy(user: TurnUser, reference: string): Promise<unknown> {
    return this.#db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string; payload: unknown }>(
        `SELECT id, payload FROM records WHERE board_id = $1 AND reference = $2 AND submitter_identity = $3 AND type = 'lado_referral'`,
        [user.boardId, reference, user.identity],
      );
      const row = rows[0];
      if (row === undefined) return undefined;
      await appendAuditEntry(tx, { actor: user.identity, action: 'record.readBySubmitter', recordId: row.id, detail: { reference, purpose: 'nextReferral' } });
      return row.payload;
    });
  }
}
