import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/databases.ts';
import { FakeConnector } from '../support/fakeConnector.ts';
import { TestConversation } from '../support/conversation.ts';
import { spawnBot, type BotProcess } from '../support/spawnBot.ts';

const postgres = testDatabases().find((engine) => engine.engine === 'postgres');

// Two processes can share only a server database; PGlite belongs to one process. CI sets DATABASE_URL.
describe.skipIf(!postgres)('two bot processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  let connector: FakeConnector;
  let first: BotProcess;
  let second: BotProcess;

  beforeAll(async () => {
    database = await postgres!.empty();
    connector = new FakeConnector();
    await connector.start();
    const env = { DATABASE_URL: database.url!, DATA_DIR: '/nonexistent-not-used', LOCAL_CONNECTOR_URL: connector.url };
    first = await spawnBot(env);
    second = await spawnBot(env);
  }, 120_000);

  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await connector?.stop();
    await database?.close();
  });

  it('reads in the second process what the first one wrote: an activity answered by one is not answered again by the other', async () => {
    const viaFirst = new TestConversation({ botUrl: first.baseUrl, connector });
    const viaSecond = new TestConversation({ botUrl: second.baseUrl, connector, conversationId: viaFirst.options.conversationId });
    const activity = viaFirst.activity({ type: 'message', text: 'help' });

    const answered = await viaFirst.post(activity);
    expect(TestConversation.textOf(answered.replies)).toContain('What I can do');

    const redelivered = await viaSecond.post(activity);
    expect(redelivered.status).toBe(200);
    expect(redelivered.replies).toHaveLength(0);

    const next = await viaSecond.says('cancel');
    expect(TestConversation.textOf(next)).toContain('anything else');
  });
});
