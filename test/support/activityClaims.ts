import type { Queryable } from '../../bot/storage/database.ts';
import { loadTurnState } from '../../bot/storage/turnStateStatements.ts';

/** Claims an activity as a turn does (with no state to read): true the first time, false for every redelivery. */
export async function claimActivity(db: Queryable, activityKey: string, conversationId: string): Promise<boolean | undefined> {
  return (await loadTurnState(db, { claim: { activityKey, conversationId }, stateKeys: [] })).claimed;
}
