import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { runRecordsCli } from '../../bot/records/cli/main.ts';
import type { Database } from '../../bot/storage/database.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs `npm run records -- …` in this process on a test's own store and boards, as operator "tester" at `now`.
 * The CLI closes its store when done; the test's store stays open for the next run.
 */
export function recordsCli(db: Database, boards: ReadonlyMap<string, Board>, now: () => Date = () => new Date()) {
  const stillOpen: Database = { engine: db.engine, query: db.query.bind(db), runScript: db.runScript.bind(db), transaction: db.transaction.bind(db), close: async () => {} };
  return async (...args: string[]): Promise<CliRun> => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (text: string) => void out.push(text), err: (text: string) => void err.push(text) };
    const code = await runRecordsCli([...args, '--as', 'tester'], io, async ({ json, actor }) => ({ db: stillOpen, boards, io, actor, json, now }));
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}
