import { loadBoards } from '../../knowledge/boards/boardRegistry.ts';
import { loadEnvironment } from '../config/environment.ts';
import { openDatabase } from '../storage/openDatabase.ts';
import { fillDemoData, holdsRealRecords } from './demoData.ts';

const USAGE = 'Usage: npm run demo-data -- [--board <id>] [--force]   (fills the embedded store in DATA_DIR with a year of fictional activity)';
const DEMO_BOARD = 'sample-partnership';

type Output = { out(text: string): void; err(text: string): void };
const TERMINAL: Output = { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) };

function parseArgs(args: readonly string[]): { boardId: string; force: boolean } | undefined {
  let boardId = DEMO_BOARD;
  let force = false;
  for (let index = 0; index < args.length; index += 1) {
    if (args[index] === '--force') force = true;
    else if (args[index] === '--board' && args[index + 1]) boardId = args[(index += 1)] as string;
    else return undefined;
  }
  return { boardId, force };
}

/** `npm run demo-data`: the embedded store only (never DATABASE_URL), refused where real records are unless --force. */
export async function runDemoDataCli(args: readonly string[], environment: Record<string, string | undefined>, io: Output = TERMINAL, now = new Date()): Promise<number> {
  const options = parseArgs(args);
  if (!options) {
    io.err(USAGE);
    return 2;
  }
  const env = loadEnvironment(environment);
  const board = loadBoards(env.BOARD_CONFIG_DIR ?? undefined).get(options.boardId);
  if (!board) {
    io.err(`No board "${options.boardId}" is configured.`);
    return 2;
  }
  const db = await openDatabase({ dataDir: env.DATA_DIR });
  try {
    if (!options.force && (await holdsRealRecords(db))) {
      io.err(`The store in ${env.DATA_DIR} holds records that are not demo data; demo data was not added. Use another DATA_DIR, or --force.`);
      return 1;
    }
    const summary = await fillDemoData(db, board, { until: now });
    io.out(
      `Demo data for ${board.name} in ${env.DATA_DIR}: ${Object.entries(summary)
        .map(([what, count]) => `${count} ${what}`)
        .join(', ')}.`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

if (import.meta.main) process.exitCode = await runDemoDataCli(process.argv.slice(2), process.env);
