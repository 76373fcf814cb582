import { runMigrations } from '../../bot/storage/migrator.ts';
import { openPgliteDatabase } from '../../bot/storage/pgliteDatabase.ts';
import { loadTurnState, saveTurnState } from '../../bot/storage/turnStateStatements.ts';

const WARM_UP_TURNS = 300;
const MEASURED_TURNS = 1_500;
/** A dialog stack the size a menu turn saves (about 260 bytes). */
const DIALOG_STATE = JSON.stringify({
  dialogState: { dialogStack: [{ id: 'mainDialog', state: { dialogs: { dialogStack: [{ id: 'menu', state: { options: {}, values: { instanceId: 'a1b2c3' }, stepIndex: 1 } }] } } }] },
});

/** One turn's store work as the product does it: the load statement, then the save statement. */
async function storeTurn(db: Awaited<ReturnType<typeof openPgliteDatabase>>, turn: number): Promise<void> {
  const [conversationKey, userKey] = [`msteams/conversations/bench-${turn}/`, `msteams/users/bench-${turn}/`];
  const loaded = await loadTurnState(db, {
    claim: { activityKey: `msteams:bench-${turn}:1`, conversationId: `bench-${turn}` },
    stateKeys: [conversationKey, userKey],
    chatGrantsOf: { boardId: 'bench-board', identity: `aad:bench-${turn}` },
  });
  await saveTurnState(db, {
    changes: [{ key: conversationKey, json: DIALOG_STATE, readETag: loaded.state.get(conversationKey)?.etag ?? '' }],
    userConversation: { identity: `aad:bench-${turn}`, reference: { conversation: { id: `bench-${turn}` } }, at: new Date() },
  });
}

/**
 * CPU per turn of the product's two store statements alone, on an embedded store in `dataDir` in this process: what
 * PGlite costs a turn whatever the rest of the product does, so the bound it sets on CPU per turn is measured.
 */
export async function storeStatementsCpuPerTurn(dataDir: string): Promise<number> {
  const db = await openPgliteDatabase({ dataDir });
  try {
    await runMigrations(db);
    for (let turn = 0; turn < WARM_UP_TURNS; turn++) await storeTurn(db, turn);
    const before = process.cpuUsage();
    for (let turn = WARM_UP_TURNS; turn < WARM_UP_TURNS + MEASURED_TURNS; turn++) await storeTurn(db, turn);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / MEASURED_TURNS;
  } finally {
    await db.close();
  }
}
