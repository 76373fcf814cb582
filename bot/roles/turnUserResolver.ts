import type { Activity } from 'botbuilder';
import type { TimeSource } from '../../dialogs/ports.ts';
import type { TurnUser } from '../../dialogs/turnUser.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { normaliseIdentity } from '../../knowledge/boards/identity.ts';
import type { BoardDirectory } from '../boards/boardDirectory.ts';
import { identityOf } from '../identity/userIdentity.ts';
import type { Queryable } from '../storage/database.ts';
import type { RoleDecision } from './roleDecision.ts';
import { noteRoleHolderSeen } from './roleGrantStore.ts';

/** A role holder's last use is written at most this often (per instance), not on every turn. */
const SEEN_EVERY_MS = 60 * 60_000;

export type TurnUserResolver = (activity: Activity) => Promise<TurnUser | undefined>;

/** Why a role may be missing when group membership could not be checked, and whom to ask. */
export function membershipUncheckedText(board: Board): string {
  return (
    'I could not check your Microsoft Entra group membership just now (Microsoft Graph could not be reached for too long), ' +
    `so roles given through groups are not counted. Try again later; if this goes on, contact ${board.contacts.businessTeam.name} at ${board.contacts.businessTeam.email}.`
  );
}

/** Who is speaking, for which board and with which roles (through the one role decision); remembers when role holders were last seen. */
export function createTurnUserResolver(boards: BoardDirectory, roles: RoleDecision, db: Queryable, clock: TimeSource): TurnUserResolver {
  const lastNoted = new Map<string, number>();
  return async (activity) => {
    const board = boards.boardFor(activity);
    if (!board) return undefined;
    const identity = identityOf(activity);
    const answer = await roles.rolesOf(board, identity);
    const now = clock.now();
    const key = `${board.id}|${identity}`;
    if (answer.roles.length > 0 && now.getTime() - (lastNoted.get(key) ?? 0) >= SEEN_EVERY_MS) {
      lastNoted.set(key, now.getTime());
      await noteRoleHolderSeen(db, board.id, normaliseIdentity(identity), activity.from.name || undefined, now);
    }
    return {
      identity,
      ...(activity.from.name ? { displayName: activity.from.name } : {}),
      boardId: board.id,
      boardName: board.name,
      roles: answer.roles,
      ...(answer.membershipUnchecked ? { roleNotice: membershipUncheckedText(board) } : {}),
    };
  };
}
