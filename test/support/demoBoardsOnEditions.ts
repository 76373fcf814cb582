import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EditionId } from '../../knowledge/editions/editionId.ts';

const DEMO_BOARDS = fileURLToPath(new URL('../../knowledge/data/boards/', import.meta.url));

/**
 * The shipped demo boards, each on the edition a test was written for (by board id), in a fresh folder to use as
 * BOARD_CONFIG_DIR. Everything else is the shipped file; the threshold documents are the shipped ones.
 */
export async function demoBoardsOnEditions(editions: Record<string, EditionId>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'demo-boards-'));
  for (const name of (await readdir(DEMO_BOARDS)).filter((file) => file.endsWith('.yaml'))) {
    const text = await readFile(join(DEMO_BOARDS, name), 'utf8');
    const id = /^id: (.+)$/m.exec(text)?.[1]?.trim();
    const edition = id === undefined ? undefined : editions[id];
    const rewritten = text
      .replace(/^thresholdDocument: (.+)$/m, (_line, path: string) => `thresholdDocument: ${resolve(DEMO_BOARDS, path.trim())}`)
      .replace(/^edition: .+$/m, (line) => (edition === undefined ? line : `edition: ${edition}`));
    await writeFile(join(folder, name), rewritten);
  }
  return folder;
}
