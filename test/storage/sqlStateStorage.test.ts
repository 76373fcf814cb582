import { ConversationState, TestAdapter, type TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETagConflictError, SqlStateStorage } from '../../bot/storage/sqlStateStorage.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';

class DialogStack {
  readonly steps = ['menu', 'lado'];
  readonly startedAt = new Date('2026-02-02T09:00:00.000Z');
}

describe.each(testDatabases())('conversation state storage on $engine', (engine) => {
  let db: TestDatabase;
  let storage: SqlStateStorage;
  let keyNumber = 0;
  const newKey = () => `test/conversations/${engine.engine}-${++keyNumber}`;

  beforeAll(async () => {
    db = await engine.migrated();
    storage = new SqlStateStorage(db);
  });
  afterAll(() => db.close());

  async function readOne(key: string) {
    return (await storage.read([key]))[key];
  }

  it('returns nothing for keys never written', async () => {
    expect(await storage.read([newKey(), newKey()])).toEqual({});
  });

  it('answers reads made at the same time each with its own items, a key read twice as two separate copies', async () => {
    const [first, second] = [newKey(), newKey()];
    await storage.write({ [first]: { answered: 1 } });
    await storage.write({ [second]: { answered: 2 } });

    const [a, b, again, none] = await Promise.all([storage.read([first]), storage.read([second]), storage.read([first]), storage.read([newKey()])]);
    expect(a).toEqual({ [first]: { answered: 1, eTag: expect.any(String) } });
    expect(b).toEqual({ [second]: { answered: 2, eTag: expect.any(String) } });
    expect(none).toEqual({});
    a[first]!.answered = 99;
    expect(again[first]!.answered).toBe(1);
  });

  it('saves a new item and reads it back with an eTag, as plain JSON', async () => {
    const key = newKey();
    await storage.write({ [key]: { stack: new DialogStack(), answered: 3 } });

    const item = await readOne(key);
    expect(item).toEqual({ stack: { steps: ['menu', 'lado'], startedAt: '2026-02-02T09:00:00.000Z' }, answered: 3, eTag: expect.any(String) });
  });

  it('accepts an update carrying the eTag it read, and gives the item a new eTag', async () => {
    const key = newKey();
    await storage.write({ [key]: { step: 1 } });
    const read = await readOne(key);

    await storage.write({ [key]: { ...read, step: 2 } });

    const updated = await readOne(key);
    expect(updated).toMatchObject({ step: 2 });
    expect(updated?.eTag).not.toBe(read?.eTag);
  });

  it('rejects an update whose eTag is stale, keeping what the other writer saved', async () => {
    const key = newKey();
    await storage.write({ [key]: { step: 1 } });
    const readByBoth = await readOne(key);
    await storage.write({ [key]: { ...readByBoth, step: 'first writer' } });

    const stale = storage.write({ [key]: { ...readByBoth, step: 'second writer' } });
    await expect(stale).rejects.toBeInstanceOf(ETagConflictError);
    await expect(stale).rejects.toMatchObject({ code: 'ETAG_CONFLICT', message: expect.stringContaining('eTag conflict') });
    expect(await readOne(key)).toMatchObject({ step: 'first writer' });
  });

  it("lets an item written with eTag '*' or without an eTag overwrite whatever is stored", async () => {
    const key = newKey();
    await storage.write({ [key]: { step: 1 } });
    await storage.write({ [key]: { step: 2, eTag: '*' } });
    expect(await readOne(key)).toMatchObject({ step: 2 });
    await storage.write({ [key]: { step: 3 } });
    expect(await readOne(key)).toMatchObject({ step: 3 });
  });

  it('saves an item written with an eTag when nothing is stored under its key', async () => {
    const key = newKey();
    await storage.write({ [key]: { step: 1, eTag: 'from-a-deleted-item' } });
    expect(await readOne(key)).toMatchObject({ step: 1 });
  });

  it('deletes items, and ignores keys that do not exist', async () => {
    const [kept, removed] = [newKey(), newKey()];
    await storage.write({ [kept]: { step: 1 }, [removed]: { step: 1 } });
    await storage.delete([removed, newKey()]);
    expect(Object.keys(await storage.read([kept, removed]))).toEqual([kept]);
  });

  it('writes several keys all or nothing: one stale eTag saves none of them', async () => {
    const [conversation, user] = [newKey(), newKey()];
    await storage.write({ [conversation]: { step: 1 }, [user]: { visits: 1 } });
    const read = await storage.read([conversation, user]);
    await storage.write({ [user]: { ...read[user], visits: 2 } });

    await expect(storage.write({ [conversation]: { ...read[conversation], step: 2 }, [user]: { ...read[user], visits: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
    expect(await readOne(conversation)).toMatchObject({ step: 1 });
    expect(await readOne(user)).toMatchObject({ visits: 2 });
  });

  it('lets exactly one of several racing writers with the same eTag win', async () => {
    const key = newKey();
    await storage.write({ [key]: { step: 0 } });
    const read = await readOne(key);

    const outcomes = await Promise.allSettled([1, 2, 3, 4, 5].map((writer) => storage.write({ [key]: { ...read, step: writer } })));

    const winners = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index + 1] : []));
    expect(winners).toHaveLength(1);
    expect(await readOne(key)).toMatchObject({ step: winners[0] });
  });

  it("keeps a conversation's state from one turn to the next through botbuilder's ConversationState", async () => {
    const conversationState = new ConversationState(storage);
    const answers = conversationState.createProperty<string[]>('answers');
    const adapter = new TestAdapter(async (context: TurnContext) => {
      const soFar = await answers.get(context, []);
      await answers.set(context, [...soFar, context.activity.text ?? '']);
      await context.sendActivity(`turn ${soFar.length + 1}`);
      await conversationState.saveChanges(context);
    });

    await adapter.send('yes').assertReply('turn 1').send('no').assertReply('turn 2').startTest();

    const stored = await storage.read([`test/conversations/${adapter.conversation.conversation.id}/`]);
    expect(Object.values(stored)).toEqual([expect.objectContaining({ answers: ['yes', 'no'] })]);
  });
});
