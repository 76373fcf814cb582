import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphGroupMemberReader } from '../../bot/roles/graphGroupMembers.ts';
import { GraphTokens } from '../../bot/roles/graphToken.ts';
import { GroupMembershipCache } from '../../bot/roles/groupMembershipCache.ts';
import type { Worker } from '../../bot/jobs/worker.ts';
import { eventually } from '../alerts/alertTestBoard.ts';
import { FakeGraph } from '../support/fakeGraph.ts';

const GROUP = { tenantId: '0f000000-0000-4000-8000-0000000000e1', groupId: '0f000000-0000-4000-8000-00000000a001' };
const MEMBER = '0f000000-0000-4000-8000-000000000001';
const LATE_JOINER = '0f000000-0000-4000-8000-000000000002';

/** Membership is read again in the background, before it expires, so a turn finds it fresh and waits for nobody. */
describe('background refresh of Entra group membership', () => {
  let graph: FakeGraph;
  let cache: GroupMembershipCache;
  let refresher: Worker;
  const warnings: object[] = [];

  beforeAll(async () => {
    graph = new FakeGraph();
    await graph.start();
    graph.setMembers(GROUP.groupId, [MEMBER]);
    const tokens = new GraphTokens({ clientId: 'test-app', clientSecret: 'test-secret', loginUrl: graph.loginUrl });
    cache = new GroupMembershipCache(
      graphGroupMemberReader(graph.graphUrl, tokens),
      { lifetimeMs: 1_000, lastKnownMaxMs: 60_000 },
      { now: () => new Date() },
      {
        warn: (details) => warnings.push(details),
      },
    );
  });
  afterAll(async () => {
    await refresher.stop();
    await graph.stop();
  });

  it('reads the group at start and again on its own, one token for the tenant', async () => {
    refresher = cache.refresher([GROUP]);
    refresher.start();
    await eventually(() => (graph.memberRequests >= 1 ? true : undefined));
    graph.setMembers(GROUP.groupId, [MEMBER, LATE_JOINER]);
    const requestsBefore = graph.memberRequests;
    await eventually(() => (graph.memberRequests > requestsBefore ? true : undefined), 5_000);
    const membership = await cache.membersOf(GROUP);
    expect(membership.kind === 'known' && [...membership.members].sort()).toEqual([MEMBER, LATE_JOINER]);
    expect(graph.tokenRequests).toHaveLength(1);
  });

  it('logs only the group id and the error type when Graph fails, never what it answered', async () => {
    graph.down = true;
    const requestsBefore = graph.memberRequests;
    await eventually(() => (graph.memberRequests > requestsBefore ? true : undefined), 5_000);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const membership = await cache.membersOf(GROUP);
    expect(membership).toMatchObject({ kind: 'known', lastKnown: true });
    expect(warnings.at(-1)).toEqual({ groupId: GROUP.groupId, errorType: 'Error' });
  });
});
