import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_APP_REGISTRATION } from '../support/appRegistration.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';

/** A form with a 2 MB file in it: what restify's multipart parser used to write to the temp folder, unauthenticated. */
function multipartUpload(): FormData {
  const form = new FormData();
  form.append('activity', '{"type":"message"}');
  form.append('upload', new Blob([Buffer.alloc(2 * 1024 * 1024, 'a')]), 'filler.bin');
  return form;
}

/** A body sent in chunks, declaring no length, so only reading it can tell its size. */
function chunkedBody(totalBytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`{"type":"message","text":"${'x'.repeat(64 * 1024)}`);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

describe('request bodies: only the types each route takes, in memory, within their limit', () => {
  let bot: BotUnderTest;
  let tempFolder: string;
  const originalTempFolder = process.env.TMPDIR;

  beforeAll(async () => {
    bot = await startBot({
      env: {
        ...TEST_APP_REGISTRATION,
        HOST: '127.0.0.1',
      },
    });
    // os.tmpdir() reads TMPDIR on each call: an empty folder of our own shows any file a request leaves behind.
    tempFolder = await mkdtemp(join(tmpdir(), 'security-temp-'));
    process.env.TMPDIR = tempFolder;
  });
  afterAll(async () => {
    if (originalTempFolder === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = originalTempFolder;
    await bot?.stop();
    if (tempFolder) await rm(tempFolder, { recursive: true, force: true });
  });

  it('refuses a multipart upload to /api/messages without a token with 415, and writes nothing to the temp folder', async () => {
    const response = await fetch(`${bot.baseUrl}/api/messages`, { method: 'POST', body: multipartUpload() });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: 'unsupported_media_type', message: 'This route takes application/json only.' });
    expect(await readdir(tempFolder)).toEqual([]);
  });

  it.each([
    ['/api/slack/events', 'application/x-www-form-urlencoded', 'payload=%7B%7D'],
    ['/api/slack/events', 'multipart/form-data; boundary=x', '--x--'],
    ['/api/slack/interactions', 'application/json', '{"payload":"{}"}'],
    ['/api/slack/commands', 'text/plain', 'command=/safeguarding'],
    ['/api/messages', 'text/plain', '{"type":"message"}'],
  ])('refuses a body to %s sent as %s with 415', async (path, contentType, body) => {
    const response = await fetch(`${bot.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
    expect(response.status).toBe(415);
    expect(await readdir(tempFolder)).toEqual([]);
  });

  it('refuses a multipart upload to the Slack interactivity endpoint with 415 before checking its signature', async () => {
    const response = await fetch(`${bot.baseUrl}/api/slack/interactions`, { method: 'POST', body: multipartUpload() });
    expect(response.status).toBe(415);
    expect(await readdir(tempFolder)).toEqual([]);
  });
});

describe('request body limits, in local mode where no token stops a body first', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('refuses a JSON activity over 1 MB with 413, by its declared length', async () => {
    const chat = bot.conversation();
    const outcome = await chat.post(chat.activity({ type: 'message', text: 'x'.repeat(1_100_000) }));
    expect(outcome.status).toBe(413);
    expect(outcome.replies).toEqual([]);
  });

  it('refuses a chunked JSON body with 413 once it passes 1 MB, without reading the rest', async () => {
    const response = await fetch(`${bot.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunkedBody(50 * 1024 * 1024),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'too_large' });
  });

  it('refuses an oversized Slack event with 413 before checking its signature', async () => {
    const response = await fetch(`${bot.baseUrl}/api/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'event_callback', filler: 'x'.repeat(1_100_000) }),
    });
    expect(response.status).toBe(413);
  });

  it('keeps serving after the refusals', async () => {
    const replies = await bot.conversation().says('help');
    expect(replies.length).toBeGreaterThan(0);
  });
});
