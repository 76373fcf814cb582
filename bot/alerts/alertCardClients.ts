import type { BoardRole } from '../../knowledge/boards/boardConfig.ts';
import { rolesThatMayOpen } from '../boardInbox/itemAccess.ts';
import type { AlertCardClient } from './alertCardContent.ts';

/** Bot Framework channels whose clients render Adaptive Cards without Universal Actions (Action.Execute). */
const WITHOUT_UNIVERSAL_ACTIONS = new Set(['webchat', 'directline', 'emulator']);

/** Teams refreshes a card automatically for at most 60 listed users. */
const MAX_REFRESH_USERS = 60;

/** Everyone holding any of these roles on a board, as the role decision answers (bot/roles/roleDecision.ts). */
export type RoleHolderLookup = (boardId: string, roles: readonly BoardRole[]) => Promise<readonly string[]>;

/**
 * How an alert card is drawn for the conversation it goes to: Action.Submit buttons where the client has no
 * Universal Actions; in Teams, Universal Actions and a refresh for the people who may act on the record (their
 * Teams user ids, 8:orgid:<Entra object id>, from whoever holds the roles), so large channels still refresh for them.
 */
export async function alertCardClientFor(channelId: string | undefined, boardId: string, recordType: string, holdersOf: RoleHolderLookup): Promise<AlertCardClient> {
  if (channelId !== undefined && WITHOUT_UNIVERSAL_ACTIONS.has(channelId)) return { universalActions: false };
  if (channelId !== 'msteams') return { universalActions: true };
  const holders = await holdersOf(boardId, rolesThatMayOpen(recordType));
  const people = new Set(holders.filter((identity) => identity.startsWith('aad:')));
  return { universalActions: true, refreshUserIds: [...people].slice(0, MAX_REFRESH_USERS).map((identity) => `8:orgid:${identity.slice('aad:'.length)}`) };
}
