import type { BoardRole, EntraGroup } from '../../knowledge/boards/boardConfig.ts';
import { BOARD_ROLES } from '../../knowledge/boards/boardConfig.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { rolesOf as rolesInFile } from '../../knowledge/boards/boardRegistry.ts';
import { normaliseIdentity } from '../../knowledge/boards/identity.ts';
import type { Queryable } from '../storage/database.ts';
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
    const held = new Set<BoardRole>(rolesInFile(board, who));
    const { rows } = await this.#db.query<{ role: BoardRole }>('SELECT role FROM role_grants WHERE board_id = $1 AND identity = $2', [board.id, who]);
    for (const row of rows) held.add(row.role);
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
