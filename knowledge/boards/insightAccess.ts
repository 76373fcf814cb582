import type { BoardRole } from './boardConfig.ts';
import type { Board } from './boardFiles.ts';

/** Who may see a board's insight page: its board staff (staff, chair, administrators) and its auditors. */
export const INSIGHT_ROLES: readonly BoardRole[] = ['boardStaff', 'chair', 'boardAdmin', 'auditor'];

export interface InsightViewer {
  identity: string;
  /** The Entra tenant the person signed in from; absent for local and demo identities. */
  tenantId?: string | undefined;
}

/**
 * Whether a person may see a board's figures: they hold an insight role there (as the one role decision answers). An
 * Entra identity from a tenant that the board does not list for Teams is not that board's (an object id is only
 * meaningful within its tenant).
 */
export function mayViewInsight(board: Board, viewer: InsightViewer, rolesHeld: readonly BoardRole[]): boolean {
  const tenants = board.channels.teams?.tenantIds;
  if (viewer.tenantId && tenants && !tenants.includes(viewer.tenantId)) return false;
  return rolesHeld.some((role) => INSIGHT_ROLES.includes(role));
}
