import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnBot } from '../support/spawnBot.ts';

/** Every entry under a folder that other accounts could read or enter, with its mode. */
function openToOthers(folder: string): string[] {
  const found: string[] = [];
  const check = (path: string) => {
    const mode = statSync(path).mode & 0o777;
    if ((mode & 0o077) !== 0) found.push(`${path} ${mode.toString(8)}`);
  };
  check(folder);
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) check(join(entry.parentPath, entry.name));
  return found;
}

describe('the embedded store is readable by the service account only', () => {
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'store-permissions-'));
  });
  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('creates a new DATA_DIR 0700 with its files 0600', { timeout: 400_000 }, async () => {
    const dataDir = join(parent, 'new-store');
    const bot = await spawnBot({ DATA_DIR: dataDir });
    try {
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(openToOthers(dataDir)).toEqual([]);
      expect(readdirSync(dataDir)).toContain('PG_VERSION');
    } finally {
      await bot.stop('SIGTERM');
    }
    expect(openToOthers(dataDir)).toEqual([]);
  });

  it('tightens an existing DATA_DIR that others could read, and says so in the log', { timeout: 400_000 }, async () => {
    const dataDir = join(parent, 'old-store');
    mkdirSync(join(dataDir, 'older'), { recursive: true });
    writeFileSync(join(dataDir, 'older', 'copied-in.txt'), 'x');
    chmodSync(join(dataDir, 'older', 'copied-in.txt'), 0o644);
    chmodSync(join(dataDir, 'older'), 0o755);
    chmodSync(dataDir, 0o755);

    const bot = await spawnBot({ DATA_DIR: dataDir });
    try {
      expect(openToOthers(dataDir)).toEqual([]);
      const logged = bot.output.find((line) => line.includes('DATA_DIR was readable by other accounts'));
      expect(JSON.parse(logged ?? '{}')).toMatchObject({ level: 40, dataDir, entriesTightened: 3 });
    } finally {
      await bot.stop('SIGTERM');
    }
  });
});
