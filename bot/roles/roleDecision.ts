import type { BoardRole, EntraGroup } from '../../knowledge/boards/boardConfig.ts';
import { BOARD_ROLES } from '../../knowledge/boards/boardConfig.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { rolesOf as rolesInFile } from '../../knowledge/boards/boardRegistry.ts';
import { normaliseIdentity } from '../../knowledge/boards/identity.ts';
import type { Queryable } from '../storage/database.ts';
import { currentTurnScope } from '../storage/turnStateScope.ts';
import type { GroupMembershipCache } from './groupMembershipCache.ts';
import { roleGrantsOf, type RoleGrant } from './roleGrantStore.ts';

/** Why someone holds a role: named in the board file, given in chat by a board admin, or a member of an Entra group. */
export type RoleSource = { kind: 'file' } | { kind: 'chat'; grant: RoleGrant } | { kind: 'group'; group: EntraGroup };

export interface RoleHolder {
  role: BoardRole;
  identity: string;
  source: RoleSource;
}

export interface RoleAnswer {
  roles: BoardRole[];
  /** True when a group that might give a role could not be checked (Graph unreachable past the last-known limit). */
  membershipUnchecked: boolean;
}

export interface HoldersAnswer {
  holders: RoleHolder[];
  membershipUnchecked: boolean;
}

const ENTRA_PREFIX = 'aad:';

/**
 * The one answer to "which roles does this person hold on this board" and "who holds this role", for every channel
 * and every part of the bot: the board file, the roles admins gave in chat, and the board's Entra groups together.
 */
export class RoleDecision {
  readonly #db: Queryable;
  readonly #groups: GroupMembershipCache | undefined;

  constructor(db: Queryable, groups?: GroupMembershipCache) {
    this.#db = db;
    this.#groups = groups;
  }

  async rolesOf(board: Board, identity: string): Promise<RoleAnswer> {
    const who = normaliseIdentity(identity);
    // Roles given in chat are stored as text: only the board roles this version knows are counted.
    const held = new Set<string>(rolesInFile(board, who));
    for (const role of await this.#chatRolesOf(board.id, who)) held.add(role);
    let membershipUnchecked = false;
    if (who.startsWith(ENTRA_PREFIX)) {
      const objectId = who.slice(ENTRA_PREFIX.length);
      for (const role of BOARD_ROLES) {
        if (held.has(role)) continue;
        for (const group of board.roleGroups[role]) {
          const membership = await this.#membersOf(group);
          if (membership === undefined) membershipUnchecked = true;
          else if (membership.has(objectId)) held.add(role);
          if (held.has(role)) break;
        }
      }
    }
    return { roles: BOARD_ROLES.filter((role) => held.has(role)), membershipUnchecked };
  }

  /** Everyone holding any of these roles (all roles when none given), once per role and source. */
  async holdersOf(board: Board, roles: readonly BoardRole[] = BOARD_ROLES): Promise<HoldersAnswer> {
    const holders: RoleHolder[] = [];
    let membershipUnchecked = false;
    const grants = await roleGrantsOf(this.#db, board.id);
    for (const role of roles) {
      holders.push(...board.roles[role].map((identity): RoleHolder => ({ role, identity, source: { kind: 'file' } })));
      holders.push(...grants.filter((grant) => grant.role === role).map((grant): RoleHolder => ({ role, identity: grant.identity, source: { kind: 'chat', grant } })));
      for (const group of board.roleGroups[role]) {
        const members = await this.#membersOf(group);
        if (members === undefined) membershipUnchecked = true;
        for (const objectId of members ?? []) holders.push({ role, identity: `${ENTRA_PREFIX}${objectId}`, source: { kind: 'group', group } });
      }
    }
    return { holders, membershipUnchecked };
  }

  /** Roles given in chat: read with the turn's state when this is the speaker's question in a turn, else from the store. */
  async #chatRolesOf(boardId: string, identity: string): Promise<string[]> {
    const readWithTurn = currentTurnScope()?.takeChatRoles(boardId, identity);
    if (readWithTurn) return readWithTurn;
    const { rows } = await this.#db.query<{ role: string }>('SELECT role FROM role_grants WHERE board_id = $1 AND identity = $2', [boardId, identity]);
    return rows.map((row) => row.role);
  }

  async #membersOf(group: EntraGroup): Promise<ReadonlySet<string> | undefined> {
    const membership = await this.#groups?.membersOf(group);
    return membership?.kind === 'known' ? membership.members : undefined;
  }
}

/** Every Entra group any board names, once each. */
export function entraGroupsOf(boards: Iterable<Board>): EntraGroup[] {
  const groups = new Map<string, EntraGroup>();
  for (const board of boards) {
    for (const role of BOARD_ROLES) for (const group of board.roleGroups[role]) groups.set(`${group.tenantId}/${group.groupId}`, group);
  }
  return [...groups.values()];
}
