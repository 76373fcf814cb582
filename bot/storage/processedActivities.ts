import type { Queryable } from './database.ts';

/**
 * Records that an activity is being handled. True the first time its key is seen, false for every
 * redelivery after, also when deliveries race: the primary key lets exactly one insert through.
 * Key: "<channelId>:<conversationId>:<activityId>".
 */
export async function claimActivity(db: Queryable, activityKey: string, conversationId: string): Promise<boolean> {
  const { rowCount } = await db.query('INSERT INTO processed_activities (activity_key, conversation_id) VALUES ($1, $2) ON CONFLICT (activity_key) DO NOTHING', [activityKey, conversationId]);
  return rowCount === 1;
}

/** What an invoke was answered, as the adapter returns it: { status, body }. */
export interface StoredInvokeResponse {
  status: number;
  body?: unknown;
}

/** Keeps the answer to a claimed invoke with its claim. */
export async function rememberInvokeResponse(db: Queryable, activityKey: string, response: StoredInvokeResponse): Promise<void> {
  await db.query('UPDATE processed_activities SET invoke_response = $2::jsonb WHERE activity_key = $1', [activityKey, JSON.stringify(response)]);
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
