import type { Queryable } from '../storage/database.ts';

/** A value an audit entry's detail may hold: ids, codes, counts, times and flags, never a person's details. */
export type AuditValue = string | number | boolean | null | readonly AuditValue[] | { readonly [key: string]: AuditValue };

export interface AuditEntry {
  /** Who acted: a user identity such as 'aad:<object id>', or 'system:<part>' for the bot itself. */
  actor: string;
  /** What happened, as 'subject.verb', e.g. 'record.submitted', 'record.delivered', 'alert.acknowledged'. */
  action: string;
  recordId?: string;
  /** Ids, references, types, counts and reasons only: no names, dates of birth, addresses or allegation text. */
  detail?: Record<string, AuditValue>;
}

/**
 * Adds an entry to the append-only audit trail; pass the transaction that makes the change it records, so the
 * change and its entry are committed together. There is no update or delete, and the table refuses both.
 */
export async function appendAuditEntry(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query('INSERT INTO audit_log (actor, action, record_id, detail) VALUES ($1, $2, $3, $4::jsonb)', [entry.actor, entry.action, entry.recordId ?? null, JSON.stringify(entry.detail ?? {})]);
}

export interface StoredAuditEntry extends Required<Omit<AuditEntry, 'recordId'>> {
  id: number;
  at: Date;
  recordId: string | null;
}

/** A record's audit trail, oldest first. */
export async function auditTrailOf(db: Queryable, recordId: string): Promise<StoredAuditEntry[]> {
  const { rows } = await db.query<{ id: number; at: Date; actor: string; action: string; record_id: string | null; detail: Record<string, AuditValue> }>(
    'SELECT id, at, actor, action, record_id, detail FROM audit_log WHERE record_id = $1 ORDER BY id',
    [recordId],
  );
  return rows.map((row) => ({ id: row.id, at: row.at, actor: row.actor, action: row.action, recordId: row.record_id, detail: row.detail }));
}
