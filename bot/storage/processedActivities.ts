import type { Queryable } from './database.ts';

/**
 * The activities claimed by turns (bot/storage/turnStateStatements.ts), with what each invoke was answered, as the
 * adapter returns it: { status, body }.
 */
export interface StoredInvokeResponse {
  status: number;
  body?: unknown;
}

/** The answer the first delivery of an invoke got; undefined while it is still being worked on. */
export async function invokeResponseOf(db: Queryable, activityKey: string): Promise<StoredInvokeResponse | undefined> {
  const { rows } = await db.query<{ invoke_response: StoredInvokeResponse | null }>('SELECT invoke_response FROM processed_activities WHERE activity_key = $1', [activityKey]);
  return rows[0]?.invoke_response ?? undefined;
}

/** Forgets claims older than the given moment (channels stop redelivering long before); returns how many. */
export async function purgeProcessedActivities(db: Queryable, olderThan: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM processed_activities WHERE processed_at < $1', [olderThan]);
  return rowCount;
}
