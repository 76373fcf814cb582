import type { BoardRole } from '../../knowledge/boards/boardConfig.ts';
import type { Database, Queryable } from '../storage/database.ts';
import { appendAuditEntry } from '../audit/auditLog.ts';

export interface RoleGrant {
  role: BoardRole;
  identity: string;
  displayName: string | null;
  grantedBy: string;
  grantedAt: Date;
  confirmedAt: Date;
}

export interface RoleChange {
  boardId: string;
  role: BoardRole;
  identity: string;
  displayName?: string;
  actor: string;
  at: Date;
}

type GrantRow = { role: BoardRole; identity: string; display_name: string | null; granted_by: string; granted_at: Date; confirmed_at: Date };

const toGrant = (row: GrantRow): RoleGrant => ({
  role: row.role,
  identity: row.identity,
  displayName: row.display_name,
  grantedBy: row.granted_by,
  grantedAt: row.granted_at,
  confirmedAt: row.confirmed_at,
});

/** Every role given in chat on a board, oldest first. */
export async function roleGrantsOf(db: Queryable, boardId: string): Promise<RoleGrant[]> {
  const { rows } = await db.query<GrantRow>('SELECT role, identity, display_name, granted_by, granted_at, confirmed_at FROM role_grants WHERE board_id = $1 ORDER BY granted_at, identity', [boardId]);
  return rows.map(toGrant);
}

/** Gives the role (or confirms it when already given), with its audit entry in the same transaction. True when new. */
export async function grantRole(db: Database, change: RoleChange): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ inserted: boolean }>(
      `INSERT INTO role_grants (board_id, role, identity, display_name, granted_by, granted_at, confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (board_id, role, identity) DO UPDATE SET confirmed_at = EXCLUDED.confirmed_at,
         display_name = COALESCE(EXCLUDED.display_name, role_grants.display_name)
       RETURNING (xmax = 0) AS inserted`,
      [change.boardId, change.role, change.identity, change.displayName ?? null, change.actor, change.at],
    );
    const inserted = rows[0]?.inserted === true;
    await appendAuditEntry(tx, {
      actor: change.actor,
      action: inserted ? 'role.granted' : 'role.confirmed',
      detail: { boardId: change.boardId, role: change.role, identity: change.identity },
    });
    return inserted;
  });
}

/** Takes a role given in chat away, audited. False when the person did not hold it from chat. */
export async function revokeRole(db: Database, change: Omit<RoleChange, 'displayName' | 'at'>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rowCount } = await tx.query('DELETE FROM role_grants WHERE board_id = $1 AND role = $2 AND identity = $3', [change.boardId, change.role, change.identity]);
    if (rowCount === 0) return false;
    await appendAuditEntry(tx, { actor: change.actor, action: 'role.removed', detail: { boardId: change.boardId, role: change.role, identity: change.identity } });
    return true;
  });
}

export async function noteRoleHolderSeen(db: Queryable, boardId: string, identity: string, displayName: string | undefined, at: Date): Promise<void> {
  await db.query(
    `INSERT INTO role_holder_activity (board_id, identity, display_name, last_seen_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (board_id, identity) DO UPDATE SET last_seen_at = GREATEST(role_holder_activity.last_seen_at, EXCLUDED.last_seen_at),
       display_name = COALESCE(EXCLUDED.display_name, role_holder_activity.display_name)`,
    [boardId, identity, displayName ?? null, at],
  );
}

export interface HolderActivity {
  displayName: string | null;
  lastSeenAt: Date;
}

export async function roleHolderActivityOf(db: Queryable, boardId: string): Promise<Map<string, HolderActivity>> {
  const { rows } = await db.query<{ identity: string; display_name: string | null; last_seen_at: Date }>('SELECT identity, display_name, last_seen_at FROM role_holder_activity WHERE board_id = $1', [
    boardId,
  ]);
  return new Map(rows.map((row) => [row.identity, { displayName: row.display_name, lastSeenAt: row.last_seen_at }]));
}
