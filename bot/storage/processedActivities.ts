import type { Queryable } from './database.ts';

/**
 * Records that an activity is being handled. True the first time its key is seen, false for every
 * redelivery after, also when deliveries race: the primary key lets exactly one insert through.
 * Key: "<channelId>:<conversationId>:<activityId>".
 */
export async function claimActivity(db: Queryable, activityKey: string, conversationId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'INSERT INTO processed_activities (activity_key, conversation_id) VALUES ($1, $2) ON CONFLICT (activity_key) DO NOTHING',
    [activityKey, conversationId],
  );
  return rowCount === 1;
}

/** Forgets claims older than the given moment (channels stop redelivering long before); returns how many. */
export async function purgeProcessedActivities(db: Queryable, olderThan: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM processed_activities WHERE processed_at < $1', [olderThan]);
  return rowCount;
}
