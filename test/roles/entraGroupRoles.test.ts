import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../support/conversation.ts';
import { FakeGraph } from '../support/fakeGraph.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { testBoardConfig, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';

const TENANT = '0b000000-0000-4000-8000-0000000000e1';
const MANAGERS_GROUP = '0b000000-0000-4000-8000-00000000a001';
const ADMIN = '0b000000-0000-4000-8000-0000000000ad';
const MEMBERS = ['0b000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003'];
const OUTSIDER = '0b000000-0000-4000-8000-0000000000ff';
const [, SECOND, THIRD] = MEMBERS as [string, string, string];

const MINUTE = 60_000;
const CACHE_MINUTES = 10;
const LAST_KNOWN_MINUTES = 60;

describe('roles from Microsoft Entra groups, read through Graph', () => {
  let graph: FakeGraph;
  let boards: TestBoardDirectory;
  let bot: BotUnderTest;
  let now = new Date('2026-12-01T10:00:00Z');

  const person = (objectId: string) => bot.conversation({ channelId: 'msteams', tenantId: TENANT, aadObjectId: objectId, userId: `29:${objectId}`, userName: `Person ${objectId.slice(-3)}` });
  const allRepliesTo = async (objectId: string, text: string) => (await person(objectId).says(text)).map(textOf).join('\n');
  /** A manager is shown the criteria for notifying the board; anyone else is refused. */
  const treatedAsManager = async (objectId: string) => {
    const text = await allRepliesTo(objectId, 'serious incident');
    return text.includes('The criteria under') && !text.includes('Only managers can notify the board');
  };
  const later = (minutes: number) => {
    now = new Date(now.getTime() + minutes * MINUTE);
  };

  beforeAll(async () => {
    graph = new FakeGraph();
    await graph.start();
    graph.setMembers(MANAGERS_GROUP, MEMBERS);
    boards = await writeTestBoards([
      testBoardConfig('entra-board', {
        extra: {
          roles: { boardAdmin: [`aad:${ADMIN}`] },
          roleGroups: { manager: [{ tenantId: TENANT, groupId: MANAGERS_GROUP }] },
          channels: { teams: { tenantIds: [TENANT] } },
        },
      }),
    ]);
    bot = await startBot({
      time: { now: () => now },
      env: {
        BOARD_CONFIG_DIR: boards.directory,
        DEFAULT_BOARD_ID: 'entra-board',
        GRAPH_API_URL: graph.graphUrl,
        GRAPH_LOGIN_URL: graph.loginUrl,
        GRAPH_MEMBERSHIP_CACHE_SECONDS: String(CACHE_MINUTES * 60),
        GRAPH_LAST_KNOWN_MAX_MINUTES: String(LAST_KNOWN_MINUTES),
      },
    });
  });
  afterAll(async () => {
    await bot.stop();
    await graph.stop();
    await boards.remove();
  });

  it('makes a member of the configured group a manager, nested pages of members included', async () => {
    expect(await treatedAsManager(THIRD)).toBe(true);
    expect(await treatedAsManager(OUTSIDER)).toBe(false);
    expect(graph.tokenRequests[0]).toEqual({ tenant: TENANT, clientId: 'local-mode', scope: 'https://graph.microsoft.com/.default' });
  });

  it('lists the group’s members when a board admin asks who holds the role', async () => {
    const answer = await allRepliesTo(ADMIN, 'who holds managers');
    for (const member of MEMBERS) expect(answer).toMatch(new RegExp(`aad:${member}\\)?: added through the Entra group ${MANAGERS_GROUP}`));
    expect(answer).not.toContain(OUTSIDER);
  });

  it('takes the role from someone removed from the group once the cached membership expires', async () => {
    graph.setMembers(MANAGERS_GROUP, MEMBERS.slice(0, 2));
    later(CACHE_MINUTES + 1);
    expect(await treatedAsManager(THIRD)).toBe(false);
    expect(await treatedAsManager(SECOND)).toBe(true);
  });

  it('keeps the last known membership while Graph is down, then refuses and says why after the limit', async () => {
    graph.down = true;
    const before = graph.memberRequests;
    later(CACHE_MINUTES + 1);
    expect(await treatedAsManager(SECOND)).toBe(true);
    expect(graph.memberRequests).toBeGreaterThan(before);

    later(LAST_KNOWN_MINUTES);
    const refusal = await allRepliesTo(SECOND, 'serious incident');
    expect(refusal).toContain('Only managers can notify the board');
    expect(refusal).toContain('I could not check your Microsoft Entra group membership just now');
    expect(refusal).toContain('contact Partnership business team at business.team@example.org');

    graph.down = false;
    expect(await treatedAsManager(SECOND)).toBe(true);
  });
});
