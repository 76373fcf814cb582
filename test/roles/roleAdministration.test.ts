import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf as slackTextOf } from '../slack/slackChat.ts';
import { PEOPLE as SLACK_PEOPLE, startSlackBot, TEAM, type SlackBotUnderTest } from '../slack/slackTestBot.ts';
import { TestConversation } from '../support/conversation.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { testBoardConfig, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';
import { teamsChannelThread } from '../sharedConversations/teamsShapes.ts';

const TENANT = '0c000000-0000-4000-8000-0000000000e1';
const BOARD_ID = 'roles-board';
const BOARD_NAME = `Test board ${BOARD_ID}`;
const PEOPLE = {
  admin: { name: 'Ada Admin', objectId: '0c000000-0000-4000-8000-0000000000ad' },
  fileManager: { name: 'Fay File', objectId: '0c000000-0000-4000-8000-0000000000f1' },
  sam: { name: 'Sam Jones', objectId: '0c000000-0000-4000-8000-000000000005' },
  lee: { name: 'Lee Park', objectId: '0c000000-0000-4000-8000-000000000001' },
  practitioner: { name: 'Pat Practitioner', objectId: '0c000000-0000-4000-8000-0000000000aa' },
} as const;
type Person = keyof typeof PEOPLE;

const MONTH = 31 * 24 * 60 * 60_000;

/** The roles a review lists and the audit trail, as a board admin manages them in Teams and in Slack. */
describe('role administration in chat', () => {
  let boards: TestBoardDirectory;
  let bot: BotUnderTest;
  let now = new Date('2026-12-01T10:00:00Z');

  const chatOf = (who: Person, extra = {}) =>
    bot.conversation({ channelId: 'msteams', tenantId: TENANT, aadObjectId: PEOPLE[who].objectId, userId: `29:${who}`, userName: PEOPLE[who].name, ...extra });

  /** A message naming someone as Teams sends it: an <at> tag in the text and a mention entity with their ids. */
  const saysMentioning = async (chat: TestConversation, words: string, who: Person) => {
    const { name, objectId } = PEOPLE[who];
    const entities = [{ type: 'mention', text: `<at>${name}</at>`, mentioned: { id: `29:1${objectId.replace(/-/g, '')}`, name, aadObjectId: objectId } }];
    const outcome = await chat.expectOk(chat.activity({ type: 'message', text: `${words} <at>${name}</at>`, textFormat: 'plain', entities }));
    return TestConversation.textOf(outcome.replies);
  };
  const says = async (who: Person, text: string) => TestConversation.textOf(await chatOf(who).says(text));
  const isManager = async (who: Person) => {
    const text = await says(who, 'serious incident');
    return text.includes('The criteria under') && !text.includes('Only managers can notify the board');
  };
  const auditRows = async (action: string) =>
    (await bot.app.db.query<{ actor: string; detail: Record<string, unknown> }>('SELECT actor, detail FROM audit_log WHERE action = $1 ORDER BY id', [action])).rows;

  beforeAll(async () => {
    boards = await writeTestBoards([
      testBoardConfig(BOARD_ID, {
        extra: {
          roles: { boardAdmin: [`aad:${PEOPLE.admin.objectId}`], manager: [`aad:${PEOPLE.fileManager.objectId}`] },
          roleReviewMonths: 12,
          channels: { teams: { tenantIds: [TENANT] } },
        },
      }),
    ]);
    bot = await startBot({ time: { now: () => now }, env: { BOARD_CONFIG_DIR: boards.directory, DEFAULT_BOARD_ID: BOARD_ID } });
  });
  afterAll(async () => {
    await bot.stop();
    await boards.remove();
  });

  it('lets a board admin make someone a manager by mentioning them, at once and audited', async () => {
    expect(await isManager('sam')).toBe(false);
    const done = await saysMentioning(chatOf('admin'), 'add manager', 'sam');
    expect(done).toContain(`Done: Sam Jones (aad:${PEOPLE.sam.objectId}) is now manager of ${BOARD_NAME}`);
    expect(await isManager('sam')).toBe(true);
    expect((await auditRows('role.granted')).at(-1)).toEqual({
      actor: `aad:${PEOPLE.admin.objectId}`,
      detail: { boardId: BOARD_ID, role: 'manager', identity: `aad:${PEOPLE.sam.objectId}` },
    });
  });

  it('says who holds a role, from the board file and from chat, with who added them and when', async () => {
    const answer = await says('admin', 'who holds managers?');
    expect(answer).toContain(`Holders of manager on ${BOARD_NAME}:`);
    expect(answer).toContain(`- aad:${PEOPLE.fileManager.objectId}: added in the board’s configuration file; has not used the bot since roles were tracked`);
    expect(answer).toContain(`- Sam Jones (aad:${PEOPLE.sam.objectId}): added Tuesday 1 December 2026 by aad:${PEOPLE.admin.objectId}; last used the bot Tuesday 1 December 2026`);
  });

  it('lets a board admin take the role away again, audited', async () => {
    expect(await saysMentioning(chatOf('admin'), 'remove manager', 'sam')).toContain(`Done: Sam Jones (aad:${PEOPLE.sam.objectId}) is no longer manager of ${BOARD_NAME}`);
    expect(await isManager('sam')).toBe(false);
    expect((await auditRows('role.removed')).at(-1)).toEqual({
      actor: `aad:${PEOPLE.admin.objectId}`,
      detail: { boardId: BOARD_ID, role: 'manager', identity: `aad:${PEOPLE.sam.objectId}` },
    });
  });

  it('refuses anyone who is not a board admin, and changes nothing', async () => {
    const granted = (await auditRows('role.granted')).length;
    expect(await saysMentioning(chatOf('practitioner'), 'add manager', 'practitioner')).toContain(`Only a board admin of ${BOARD_NAME} can see or change who holds its roles. Nothing changed.`);
    expect(await says('fileManager', 'who holds managers')).toContain('Only a board admin');
    expect(await isManager('practitioner')).toBe(false);
    expect(await auditRows('role.granted')).toHaveLength(granted);
  });

  it('keeps the board admin role and the board file’s holders to the file', async () => {
    expect(await saysMentioning(chatOf('admin'), 'add board admin', 'sam')).toContain('Board admins are named in the board’s configuration file only');
    expect(await saysMentioning(chatOf('admin'), 'remove manager', 'fileManager')).toContain(
      'Fay File (aad:0c000000-0000-4000-8000-0000000000f1) is manager through the board’s configuration file, so it can only be changed there.',
    );
    expect(await isManager('fileManager')).toBe(true);
  });

  it('moves role administration out of a shared conversation', async () => {
    const inChannel = TestConversation.textOf(await chatOf('admin', teamsChannelThread()).mentionsBot('who holds managers'));
    expect(inChannel).toContain('I’ve messaged you privately');
    expect(inChannel).not.toContain(PEOPLE.fileManager.objectId);
  });

  it('puts a role given in chat to the admins for review once the board’s review period has passed', async () => {
    await saysMentioning(chatOf('admin'), 'add LADO', 'lee');
    expect(await says('admin', 'roles review')).toContain('No role given in chat is due for review.');

    now = new Date(now.getTime() + 13 * MONTH);
    const review = await says('admin', 'roles review');
    expect(review).toContain(`Role holders of ${BOARD_NAME}:`);
    expect(review).toContain(
      `- Lee Park (aad:${PEOPLE.lee.objectId}): added Tuesday 1 December 2026 by aad:${PEOPLE.admin.objectId}; has not used the bot since roles were tracked. **Due for review**`,
    );
    expect(review).toContain(`- Ada Admin (aad:${PEOPLE.admin.objectId}): added in the board’s configuration file; last used the bot`);
    expect(review).toContain('1 role is due for review');

    expect(await saysMentioning(chatOf('admin'), 'add LADO', 'lee')).toContain('already held LADO from chat: confirmed');
    expect(await says('admin', 'roles review')).toContain('No role given in chat is due for review.');
    expect((await auditRows('role.confirmed')).at(-1)?.detail).toEqual({ boardId: BOARD_ID, role: 'lado', identity: `aad:${PEOPLE.lee.objectId}` });
  });

  it('never writes names to the logs', () => {
    for (const person of Object.values(PEOPLE)) expect(bot.logs.join('\n')).not.toContain(person.name);
  });
});

describe('role administration in Slack', () => {
  let slackBot: SlackBotUnderTest;

  beforeAll(async () => {
    slackBot = await startSlackBot();
  });
  afterAll(() => slackBot.stop());

  it('resolves a Slack mention to the member of the board’s workspace', async () => {
    const sam = 'U0SAMJONES';
    const admin = slackBot.chat(SLACK_PEOPLE.admin);
    const done = slackTextOf(await admin.says(`add manager <@${sam}>`));
    expect(done).toContain(`is now manager of Test board slack-board`);
    expect(done).toContain(`slack:${TEAM}:${sam}`);
    const criteria = slackTextOf(await slackBot.chat(sam).says('serious incident'));
    expect(criteria).toContain('The criteria under');
  });
});
