import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { BoardRole } from '../../knowledge/boards/boardConfig.ts';
import { rolesThatMayOpen } from '../boardInbox/itemAccess.ts';
import type { AlertCardClient } from './alertCardContent.ts';

/** Bot Framework channels whose clients render Adaptive Cards without Universal Actions (Action.Execute). */
const WITHOUT_UNIVERSAL_ACTIONS = new Set(['webchat', 'directline', 'emulator']);

/** Teams refreshes a card automatically for at most 60 listed users. */
const MAX_REFRESH_USERS = 60;

/**
 * How an alert card is drawn for the conversation it goes to: Action.Submit buttons where the client has no
 * Universal Actions; in Teams, Universal Actions and a refresh for the people who may act on the record (their
 * Teams user ids, 8:orgid:<Entra object id>, from the board's roles), so large channels still refresh for them.
 */
export function alertCardClientFor(channelId: string | undefined, board: Pick<Board, 'roles'> | undefined, recordType: string): AlertCardClient {
  if (channelId !== undefined && WITHOUT_UNIVERSAL_ACTIONS.has(channelId)) return { universalActions: false };
  if (channelId !== 'msteams' || board === undefined) return { universalActions: true };
  const roles: readonly BoardRole[] = rolesThatMayOpen(recordType);
  const people = new Set(roles.flatMap((role) => board.roles[role]).filter((identity) => identity.startsWith('aad:')));
  return { universalActions: true, refreshUserIds: [...people].slice(0, MAX_REFRESH_USERS).map((identity) => `8:orgid:${identity.slice('aad:'.length)}`) };
}
