import type { BoardRole } from './boardConfig.ts';
import type { Board } from './boardFiles.ts';
import { rolesOf } from './boardRegistry.ts';

/** Who may see a board's insight page: its board staff (staff, chair, administrators) and its auditors. */
export const INSIGHT_ROLES: readonly BoardRole[] = ['boardStaff', 'chair', 'boardAdmin', 'auditor'];

export interface InsightViewer {
  identity: string;
  /** The Entra tenant the person signed in from; absent for local and demo identities. */
  tenantId?: string | undefined;
}

/**
 * The boards whose figures a person may see: those where they hold an insight role. An Entra identity from a tenant
 * that a board does not list for Teams is not that board's (an object id is only meaningful within its tenant).
 */
export function boardsVisibleTo(boards: Iterable<Board>, viewer: InsightViewer): Board[] {
  return [...boards].filter((board) => {
    const tenants = board.channels.teams?.tenantIds;
    if (viewer.tenantId && tenants && !tenants.includes(viewer.tenantId)) return false;
    return rolesOf(board, viewer.identity).some((role) => INSIGHT_ROLES.includes(role));
  });
}
