import { randomUUID } from 'node:crypto';
import { teamsUser } from '../alerts/alertTestBoard.ts';
import type { ConversationOptions } from './conversation.ts';

/** A practitioner of the alert test board with a user of their own, so drafts never cross between tests. */
export function newPractitioner(): ConversationOptions {
  const aadObjectId = randomUUID();
  return teamsUser('practitioner', { aadObjectId, userId: `29:${aadObjectId}`, userName: 'Test practitioner' });
}
