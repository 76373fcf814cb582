import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../../bot/storage/dataDirLock.ts';
import { spawnBot, type BotProcess } from '../support/spawnBot.ts';

/** Two processes on one embedded store hand out the same references and lose each other's records: one must stop. */
describe('one process per embedded store', () => {
  let dataDir: string;
  const running: BotProcess[] = [];
  const start = async () => {
    const bot = await spawnBot({ DATA_DIR: dataDir });
    running.push(bot);
    return bot;
  };
  const lockFile = () => join(dataDir, LOCK_FILE_NAME);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'store-lock-'));
  });
  afterAll(async () => {
    for (const bot of running) await bot.stop('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops a second process on the same DATA_DIR with a message naming the folder and the owner', { timeout: 600_000 }, async () => {
    const first = await start();
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: first.child.pid, host: hostname() });

    const second = await spawnBot({ DATA_DIR: dataDir }).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(second).toContain(`The embedded store in ${dataDir} is in use by process ${first.child.pid} on ${hostname()}`);
    expect(second).toContain('set DATABASE_URL (PostgreSQL) to run more than one');
    expect(second).not.toMatch(/\n\s+at /);
    expect((await fetch(`${first.baseUrl}/readyz`)).status).toBe(200);

    await first.stop('SIGTERM');
    expect(existsSync(lockFile())).toBe(false);
  });

  it('takes over the lock of a process that was killed', { timeout: 600_000 }, async () => {
    const crashed = await start();
    await crashed.stop('SIGKILL');
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: crashed.child.pid });

    const next = await start();
    expect(next.output.some((line) => line.includes('DATA_DIR lock of a stopped process taken over'))).toBe(true);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: next.child.pid });
    await next.stop('SIGTERM');
  });
});
