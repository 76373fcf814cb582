import { ActivityTypes, ConversationState, INVOKE_RESPONSE_KEY, TestAdapter, UserState, type TurnContext } from 'botbuilder';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../bot/storage/database.ts';
import { invokeResponseOf, purgeProcessedActivities } from '../../bot/storage/processedActivities.ts';
import { ETagConflictError, SqlStateStorage } from '../../bot/storage/sqlStateStorage.ts';
import { loadTurnState, saveTurnState } from '../../bot/storage/turnStateStatements.ts';
import { createTurnStateRunner } from '../../bot/turns/turnStateRunner.ts';
import { claimActivity } from '../support/activityClaims.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';

/** Counts the statements sent to the store: each is one round trip. */
function countingQueries(db: Queryable): Queryable & { statements: number } {
  const counting = {
    statements: 0,
    query: ((sql: string, params?: unknown[]) => {
      counting.statements += 1;
      return db.query(sql, params);
    }) as Queryable['query'],
    runScript: (sql: string) => db.runScript(sql),
  };
  return counting;
}

describe.each(testDatabases())('a turn’s state on $engine', (engine) => {
  let db: TestDatabase;
  let conversationNumber = 0;
  beforeAll(async () => {
    db = await engine.migrated();
  });
  afterAll(() => db.close());

  /** A bot instance on the store: counts turns in conversation and user state, as the dialogs and drafts would change them. */
  function botInstance() {
    const store = countingQueries(db);
    const storage = new SqlStateStorage(db);
    const conversationState = new ConversationState(storage);
    const userState = new UserState(storage);
    const turns = conversationState.createProperty<number>('turns');
    const seen = userState.createProperty<string[]>('seen');
    const withTurnState = createTurnStateRunner({
      db: store,
      stateKeysOf: (context) => [conversationState.getStorageKey(context), userState.getStorageKey(context)].filter((key) => key !== undefined),
      chatGrantsOf: () => undefined,
      userConversationOf: () => undefined,
      logger: pino({ level: 'silent' }),
    });
    const adapter = new TestAdapter((context: TurnContext) =>
      withTurnState(context, async () => {
        await turns.set(context, (await turns.get(context, 0)) + 1);
        await seen.set(context, [...(await seen.get(context, [])), String(context.activity.text)]);
        // Where CloudAdapter keeps an invoke's answer when the bot sends it (TestAdapter only records replies).
        if (context.activity.type === ActivityTypes.Invoke)
          context.turnState.set(INVOKE_RESPONSE_KEY, { type: ActivityTypes.InvokeResponse, value: { status: 200, body: { turns: await turns.get(context) } } });
        await conversationState.saveChanges(context);
        await userState.saveChanges(context);
      }),
    );
    adapter.conversation.conversation.id = `conversation-${engine.engine}-${++conversationNumber}`;
    return { adapter, store, storage, conversationKey: () => `test/conversations/${adapter.conversation.conversation.id}/` };
  }

  it('reads the turn’s state in one round trip and saves what changed in one more', async () => {
    const { adapter, store, storage, conversationKey } = botInstance();
    await adapter.send('first').startTest();
    expect(store.statements).toBe(2);
    await adapter.send('second').startTest();
    expect(store.statements).toBe(4);

    const userKey = `test/users/${adapter.conversation.user?.id}/`;
    const stored = await storage.read([conversationKey(), userKey]);
    expect(stored[conversationKey()]).toMatchObject({ turns: 2 });
    expect(stored[userKey]).toMatchObject({ seen: expect.arrayContaining(['first', 'second']) });
  });

  it('runs a redelivered activity once', async () => {
    const { adapter, storage, conversationKey } = botInstance();
    const activity = { type: ActivityTypes.Message, id: 'same-id', text: 'hello' };
    await adapter.send(activity).startTest();
    await adapter.send(activity).startTest();
    expect((await storage.read([conversationKey()]))[conversationKey()]).toMatchObject({ turns: 1 });
  });

  it('keeps an invoke’s answer with its claim, so a redelivery gets the same answer', async () => {
    const { adapter } = botInstance();
    const invoke = { type: ActivityTypes.Invoke, id: 'invoke-1', name: 'adaptiveCard/action', text: 'pressed' };
    await adapter.send(invoke).startTest();
    const key = `test:${adapter.conversation.conversation.id}:invoke-1`;
    expect(await invokeResponseOf(db, key)).toEqual({ status: 200, body: { turns: 1 } });

    await adapter
      .send(invoke)
      .assertReply((reply) => expect(reply).toMatchObject({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { turns: 1 } } }))
      .startTest();
  });

  it('saves nothing of a turn whose state another instance saved since it was read', async () => {
    const key = `test/conversations/raced-${engine.engine}`;
    const otherKey = `test/users/raced-${engine.engine}`;
    const read = await loadTurnState(db, { stateKeys: [key, otherKey] });
    await saveTurnState(db, { changes: [{ key, json: '{"by":"first instance"}', readETag: '' }] });

    const late = saveTurnState(db, {
      changes: [
        { key: otherKey, json: '{"by":"second instance"}', readETag: read.state.get(otherKey)?.etag ?? '' },
        { key, json: '{"by":"second instance"}', readETag: read.state.get(key)?.etag ?? '' },
      ],
    });

    await expect(late).rejects.toBeInstanceOf(ETagConflictError);
    const after = await loadTurnState(db, { stateKeys: [key, otherKey] });
    expect(after.state.get(key)?.document).toEqual({ by: 'first instance' });
    expect(after.state.get(otherKey)).toBeUndefined();
  });

  it('reads the speaker’s roles given in chat with the turn’s state', async () => {
    await db.query("INSERT INTO role_grants (board_id, role, identity, granted_by, granted_at, confirmed_at) VALUES ('board-a', 'lado', 'aad:speaker', 'aad:admin', now(), now())");
    const loaded = await loadTurnState(db, { stateKeys: [], chatGrantsOf: { boardId: 'board-a', identity: 'aad:speaker' } });
    expect(loaded.chatRoles).toEqual(['lado']);
    expect((await loadTurnState(db, { stateKeys: [], chatGrantsOf: { boardId: 'board-b', identity: 'aad:speaker' } })).chatRoles).toEqual([]);
  });

  it('claims an activity the first time only, and exactly one of 20 concurrent claims', async () => {
    expect(await claimActivity(db, 'msteams:conv-1:act-1', 'conv-1')).toBe(true);
    expect(await claimActivity(db, 'msteams:conv-1:act-1', 'conv-1')).toBe(false);
    const claims = await Promise.all(Array.from({ length: 20 }, () => claimActivity(db, 'msteams:conv-2:act-1', 'conv-2')));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('purges claims older than a moment and keeps newer ones', async () => {
    await claimActivity(db, 'webchat:conv-3:old', 'conv-3');
    await db.query(`UPDATE processed_activities SET processed_at = now() - interval '3 days' WHERE activity_key = 'webchat:conv-3:old'`);
    await claimActivity(db, 'webchat:conv-3:new', 'conv-3');

    const oneDayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
    expect(await purgeProcessedActivities(db, oneDayAgo)).toBe(1);

    expect(await claimActivity(db, 'webchat:conv-3:old', 'conv-3')).toBe(true);
    expect(await claimActivity(db, 'webchat:conv-3:new', 'conv-3')).toBe(false);
  });
});
