import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { postToWebhook, type WebhookTarget } from '../../bot/delivery/webhookClient.ts';
import type { DeliverableRecord } from '../../bot/delivery/webhookDocument.ts';
import { runCheck } from '../../knowledge/cli/check.ts';
import { BoardReceiver } from '../support/boardReceiver.ts';
import { startBot } from '../support/startBot.ts';
import { testBoardConfig, WEBHOOK_SECRET, WEBHOOK_SECRET_ENV } from '../submissions/testBoards.ts';

const PRIVATE_REASON = { allowPrivateNetwork: true, privateNetworkReason: "the board's case system is on its own network" };

function boardWithWebhook(url: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return testBoardConfig('webhook-board', { extra: { webhook: { url, secretEnv: WEBHOOK_SECRET_ENV, ...extra } } });
}

/** `knowledge -- check` on one board file: its exit code and what it printed. */
async function check(folder: string, config: Record<string, unknown>): Promise<{ code: number; output: string }> {
  const file = join(folder, `board-${randomUUID()}.yaml`);
  await writeFile(file, stringify(config));
  const lines: string[] = [];
  const code = await runCheck([file], { out: (text) => lines.push(text), err: (text) => lines.push(text) });
  return { code, output: lines.join('\n') };
}

describe("a board's webhook URL, as `knowledge -- check` and start-up see it", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'webhook-targets-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.each([
    ['http://board.example.org/records', {}, 'must use https'],
    ['https://127.0.0.1:8443/records', {}, 'leads to a loopback address; a board system on a private network needs allowPrivateNetwork'],
    ['https://localhost/records', {}, 'leads to a loopback address'],
    ['https://10.20.30.40/records', {}, 'leads to a private address'],
    ['https://192.168.1.10/records', {}, 'leads to a private address'],
    ['https://[fd12:3456::1]/records', {}, 'leads to a private address'],
    ['https://169.254.169.254/latest/meta-data/', PRIVATE_REASON, 'leads to a cloud metadata address'],
    ['https://metadata.google.internal/computeMetadata/v1/', PRIVATE_REASON, 'leads to a cloud metadata address'],
    ['https://169.254.10.1/records', PRIVATE_REASON, 'leads to a link-local address'],
    ['https://[fe80::1]/records', PRIVATE_REASON, 'leads to a link-local address'],
    ['https://[::ffff:127.0.0.1]/records', {}, 'leads to a loopback address'],
    ['https://board:secret@board.example.org/records', {}, 'must not contain a user name or password'],
    ['http://10.20.30.40/records', PRIVATE_REASON, 'must use https'],
  ])('refuses %s', async (url, extra, problem) => {
    const { code, output } = await check(folder, boardWithWebhook(url, extra));
    expect(code).toBe(1);
    expect(output).toContain(problem);
    expect(output).not.toContain('secret@');
  });

  it('asks for the reason when a board allows a private network', async () => {
    const { code, output } = await check(folder, boardWithWebhook('https://10.20.30.40/records', { allowPrivateNetwork: true }));
    expect(code).toBe(1);
    expect(output).toContain('privateNetworkReason');
  });

  it.each([
    ['https://board.example.org/records', {}],
    ['https://10.20.30.40/records', PRIVATE_REASON],
    ['http://127.0.0.1:8080/records', PRIVATE_REASON],
  ])('accepts %s', async (url, extra) => {
    const { code, output } = await check(folder, boardWithWebhook(url, extra));
    expect(output).toMatch(/^OK: 1 board/);
    expect(code).toBe(0);
  });

  it('stops start-up when a board points its webhook at the cloud metadata service', async () => {
    const boards = await mkdtemp(join(folder, 'boards-'));
    await writeFile(join(boards, 'webhook-board.yaml'), stringify(boardWithWebhook('https://169.254.169.254/latest/meta-data/', PRIVATE_REASON)));
    await expect(startBot({ env: { BOARD_CONFIG_DIR: boards, [WEBHOOK_SECRET_ENV]: WEBHOOK_SECRET } })).rejects.toThrow(/leads to a cloud metadata address/);
  });
});

describe('sending a record: the address connected to, and the answer read', () => {
  const receiver = new BoardReceiver({ secret: WEBHOOK_SECRET });
  const record = (): DeliverableRecord => ({
    recordId: randomUUID(),
    boardId: 'webhook-board',
    type: 'lado_referral',
    reference: 'LADO-2026-000001',
    edition: 'wt2023',
    packVersion: '1',
    submittedAt: new Date(),
    payload: { summary: 'not read by this test' },
  });
  const target = (url: string, allowPrivateNetwork: boolean): WebhookTarget => ({ url: new URL(url), secret: WEBHOOK_SECRET, timeoutMs: 5_000, allowPrivateNetwork });

  beforeAll(async () => {
    await receiver.start();
  });
  afterAll(async () => {
    await receiver.stop();
  });

  it('refuses to connect when the name resolves to a loopback address the board did not allow, sending nothing', async () => {
    const byName = receiver.url.replace('127.0.0.1', 'localhost');
    const outcome = await postToWebhook(target(byName, false), record(), new Date());
    expect(outcome).toMatchObject({ kind: 'permanent', reason: expect.stringContaining('leads to a loopback address') });
    const byAddress = await postToWebhook(target(receiver.url, false), record(), new Date());
    expect(byAddress).toMatchObject({ kind: 'permanent', reason: expect.stringContaining('leads to a loopback address') });
    expect(receiver.requests).toEqual([]);
  });

  it('delivers to the same receiver when the board allows its private network', async () => {
    const outcome = await postToWebhook(target(receiver.url.replace('127.0.0.1', 'localhost'), true), record(), new Date());
    expect(outcome).toMatchObject({ kind: 'delivered', status: 200, boardReference: 'BOARD-1' });
  });

  it("stops reading a board's answer after 64 KB, and counts the record delivered", async () => {
    receiver.misbehave({ kind: 'endless answer' }, { times: 1 });
    const started = Date.now();
    const outcome = await postToWebhook(target(receiver.url, true), record(), new Date());
    expect(outcome).toEqual({ kind: 'delivered', status: 200 });
    expect(Date.now() - started).toBeLessThan(5_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.endlessBytesSent).toBeLessThan(8 * 1024 * 1024);
  });
});
