import { z } from 'zod';
import type { EntraGroup } from '../../knowledge/boards/boardConfig.ts';
import type { GraphTokens } from './graphToken.ts';

const memberPageSchema = z.object({
  value: z.array(z.object({ id: z.string() })),
  '@odata.nextLink': z.url().optional(),
});

/** Reads a group's members, users in nested groups included. */
export type GroupMemberReader = (group: EntraGroup) => Promise<Set<string>>;

/**
 * The object ids (lower case) of every user in an Entra group, nested groups included, page by page:
 * GET /groups/{id}/transitiveMembers/microsoft.graph.user?$select=id, following @odata.nextLink.
 */
export function graphGroupMemberReader(graphUrl: string, tokens: GraphTokens): GroupMemberReader {
  return async (group) => {
    const token = await tokens.tokenFor(group.tenantId);
    const members = new Set<string>();
    let next: string | undefined = new URL(`groups/${group.groupId}/transitiveMembers/microsoft.graph.user?$select=id&$top=999`, graphUrl).href;
    while (next) {
      if (new URL(next).origin !== new URL(graphUrl).origin) throw new Error('Graph paging link leaves the configured Graph address');
      const response = await fetch(next, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
      if (!response.ok) throw new Error(`Graph group members answered ${response.status}`);
      const page = memberPageSchema.parse(await response.json());
      for (const user of page.value) members.add(user.id.toLowerCase());
      next = page['@odata.nextLink'];
    }
    return members;
  };
}
