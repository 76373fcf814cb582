import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnBot, type BotProcess } from '../support/spawnBot.ts';

/**
 * `npm start` listens as soon as the store is open and loads the bot's libraries after. A platform's probe is answered
 * meanwhile; a person's request that arrives in that window must wait for the bot, not be told the page does not exist.
 */
describe('start-up', () => {
  let dataDir: string;
  let bot: BotProcess | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'startup-'));
  });
  afterAll(async () => {
    await bot?.stop('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers the readiness probe, and serves a request sent the moment it listens once the bot is in place', { timeout: 300_000 }, async () => {
    bot = await spawnBot({ DATA_DIR: dataDir });
    const [chatPage, readiness] = await Promise.all([fetch(`${bot.baseUrl}/`), fetch(`${bot.baseUrl}/readyz`)]);

    expect(readiness.status).toBe(200);
    expect(chatPage.status).toBe(200);
    expect(await chatPage.text()).toContain('<html');
  });
});
